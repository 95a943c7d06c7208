#include "models/structuremodel.h"

#include "budget/allocationrollup.h"
#include "model/halfopen.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/structurecommands.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace horisont {
namespace {
using Level = StructureTree::Level;

quintptr keyOf(Level level, Id id)
{
    return (quintptr(id) << 2) | quintptr(level);
}
Level levelOfKey(quintptr key)
{
    return Level(key & 3);
}
Id idOfKey(quintptr key)
{
    return Id(key >> 2);
}

} // namespace

StructureModel::StructureModel(PlanDocument &document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_rollup(new AllocationRollup(document.plan(), this))
{
    m_tree.rebuild(document.plan());
    connectPlan();
    connect(m_rollup, &AllocationRollup::changed, this, &StructureModel::refreshBudget);
}

StructureModel::~StructureModel() = default;

void StructureModel::connectPlan()
{
    const Plan &plan = m_document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        m_tree.rebuild(m_document.plan());
        m_linksDirty = true;
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &StructureModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &StructureModel::onAboutToRemove);
    connect(&plan, &Plan::removed, this, &StructureModel::onRemoved);
    connect(&plan, &Plan::changed, this, &StructureModel::onChanged);
}

// ----------------------------------------------------------------- structure

QModelIndex StructureModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Level parentLevel = parent.isValid() ? levelOfKey(parent.internalId()) : StructureTree::Root;
    if (parentLevel == StructureTree::ActivityLevel)
        return {};
    const std::vector<Id> &children = m_tree.children(parentLevel, parent.isValid() ? idOfKey(parent.internalId()) : NoId);
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, keyOf(Level(parentLevel + 1), children[std::size_t(row)]));
}

QModelIndex StructureModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Level level = levelOfKey(child.internalId());
    if (level == StructureTree::PhaseLevel)
        return {};
    const Level parentLevel = Level(level - 1);
    const Id parent = m_tree.parentOf(level, idOfKey(child.internalId()));
    return createIndex(m_tree.rowOf(parentLevel, parent), 0, keyOf(parentLevel, parent));
}

int StructureModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Level level = parent.isValid() ? levelOfKey(parent.internalId()) : StructureTree::Root;
    if (level == StructureTree::ActivityLevel)
        return 0;
    return int(m_tree.children(level, parent.isValid() ? idOfKey(parent.internalId()) : NoId).size());
}

int StructureModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

EntityKind StructureModel::kindAt(const QModelIndex &index) const
{
    return index.isValid() ? StructureTree::kindOf(levelOfKey(index.internalId())) : EntityKind::Programme;
}

Id StructureModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? idOfKey(index.internalId()) : NoId;
}

QModelIndex StructureModel::indexOf(EntityKind kind, Id id, int column) const
{
    const Level level = StructureTree::levelOf(kind);
    if (level == StructureTree::Root || !m_tree.contains(level, id))
        return {};
    return createIndex(m_tree.rowOf(level, id), column, keyOf(level, id));
}

// ---------------------------------------------------------------------- data

QString StructureModel::nameOf(Level level, Id id) const
{
    const Plan &plan = m_document.plan();
    switch (level) {
    case StructureTree::PhaseLevel:
        if (const Phase *p = plan.find<Phase>(id))
            return p->name;
        break;
    case StructureTree::InterventionLevel:
        if (const Intervention *i = plan.find<Intervention>(id))
            return i->code.isEmpty() ? i->name : i->code + QLatin1Char(' ') + i->name;
        break;
    case StructureTree::ActivityLevel:
        if (const Activity *a = plan.find<Activity>(id))
            return a->name;
        break;
    case StructureTree::Root:
        break;
    }
    return {};
}

void StructureModel::refreshLinkCaches() const
{
    if (m_linksDirty) {
        const Plan &plan = m_document.plan();
        m_accountable.clear();
        m_areas.clear();
        for (const Responsibility &r : plan.all<Responsibility>()) {
            if (r.role == RaciRole::Accountable && r.activityId == NoId)
                m_accountable.insert(r.interventionId, r.organisationId);
        }
        for (const InterventionArea &ia : plan.all<InterventionArea>())
            m_areas[ia.interventionId] << Labels::entityName(plan, EntityKind::Area, ia.areaId);
        m_linksDirty = false;
    }
}

QString StructureModel::accountableOf(Id intervention) const
{
    refreshLinkCaches();
    const Organisation *o = m_document.plan().find<Organisation>(m_accountable.value(intervention));
    return o ? (o->shortName.isEmpty() ? o->name : o->shortName) : QString();
}

QString StructureModel::areasOf(Id intervention) const
{
    refreshLinkCaches();
    return m_areas.value(intervention).join(QStringLiteral(", "));
}

QVariant StructureModel::dateData(Level level, Id id, int column, int role) const
{
    const std::optional<Record> r = m_document.plan().record(StructureTree::kindOf(level), id);
    if (!r)
        return {};
    const KindInfo &info = kindInfo(r->kind);
    QDate start;
    QDate end;
    storage::from(r->values.at(info.fieldIndex(columns::start)), start);
    storage::from(r->values.at(info.fieldIndex(columns::end)), end);
    const Activity *activity = level == StructureTree::ActivityLevel ? m_document.plan().find<Activity>(id) : nullptr;
    const QDate shown = column == Start ? start : lastDayOf(start, end, activity && activity->milestone);
    if (role == Qt::EditRole)
        return shown;
    return shown.toString(Qt::ISODate);
}

QString StructureModel::tooltip(Level level, Id id) const
{
    const QString start = dateData(level, id, Start, Qt::DisplayRole).toString();
    const QString end = dateData(level, id, End, Qt::DisplayRole).toString();
    const QDate from = QDate::fromString(start, Qt::ISODate);
    const QDate to = QDate::fromString(end, Qt::ISODate);
    QString text = QStringLiteral("<b>%1</b><br>%2 – %3 (%4)")
                       .arg(nameOf(level, id).toHtmlEscaped(), start, end,
                            tr("%n day(s)", nullptr, int(from.daysTo(to) + 1)));
    Id intervention = id;
    if (level == StructureTree::ActivityLevel)
        intervention = m_tree.parentOf(level, id);
    if (level != StructureTree::PhaseLevel) {
        const QString who = accountableOf(intervention);
        if (!who.isEmpty())
            text += QStringLiteral("<br>") + tr("Accountable: %1").arg(who.toHtmlEscaped());
        const Money budget = level == StructureTree::ActivityLevel ? m_rollup->forActivity(id)
                                                                   : m_rollup->forIntervention(id);
        text += QStringLiteral("<br>") + tr("Planned budget: %1").arg(budget.format(m_locale));
    }
    return text;
}

QVariant StructureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Level level = levelOfKey(index.internalId());
    const Id id = idOfKey(index.internalId());
    const Plan &plan = m_document.plan();
    if (!plan.contains(StructureTree::kindOf(level), id))
        return {};
    if (role == KindRole)
        return int(StructureTree::kindOf(level));
    if (role == IdRole)
        return qlonglong(id);
    if (role == Qt::ToolTipRole)
        return tooltip(level, id);
    if (role == Qt::FontRole && level == StructureTree::PhaseLevel) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::DecorationRole && index.column() == Name) {
        const Activity *a = level == StructureTree::ActivityLevel ? plan.find<Activity>(id) : nullptr;
        if (a && a->milestone)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};

    switch (index.column()) {
    case Name:
        if (role == Qt::EditRole)
            return Labels::entityName(plan, StructureTree::kindOf(level), id);
        return nameOf(level, id);
    case Start:
    case End:
        return dateData(level, id, index.column(), role);
    case Responsible:
        if (level != StructureTree::InterventionLevel)
            return {};
        refreshLinkCaches();
        return role == Qt::EditRole ? QVariant(qlonglong(m_accountable.value(id))) : QVariant(accountableOf(id));
    case Areas:
        if (level != StructureTree::InterventionLevel)
            return {};
        if (role == Qt::EditRole) {
            QVariantList areas; // the ids of the targeted areas, for the area editor
            for (const InterventionArea &ia : plan.all<InterventionArea>()) {
                if (ia.interventionId == id)
                    areas << qlonglong(ia.areaId);
            }
            return areas;
        }
        return areasOf(id);
    case Status: {
        int status = -1;
        if (level == StructureTree::InterventionLevel)
            status = int(plan.find<Intervention>(id)->status);
        else if (level == StructureTree::ActivityLevel)
            status = int(plan.find<Activity>(id)->status);
        if (status < 0)
            return {};
        return role == Qt::EditRole ? QVariant(status) : QVariant(Labels::status(WorkStatus(status)));
    }
    case Budget: {
        Money sum;
        if (level == StructureTree::PhaseLevel) {
            for (Id child : m_tree.children(level, id))
                sum += m_rollup->forIntervention(child);
        } else {
            sum = level == StructureTree::ActivityLevel ? m_rollup->forActivity(id) : m_rollup->forIntervention(id);
        }
        if (role == Qt::EditRole)
            return qlonglong(sum.ore());
        return sum.isZero() && level == StructureTree::ActivityLevel ? QString() : sum.format(m_locale);
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
    case Name: return tr("Name");
    case Start: return tr("Start");
    case End: return tr("End");
    case Responsible: return tr("Accountable");
    case Areas: return tr("Areas");
    case Status: return tr("Status");
    case Budget: return tr("Planned budget");
    default: return {};
    }
}

Qt::ItemFlags StructureModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_document.isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document.isReadOnly())
        return f;
    const Level level = levelOfKey(index.internalId());
    f |= Qt::ItemIsDragEnabled;
    if (level != StructureTree::ActivityLevel)
        f |= Qt::ItemIsDropEnabled;
    switch (index.column()) {
    case Name:
    case Start:
    case End:
        return f | Qt::ItemIsEditable;
    case Responsible:
    case Areas:
        return level == StructureTree::InterventionLevel ? f | Qt::ItemIsEditable : f;
    case Status:
        return level != StructureTree::PhaseLevel ? f | Qt::ItemIsEditable : f;
    default:
        return f;
    }
}

} // namespace horisont
