#include "models/structuremodel.h"

#include "money/money.h"
#include "plan/plan.h"

#include <QHash>

#include <algorithm>

namespace horisont {
namespace {
// Keys for budget rollups: activities and interventions share one hash.
qint64 budgetKey(EntityKind kind, Id id)
{
    return (id << 1) | (kind == EntityKind::Activity ? 1 : 0);
}

template<class T>
std::vector<const T *> sortedByPosition(std::vector<const T *> items)
{
    std::stable_sort(items.begin(), items.end(), [](const T *a, const T *b) { return a->position < b->position; });
    return items;
}
} // namespace

StructureModel::StructureModel(const Plan &plan, QObject *parent) : QAbstractItemModel(parent), m_plan(plan)
{
    rebuild();
    // This read-only tree follows the plan by rebuilding; the editable
    // structure view maps each change onto fine-grained row signals instead.
    auto relayout = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(&plan, &Plan::reset, this, relayout);
    connect(&plan, &Plan::inserted, this, relayout);
    connect(&plan, &Plan::removed, this, relayout);
    connect(&plan, &Plan::changed, this, relayout);
}

void StructureModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_accountable.clear();
    m_budgetOre.clear();

    for (const Responsibility &r : m_plan.all<Responsibility>()) {
        if (r.role == RaciRole::Accountable && r.activityId == NoId) {
            if (const Organisation *o = m_plan.find<Organisation>(r.organisationId))
                m_accountable.insert(r.interventionId, o->shortName.isEmpty() ? o->name : o->shortName);
        }
    }
    for (const Allocation &a : m_plan.all<Allocation>()) {
        m_budgetOre[budgetKey(EntityKind::Intervention, a.interventionId)] += a.amount.ore();
        if (a.activityId != NoId)
            m_budgetOre[budgetKey(EntityKind::Activity, a.activityId)] += a.amount.ore();
    }

    QHash<Id, std::vector<const Intervention *>> interventionsByPhase;
    for (const Intervention &i : m_plan.all<Intervention>())
        interventionsByPhase[i.phaseId].push_back(&i);
    QHash<Id, std::vector<const Activity *>> activitiesByIntervention;
    for (const Activity &a : m_plan.all<Activity>())
        activitiesByIntervention[a.interventionId].push_back(&a);

    std::vector<const Phase *> phases;
    for (const Phase &p : m_plan.all<Phase>())
        phases.push_back(&p);
    m_nodes.reserve(m_plan.all<Phase>().size() + m_plan.all<Intervention>().size() + m_plan.all<Activity>().size());
    for (const Phase *phase : sortedByPosition(phases)) {
        const int phaseNode = int(m_nodes.size());
        m_nodes.push_back({EntityKind::Phase, phase->id, -1, int(m_roots.size()), {}});
        m_roots.push_back(phaseNode);
        for (const Intervention *in : sortedByPosition(interventionsByPhase.value(phase->id))) {
            const int inNode = int(m_nodes.size());
            m_nodes.push_back({EntityKind::Intervention, in->id, phaseNode, int(m_nodes[phaseNode].children.size()), {}});
            m_nodes[phaseNode].children.push_back(inNode);
            for (const Activity *a : sortedByPosition(activitiesByIntervention.value(in->id))) {
                const int aNode = int(m_nodes.size());
                m_nodes.push_back({EntityKind::Activity, a->id, inNode, int(m_nodes[inNode].children.size()), {}});
                m_nodes[inNode].children.push_back(aNode);
            }
        }
    }
}

const StructureModel::Node *StructureModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())];
}

QModelIndex StructureModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<int> &siblings = parent.isValid() ? node(parent)->children : m_roots;
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, column, quintptr(siblings[std::size_t(row)]));
}

QModelIndex StructureModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[std::size_t(n->parent)].row, 0, quintptr(n->parent));
}

int StructureModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? node(parent)->children.size() : m_roots.size());
}

int StructureModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

EntityKind StructureModel::kindAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->kind : EntityKind::Programme;
}

Id StructureModel::idAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->id : NoId;
}

QVariant StructureModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    QString name;
    QDate start;
    QDate end;
    switch (n->kind) {
    case EntityKind::Phase:
        if (const Phase *p = m_plan.find<Phase>(n->id))
            name = p->name, start = p->start, end = p->end;
        break;
    case EntityKind::Intervention:
        if (const Intervention *i = m_plan.find<Intervention>(n->id))
            name = i->code.isEmpty() ? i->name : i->code + QStringLiteral(" ") + i->name, start = i->start, end = i->end;
        break;
    case EntityKind::Activity:
        if (const Activity *a = m_plan.find<Activity>(n->id))
            name = a->milestone ? QStringLiteral("◆ ") + a->name : a->name, start = a->start, end = a->end;
        break;
    default:
        break;
    }
    switch (index.column()) {
    case Name:
        return name;
    case Start:
        return start.toString(Qt::ISODate);
    case End:
        // Ends are exclusive in the model; people read the last day.
        return end.isValid() && end > start ? end.addDays(-1).toString(Qt::ISODate) : start.toString(Qt::ISODate);
    case Accountable:
        return n->kind == EntityKind::Intervention ? m_accountable.value(n->id) : QString();
    case Budget: {
        if (n->kind == EntityKind::Phase) {
            qint64 sum = 0;
            for (int child : n->children)
                sum += m_budgetOre.value(budgetKey(EntityKind::Intervention, m_nodes[std::size_t(child)].id));
            return Money::fromOre(sum).format(m_locale);
        }
        const qint64 ore = m_budgetOre.value(budgetKey(n->kind, n->id));
        return ore ? Money::fromOre(ore).format(m_locale) : QString();
    }
    default:
        return {};
    }
}

QVariant StructureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Accountable:
        return tr("Accountable");
    case Budget:
        return tr("Planned budget");
    default:
        return {};
    }
}

} // namespace horisont
