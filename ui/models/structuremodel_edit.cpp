// StructureModel: edits (setData, drag and drop) and following the plan's changes.
#include "models/structuremodel.h"

#include "budget/allocationrollup.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "edit/responsibilitycommands.h"
#include "edit/structurecommands.h"
#include "model/schema.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace horisont {
namespace {
using Level = StructureTree::Level;
const QString MimeType = QStringLiteral("application/x-horisont-structure");
} // namespace

bool StructureModel::execute(QUndoCommand *command, const QString &refusal)
{
    if (!command) {
        if (!refusal.isEmpty())
            Q_EMIT editRefused(refusal);
        return false;
    }
    if (!m_document.execute(command)) {
        Q_EMIT editRefused(m_document.lastError());
        return false;
    }
    return true;
}

bool StructureModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const EntityKind kind = kindAt(index);
    const Id id = idAt(index);
    QString error;
    switch (index.column()) {
    case Name: {
        EditCommand *command = commands::setField(m_document, kind, id, columns::name, value.toString(), &error);
        return execute(command, error == commands::unchangedMessage() ? QString() : error);
    }
    case Start:
    case End: {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            Q_EMIT editRefused(tr("\"%1\" is not a date.").arg(value.toString()));
            return false;
        }
        auto *command = index.column() == Start ? dates::setStart(m_document, kind, id, date, &error)
                                                : dates::setLastDay(m_document, kind, id, date, &error);
        return execute(command, error);
    }
    case Responsible:
        return execute(responsibilities::setAccountable(m_document, id, value.toLongLong()), QString());
    case Areas: {
        QList<Id> areas;
        for (const QVariant &area : value.toList())
            areas << area.toLongLong();
        return execute(structure::setAreas(m_document, id, areas), QString());
    }
    case Status: {
        EditCommand *command = commands::setField(m_document, kind, id, columns::status, value.toInt(), &error);
        return execute(command, error == commands::unchangedMessage() ? QString() : error);
    }
    default:
        return false;
    }
}

// ------------------------------------------------------------ drag and drop

Qt::DropActions StructureModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList StructureModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *StructureModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    QList<quintptr> seen;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !seen.contains(index.internalId())) {
            seen << index.internalId();
            stream << int(kindAt(index)) << qlonglong(idAt(index));
        }
    }
    auto *mime = new QMimeData;
    mime->setData(MimeType, bytes);
    return mime;
}

namespace {
struct Dragged {
    EntityKind kind;
    QList<Id> ids;
};
std::optional<Dragged> readDragged(const QMimeData *data)
{
    if (!data || !data->hasFormat(MimeType))
        return std::nullopt;
    QByteArray bytes = data->data(MimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    Dragged dragged{EntityKind::Programme, {}};
    while (!stream.atEnd()) {
        int kind = 0;
        qlonglong id = 0;
        stream >> kind >> id;
        if (!dragged.ids.isEmpty() && EntityKind(kind) != dragged.kind)
            return std::nullopt; // one kind at a time
        dragged.kind = EntityKind(kind);
        dragged.ids << id;
    }
    return dragged.ids.isEmpty() ? std::nullopt : std::optional(dragged);
}
} // namespace

bool StructureModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    const auto dragged = readDragged(data);
    if (!dragged || action != Qt::MoveAction || m_document.isReadOnly())
        return false;
    const Level target = parent.isValid() ? StructureTree::levelOf(kindAt(parent)) : StructureTree::Root;
    return StructureTree::levelOf(dragged->kind) == Level(target + 1);
}

bool StructureModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto dragged = readDragged(data);
    const Level level = StructureTree::levelOf(dragged->kind);
    const Id target = idAt(parent);
    // The new order of the target's children: the dragged items at the drop row.
    QList<Id> order;
    for (Id child : m_tree.children(Level(level - 1), target))
        order << child;
    int insertAt = row < 0 ? int(order.size()) : row;
    for (Id id : dragged->ids) {
        const qsizetype at = order.indexOf(id);
        if (at >= 0) {
            order.removeAt(at);
            if (at < insertAt)
                --insertAt;
        }
    }
    for (Id id : dragged->ids)
        order.insert(insertAt++, id);
    execute(structure::arrange(m_document, dragged->kind, target, order, CommandText::of<StructureModel>(QT_TR_NOOP("Move"))),
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
            m_linksDirty = true;
            const std::optional<Record> r = m_document.plan().record(kind, id);
            refreshInterventionColumn(r->values.at(0).toLongLong(), kind == EntityKind::Responsibility ? Responsible : Areas);
        }
        return;
    }
    const Id parent = StructureTree::planParent(m_document.plan(), level, id);
    if (level != StructureTree::PhaseLevel && !m_tree.contains(Level(level - 1), parent))
        return;
    const int row = m_tree.rowFor(m_document.plan(), level, id, parent);
    beginInsertRows(parent == NoId ? QModelIndex() : indexOf(StructureTree::kindOf(Level(level - 1)), parent), row, row);
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
            m_linksDirty = true;
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
            m_linksDirty = true;
            refreshColumnEverywhere(Responsible);
        } else if (kind == EntityKind::InterventionArea || kind == EntityKind::Area) {
            m_linksDirty = true;
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
