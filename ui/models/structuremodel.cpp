#include "models/structuremodel.h"

#include "budget/allocationrollup.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/editcommand.h"
#include "edit/structurecommands.h"
#include "model/commandtext.h"
#include "model/schema.h"
#include "models/structurecelledit.h"
#include "models/structuredragpayload.h"

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
    : QAbstractItemModel(parent), m_document(document), m_rollup(new AllocationRollup(document.plan(), this)),
      m_text(document.plan(), m_tree, *m_rollup)
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
        m_text.linksChanged();
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
    const std::vector<Id> &children =
        m_tree.children(parentLevel, parent.isValid() ? idOfKey(parent.internalId()) : NoId);
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
        return m_text.tooltip(level, id);
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

    return m_text.value(level, id, index.column(), role);
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
    case Responsible:
        return tr("Accountable");
    case Areas:
        return tr("Areas");
    case Status:
        return tr("Status");
    case Budget:
        return tr("Planned budget");
    default:
        return {};
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

bool StructureModel::execute(EditCommand *command, const QString &refusal)
{
    const commands::Outcome outcome = commands::execute(m_document, command, refusal);
    if (outcome.state == commands::Outcome::Refused)
        Q_EMIT editRefused(outcome.refusal);
    return outcome.applied();
}

bool StructureModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString refusal;
    EditCommand *command =
        StructureCellEdit::command(m_document, kindAt(index), idAt(index), index.column(), value, &refusal);
    return execute(command, refusal);
}

// ------------------------------------------------------------ drag and drop

Qt::DropActions StructureModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList StructureModel::mimeTypes() const
{
    return {StructureDragPayload::mimeType()};
}

QMimeData *StructureModel::mimeData(const QModelIndexList &indexes) const
{
    QList<std::pair<EntityKind, Id>> items;
    QList<quintptr> seen;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !seen.contains(index.internalId())) {
            seen << index.internalId();
            items.append({kindAt(index), idAt(index)});
        }
    }
    return StructureDragPayload::encode(items);
}

bool StructureModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    const auto dragged = StructureDragPayload::decode(data);
    if (!dragged || action != Qt::MoveAction || m_document.isReadOnly())
        return false;
    const Level target = parent.isValid() ? StructureTree::levelOf(kindAt(parent)) : StructureTree::Root;
    return StructureTree::levelOf(dragged->kind()) == Level(target + 1);
}

bool StructureModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto dragged = StructureDragPayload::decode(data);
    const Level level = StructureTree::levelOf(dragged->kind());
    const Id target = idAt(parent);
    const QList<Id> order = dragged->orderAfterDrop(m_tree.children(Level(level - 1), target), row);
    execute(structure::arrange(m_document, dragged->kind(), target, order,
                               CommandText::of<StructureModel>(QT_TR_NOOP("Move"))),
            QString());
    // The plan's change signals have moved the rows already: tell the view
    // not to remove the source rows itself.
    return false;
}

// ------------------------------------------------------- following the plan

void StructureModel::onInserted(EntityKind kind, Id id)
{
    const Level level = StructureTree::levelOf(kind);
    if (level == StructureTree::Root) {
        if (kind == EntityKind::Responsibility || kind == EntityKind::InterventionArea) {
            m_text.linksChanged();
            const std::optional<Record> r = m_document.plan().record(kind, id);
            refreshInterventionColumn(r->values.at(0).toLongLong(),
                                      kind == EntityKind::Responsibility ? Responsible : Areas);
        }
        return;
    }
    const Id parent = StructureTree::planParent(m_document.plan(), level, id);
    if (level != StructureTree::PhaseLevel && !m_tree.contains(Level(level - 1), parent))
        return;
    const int row = m_tree.rowFor(m_document.plan(), level, id, parent);
    beginInsertRows(parent == NoId ? QModelIndex() : indexOf(StructureTree::kindOf(Level(level - 1)), parent), row,
                    row);
    m_tree.insert(level, id, parent, row);
    endInsertRows();
}

void StructureModel::onAboutToRemove(EntityKind kind, Id id)
{
    if (kind == EntityKind::Responsibility || kind == EntityKind::InterventionArea) {
        const std::optional<Record> r = m_document.plan().record(kind, id);
        m_pendingOwner = r ? r->values.at(0).toLongLong() : NoId; // intervention_id is field 0 of both
        return;
    }
    // Rows go while the entity still exists: views may ask for its data
    // while they let go of it (a current index moving on, say).
    const Level level = StructureTree::levelOf(kind);
    if (level == StructureTree::Root || !m_tree.contains(level, id))
        return;
    const QModelIndex self = indexOf(kind, id);
    beginRemoveRows(self.parent(), self.row(), self.row());
    m_removing = true;
}

void StructureModel::onRemoved(EntityKind kind, Id id)
{
    const Level level = StructureTree::levelOf(kind);
    if (level == StructureTree::Root) {
        if (kind == EntityKind::Responsibility || kind == EntityKind::InterventionArea) {
            m_text.linksChanged();
            refreshInterventionColumn(m_pendingOwner, kind == EntityKind::Responsibility ? Responsible : Areas);
        }
        return;
    }
    if (!m_removing)
        return;
    m_tree.remove(level, id);
    m_removing = false;
    endRemoveRows();
}

void StructureModel::onChanged(EntityKind kind, Id id, int field)
{
    const Level level = StructureTree::levelOf(kind);
    const QString name = kindInfo(kind).fields.at(field).name;
    if (level == StructureTree::Root) {
        if (kind == EntityKind::Responsibility || kind == EntityKind::Organisation) {
            m_text.linksChanged();
            refreshColumnEverywhere(Responsible);
        } else if (kind == EntityKind::InterventionArea || kind == EntityKind::Area) {
            m_text.linksChanged();
            refreshColumnEverywhere(Areas);
        }
        return;
    }
    if (!m_tree.contains(level, id) && level != StructureTree::PhaseLevel)
        return;
    if (name == columns::position || name == columns::phase_id || name == columns::intervention_id) {
        relocate(level, id);
        return;
    }
    const QModelIndex first = indexOf(kind, id, 0);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

void StructureModel::relocate(Level level, Id id)
{
    const Plan &plan = m_document.plan();
    const EntityKind parentKind = StructureTree::kindOf(Level(level - 1));
    const Id oldParent = m_tree.parentOf(level, id);
    const Id newParent = StructureTree::planParent(plan, level, id);
    const int oldRow = m_tree.rowOf(level, id);
    const int newRow = m_tree.rowFor(plan, level, id, newParent);
    if (oldParent == newParent && oldRow == newRow)
        return;
    const QModelIndex from = oldParent == NoId ? QModelIndex() : indexOf(parentKind, oldParent);
    const QModelIndex to = newParent == NoId ? QModelIndex() : indexOf(parentKind, newParent);
    // Qt counts the destination row before the move takes the row out.
    const int destination = oldParent == newParent && newRow > oldRow ? newRow + 1 : newRow;
    beginMoveRows(from, oldRow, oldRow, to, destination);
    m_tree.move(level, id, newParent, newRow); // with its activities: only the row moves
    endMoveRows();
}

void StructureModel::refreshInterventionColumn(Id intervention, Column column)
{
    const QModelIndex index = indexOf(EntityKind::Intervention, intervention, column);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

void StructureModel::refreshColumnEverywhere(Column column)
{
    for (int phaseRow = 0; phaseRow < rowCount(); ++phaseRow) {
        const QModelIndex phase = index(phaseRow, 0);
        const int n = rowCount(phase);
        if (n > 0)
            Q_EMIT dataChanged(index(0, column, phase), index(n - 1, column, phase));
    }
}

void StructureModel::refreshBudget(Id intervention, Id activity)
{
    const QModelIndex in = indexOf(EntityKind::Intervention, intervention, Budget);
    if (!in.isValid())
        return;
    Q_EMIT dataChanged(in, in);
    const QModelIndex phase = in.parent().siblingAtColumn(Budget);
    Q_EMIT dataChanged(phase, phase);
    const QModelIndex a = indexOf(EntityKind::Activity, activity, Budget);
    if (a.isValid())
        Q_EMIT dataChanged(a, a);
}

} // namespace horisont
