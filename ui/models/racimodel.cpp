#include "models/racimodel.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/editcommand.h"
#include "edit/responsibilitycommands.h"
#include "labels/labels.h"
#include "model/schema.h"
#include "models/interventionorder.h"
#include "model/codedname.h"

#include <QColor>
#include <QMetaObject>
#include <QPoint>

#include <algorithm>

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
    for (const Intervention &i : plan.all<Intervention>())
        m_interventions.push_back(i.id);
    std::sort(m_interventions.begin(), m_interventions.end(), InterventionOrder::less(plan));
    for (const Organisation &o : plan.all<Organisation>())
        m_organisations.push_back(o.id);
    for (const Responsibility &r : plan.all<Responsibility>())
        placeResponsibility(r.id);
    m_dirty.clear(); // a rebuild is announced as a whole (reset), not cell by cell
}

int RaciModel::sortedRowFor(const InterventionOrder &key, Id skip) const
{
    int row = 0;
    for (Id id : m_interventions) {
        if (id != skip && InterventionOrder::of(m_document.plan(), id) < key)
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
    if (!index.isValid() || index.model() != this)
        return {};
    return m_cells.roles(m_document.plan(), {interventionAt(index.row()), organisationAt(index.column())});
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
        return codedName(*i);
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
    const commands::Outcome outcome = commands::execute(m_document, command, error);
    if (outcome.state == commands::Outcome::Refused)
        Q_EMIT editRefused(outcome.refusal);
    flush();
    return outcome.state != commands::Outcome::Refused;
}

void RaciModel::placeResponsibility(Id id)
{
    if (const std::optional<Cell> cell = m_cells.place(m_document.plan(), id))
        markDirty(*cell);
}

void RaciModel::forgetResponsibility(Id id)
{
    if (const std::optional<Cell> cell = m_cells.forget(id))
        markDirty(*cell);
}

void RaciModel::onInserted(EntityKind kind, Id id)
{
    switch (kind) {
    case EntityKind::Responsibility:
        placeResponsibility(id);
        break;
    case EntityKind::Intervention: {
        const int row = sortedRowFor(InterventionOrder::of(m_document.plan(), id), NoId);
        beginInsertRows({}, row, row);
        m_interventions.insert(m_interventions.begin() + row, id);
        endInsertRows();
        break;
    }
    case EntityKind::Organisation: {
        const auto it = std::lower_bound(m_organisations.begin(), m_organisations.end(), id);
        const int column = int(it - m_organisations.begin());
        beginInsertColumns({}, column, column);
        m_organisations.insert(it, id);
        endInsertColumns();
        break;
    }
    case EntityKind::Phase:
        resortAll();
        break;
    default:
        break;
    }
}

void RaciModel::onAboutToRemove(EntityKind kind, Id id)
{
    if (kind == EntityKind::Responsibility) {
        forgetResponsibility(id);
    } else if (kind == EntityKind::Intervention) {
        const int row = rowOf(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_interventions.erase(m_interventions.begin() + row);
            endRemoveRows();
        }
    } else if (kind == EntityKind::Organisation) {
        const int column = columnOf(id);
        if (column >= 0) {
            beginRemoveColumns({}, column, column);
            m_organisations.erase(m_organisations.begin() + column);
            endRemoveColumns();
        }
    }
}

void RaciModel::onChanged(EntityKind kind, Id id, int field)
{
    static const int phaseIdField = fieldIndex(EntityKind::Intervention, columns::phase_id);
    static const int positionField = fieldIndex(EntityKind::Intervention, columns::position);
    static const int nameField = fieldIndex(EntityKind::Intervention, columns::name);
    static const int codeField = fieldIndex(EntityKind::Intervention, columns::code);
    static const int phasePositionField = fieldIndex(EntityKind::Phase, columns::position);
    static const int phaseNameField = fieldIndex(EntityKind::Phase, columns::name);
    static const int organisationNameField = fieldIndex(EntityKind::Organisation, columns::name);
    static const int shortNameField = fieldIndex(EntityKind::Organisation, columns::short_name);
    switch (kind) {
    case EntityKind::Responsibility:
        forgetResponsibility(id);
        placeResponsibility(id);
        break;
    case EntityKind::Intervention:
        if (field == phaseIdField || field == positionField)
            moveIntervention(id);
        if (field != nameField && field != codeField && field != phaseIdField)
            break;
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        break;
    case EntityKind::Organisation:
        if (field != organisationNameField && field != shortNameField)
            break;
        if (const int column = columnOf(id); column >= 0)
            Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
        break;
    case EntityKind::Phase:
        if (field == phasePositionField)
            resortAll();
        else if (field == phaseNameField && !m_interventions.empty())
            Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_interventions.size()) - 1); // tooltips name the phase
        break;
    default:
        break;
    }
}

void RaciModel::moveIntervention(Id id)
{
    const int from = rowOf(id);
    if (from < 0)
        return;
    const int to = sortedRowFor(InterventionOrder::of(m_document.plan(), id), id); // its row once it has moved
    if (to == from)
        return;
    // beginMoveRows counts the destination in rows before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_interventions.erase(m_interventions.begin() + from);
    m_interventions.insert(m_interventions.begin() + to, id);
    endMoveRows();
}

void RaciModel::resortAll()
{
    const auto less = InterventionOrder::less(m_document.plan());
    if (std::is_sorted(m_interventions.begin(), m_interventions.end(), less))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Id> ids;
    for (const QModelIndex &index : before)
        ids.append(interventionAt(index.row()));
    std::sort(m_interventions.begin(), m_interventions.end(), less);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids[i]), before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RaciModel::markDirty(const Cell &cell)
{
    m_dirty.insert(cell);
    // Changes that do not come through the undo stack are announced once
    // control returns to the event loop.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushQueued = false;
                flush();
            },
            Qt::QueuedConnection);
    }
}

void RaciModel::flush()
{
    // Announced in row and column order, not the set's per-process order.
    QList<QPoint> changed;
    for (const Cell &cell : std::exchange(m_dirty, {})) {
        const int row = rowOf(cell.first);
        const int column = columnOf(cell.second);
        if (row >= 0 && column >= 0)
            changed.append(QPoint(column, row));
    }
    std::sort(changed.begin(), changed.end(), [](QPoint a, QPoint b) {
        return std::pair(a.y(), a.x()) < std::pair(b.y(), b.x());
    });
    for (const QPoint &cell : std::as_const(changed))
        Q_EMIT dataChanged(index(cell.y(), cell.x()), index(cell.y(), cell.x()));
}

} // namespace horisont
