#include "models/racimodel.h"

#include "document/plandocument.h"
#include "edit/editcommand.h"
#include "edit/responsibilitycommands.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <QColor>

#include <algorithm>
#include <climits>

namespace horisont {
namespace {
const RaciRole allRoles[] = {RaciRole::Responsible, RaciRole::Accountable, RaciRole::Consulted, RaciRole::Informed};
} // namespace

RaciModel::RaciModel(PlanDocument &document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    rebuild();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] {
        beginResetModel();
        m_dirty.clear();
    });
    connect(&plan, &Plan::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &RaciModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &RaciModel::onAboutToRemove);
    connect(&plan, &Plan::changed, this, &RaciModel::onChanged);
    // Undo and redo apply a command's changes one by one; the cells they
    // touched are announced once the whole command is done.
    connect(document.undoStack(), &QUndoStack::indexChanged, this, &RaciModel::flush);
}

void RaciModel::rebuild()
{
    const Plan &plan = m_document.plan();
    m_interventions.clear();
    m_organisations.clear();
    m_cells.clear();
    m_cellOf.clear();
    for (const Intervention &i : plan.all<Intervention>())
        m_interventions.push_back(i.id);
    std::sort(m_interventions.begin(), m_interventions.end(),
              [this](Id a, Id b) { return rowKey(a) < rowKey(b); });
    for (const Organisation &o : plan.all<Organisation>())
        m_organisations.push_back(o.id);
    for (const Responsibility &r : plan.all<Responsibility>())
        placeResponsibility(r.id);
    m_dirty.clear(); // a rebuild is announced as a whole (reset), not cell by cell
}

RaciModel::RowKey RaciModel::rowKey(Id intervention) const
{
    const Plan &plan = m_document.plan();
    const Intervention *i = plan.find<Intervention>(intervention);
    if (!i)
        return {INT_MAX, NoId, INT_MAX, intervention};
    const Phase *phase = plan.find<Phase>(i->phaseId);
    return {phase ? phase->position : INT_MAX, i->phaseId, i->position, i->id};
}

int RaciModel::sortedRowFor(const RowKey &key, Id skip) const
{
    int row = 0;
    for (Id id : m_interventions) {
        if (id != skip && rowKey(id) < key)
            ++row;
    }
    return row;
}

int RaciModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interventions.size());
}

int RaciModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

Id RaciModel::interventionAt(int row) const
{
    return row >= 0 && row < int(m_interventions.size()) ? m_interventions[std::size_t(row)] : NoId;
}

Id RaciModel::organisationAt(int column) const
{
    return column >= 0 && column < int(m_organisations.size()) ? m_organisations[std::size_t(column)] : NoId;
}

int RaciModel::rowOf(Id intervention) const
{
    const auto it = std::find(m_interventions.begin(), m_interventions.end(), intervention);
    return it == m_interventions.end() ? -1 : int(it - m_interventions.begin());
}

int RaciModel::columnOf(Id organisation) const
{
    const auto it = std::lower_bound(m_organisations.begin(), m_organisations.end(), organisation);
    return it == m_organisations.end() || *it != organisation ? -1 : int(it - m_organisations.begin());
}

QList<RaciRole> RaciModel::rolesAt(const QModelIndex &index) const
{
    QList<RaciRole> roles;
    if (!index.isValid() || index.model() != this)
        return roles;
    const Plan &plan = m_document.plan();
    for (Id id : m_cells.value({interventionAt(index.row()), organisationAt(index.column())})) {
        if (const Responsibility *r = plan.find<Responsibility>(id); r && !roles.contains(r->role))
            roles.append(r->role);
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

QVariant RaciModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<RaciRole> roles = rolesAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        QStringList letters;
        for (RaciRole r : roles)
            letters.append(Labels::raciLetter(r));
        return letters.join(QStringLiteral(", "));
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList words;
        for (RaciRole r : roles)
            words.append(Labels::raci(r));
        const QString text = words.isEmpty() ? tr("No role") : words.join(QStringLiteral(", "));
        if (role == Qt::AccessibleTextRole)
            return text;
        return tr("%1 for %2: %3")
            .arg(Labels::entityName(m_document.plan(), EntityKind::Organisation, organisationAt(index.column())),
                 Labels::entityName(m_document.plan(), EntityKind::Intervention, interventionAt(index.row())), text);
    }
    case Qt::BackgroundRole:
        if (roles.contains(RaciRole::Accountable))
            return QColor(255, 193, 7, 90); // amber tint: who answers for the intervention
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant RaciModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Plan &plan = m_document.plan();
    if (orientation == Qt::Horizontal) {
        const Organisation *o = plan.find<Organisation>(organisationAt(section));
        if (!o)
            return {};
        if (role == Qt::DisplayRole)
            return o->shortName.isEmpty() ? o->name : o->shortName;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return o->name;
        return {};
    }
    const Intervention *i = plan.find<Intervention>(interventionAt(section));
    if (!i)
        return {};
    if (role == Qt::DisplayRole)
        return i->code.isEmpty() ? i->name : i->code + QLatin1Char(' ') + i->name;
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        const Phase *phase = plan.find<Phase>(i->phaseId);
        return phase ? tr("%1 (phase: %2)").arg(i->name, phase->name) : i->name;
    }
    return {};
}

Qt::ItemFlags RaciModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

std::optional<RaciRole> RaciModel::roleFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (RaciRole r : allRoles) {
        if (t.compare(Labels::raciLetter(r), Qt::CaseInsensitive) == 0
            || t.compare(Labels::raci(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

bool RaciModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || text == QStringLiteral("—") || text == QStringLiteral("-"))
        return setCells({index}, std::nullopt);
    const std::optional<RaciRole> wanted = roleFromText(text);
    return wanted && setCells({index}, wanted);
}

bool RaciModel::setCells(const QModelIndexList &cells, std::optional<RaciRole> role)
{
    if (m_document.isReadOnly())
        return false;
    QList<responsibilities::Cell> wanted;
    for (const QModelIndex &index : cells) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        wanted << responsibilities::Cell{interventionAt(index.row()), organisationAt(index.column())};
    }
    QString error;
    EditCommand *command = responsibilities::setRole(m_document, wanted, role, &error);
    if (!command) {
        if (!error.isEmpty())
            Q_EMIT editRefused(error);
        return error.isEmpty();
    }
    const bool ok = m_document.execute(command);
    if (!ok)
        Q_EMIT editRefused(m_document.lastError());
    flush();
    return ok;
}

} // namespace horisont
