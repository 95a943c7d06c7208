// RaciModel, continued: following the plan's changes with fine-grained signals.
#include "models/racimodel.h"

#include "document/plandocument.h"
#include "model/schema.h"

#include <QMetaObject>

#include <algorithm>

namespace horisont {

void RaciModel::placeResponsibility(Id id)
{
    const Responsibility *r = m_document.plan().find<Responsibility>(id);
    if (!r || r->activityId != NoId)
        return;
    const Cell cell{r->interventionId, r->organisationId};
    m_cells[cell].append(id);
    m_cellOf.insert(id, cell);
    markDirty(cell);
}

void RaciModel::forgetResponsibility(Id id)
{
    const auto it = m_cellOf.constFind(id);
    if (it == m_cellOf.constEnd())
        return;
    const Cell cell = *it;
    m_cellOf.erase(it);
    QList<Id> &ids = m_cells[cell];
    ids.removeAll(id);
    if (ids.isEmpty())
        m_cells.remove(cell);
    markDirty(cell);
}

void RaciModel::onInserted(EntityKind kind, Id id)
{
    switch (kind) {
    case EntityKind::Responsibility:
        placeResponsibility(id);
        break;
    case EntityKind::Intervention: {
        const int row = sortedRowFor(rowKey(id), NoId);
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
    const int to = sortedRowFor(rowKey(id), id); // its row once it has moved
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
    const auto less = [this](Id a, Id b) { return rowKey(a) < rowKey(b); };
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
        QMetaObject::invokeMethod(this, [this] {
            m_flushQueued = false;
            flush();
        }, Qt::QueuedConnection);
    }
}

void RaciModel::flush()
{
    const QSet<Cell> dirty = std::exchange(m_dirty, {});
    for (const Cell &cell : dirty) {
        const int row = rowOf(cell.first);
        const int column = columnOf(cell.second);
        if (row >= 0 && column >= 0)
            Q_EMIT dataChanged(index(row, column), index(row, column));
    }
}

} // namespace horisont
