#include "models/allocationgridmodel.h"

#include "budget/budgetcalendar.h"
#include "document/plandocument.h"
#include "model/schema.h"

#include <algorithm>
#include <climits>

namespace horisont {

AllocationGridModel::AllocationGridModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    rebuild();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &AllocationGridModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &AllocationGridModel::onAboutToRemove);
    connect(&plan, &Plan::removed, this, &AllocationGridModel::onRemoved);
    connect(&plan, &Plan::changed, this, &AllocationGridModel::onChanged);
}

void AllocationGridModel::setRows(Rows rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    reset();
}

void AllocationGridModel::setSource(Id source)
{
    if (source == m_source)
        return;
    m_source = source;
    reset();
}

void AllocationGridModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void AllocationGridModel::rebuild()
{
    const Plan &plan = m_document.plan();
    // The columns are the budget years of the horizon: the years the plan is
    // for. An allocation outside them stays in the totals (and is a finding).
    const BudgetYears years = BudgetCalendar::planYears(plan);
    m_firstYear = years.first;
    m_lastYear = years.last;
    m_rowIds.clear();
    m_entries.clear();
    m_cells.clear();
    m_sums.clear();
    m_rowTotals.clear();
    m_yearTotals.clear();
    m_total = 0;
    m_unassigned = 0;
    if (m_rows == Rows::ByIntervention) {
        for (const Intervention &i : plan.all<Intervention>())
            m_rowIds.push_back(i.id);
    } else {
        for (const Organisation &o : plan.all<Organisation>())
            m_rowIds.push_back(o.id);
    }
    for (const Allocation &a : plan.all<Allocation>())
        add(a.id, false);
    if (m_unassigned > 0)
        m_rowIds.push_back(NoId);
    sortRows();
}

bool AllocationGridModel::rowLess(Id a, Id b) const
{
    if (a == NoId || b == NoId) // "not assigned" comes last
        return b == NoId && a != NoId;
    const Plan &plan = m_document.plan();
    if (m_rows == Rows::ByIntervention) {
        auto key = [&plan](Id id) {
            const Intervention *i = plan.find<Intervention>(id);
            const Phase *phase = i ? plan.find<Phase>(i->phaseId) : nullptr;
            return std::tuple(phase ? phase->position : INT_MAX, i ? i->phaseId : NoId, i ? i->position : INT_MAX, id);
        };
        return key(a) < key(b);
    }
    const Organisation *oa = plan.find<Organisation>(a);
    const Organisation *ob = plan.find<Organisation>(b);
    const int byName = oa && ob ? QString::localeAwareCompare(oa->name, ob->name) : 0;
    return byName != 0 ? byName < 0 : a < b;
}

void AllocationGridModel::sortRows()
{
    std::sort(m_rowIds.begin(), m_rowIds.end(), [this](Id a, Id b) { return rowLess(a, b); });
    m_rowIndex.clear();
    for (std::size_t r = 0; r < m_rowIds.size(); ++r)
        m_rowIndex.insert(m_rowIds[r], int(r));
}

void AllocationGridModel::resortRows()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<Id> ids;
    for (const QModelIndex &i : before)
        ids.push_back(isTotalRow(i.row()) ? Id(-1) : rowEntity(i.row()));
    sortRows();
    QModelIndexList after;
    for (std::size_t k = 0; k < ids.size(); ++k)
        after << index(ids[k] == Id(-1) ? totalRow() : rowOf(ids[k]), before[qsizetype(k)].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

Id AllocationGridModel::rowKeyOf(const Allocation &a) const
{
    if (m_rows == Rows::ByOrganisation)
        return a.organisationId;
    if (a.interventionId != NoId)
        return a.interventionId;
    const Activity *activity = m_document.plan().find<Activity>(a.activityId);
    return activity ? activity->interventionId : NoId;
}

void AllocationGridModel::add(Id allocation, bool announceIt)
{
    const Allocation *a = m_document.plan().find<Allocation>(allocation);
    if (!a || (m_source != NoId && a->sourceId != m_source))
        return;
    const CellKey cell{rowKeyOf(*a), a->year};
    if (cell.row == NoId && announceIt)
        setUnassignedCount(m_unassigned + 1);
    else if (cell.row == NoId)
        ++m_unassigned; // rebuild() adds the row itself, inside its model reset
    m_entries.insert(a->id, {cell, a->amount.ore()});
    m_cells[cell].append(a->id);
    m_sums[cell] += a->amount.ore();
    if (inYears(cell.year)) {
        m_rowTotals[cell.row] += a->amount.ore();
        m_yearTotals[cell.year] += a->amount.ore();
        m_total += a->amount.ore();
    }
    if (announceIt)
        announce(cell);
}

void AllocationGridModel::subtract(Id allocation, bool announceIt)
{
    const auto it = m_entries.constFind(allocation);
    if (it == m_entries.cend())
        return;
    const Entry e = *it;
    m_entries.erase(it);
    QList<Id> &ids = m_cells[e.cell];
    ids.removeOne(allocation);
    if (ids.isEmpty()) {
        m_cells.remove(e.cell);
        m_sums.remove(e.cell);
    } else {
        m_sums[e.cell] -= e.ore;
    }
    if (inYears(e.cell.year)) {
        m_rowTotals[e.cell.row] -= e.ore;
        m_yearTotals[e.cell.year] -= e.ore;
        m_total -= e.ore;
    }
    if (announceIt)
        announce(e.cell);
    if (e.cell.row == NoId)
        setUnassignedCount(m_unassigned - 1);
}

void AllocationGridModel::setUnassignedCount(int count)
{
    // The "not assigned" row exists only while it holds something.
    const bool had = m_unassigned > 0;
    m_unassigned = count;
    const bool has = m_unassigned > 0;
    if (had == has)
        return;
    const int row = int(m_rowIds.size()) - (had ? 1 : 0);
    if (has) {
        beginInsertRows({}, row, row);
        m_rowIds.push_back(NoId);
        m_rowIndex.insert(NoId, row);
        endInsertRows();
    } else if (!m_rowIds.empty() && m_rowIds.back() == NoId) {
        beginRemoveRows({}, row, row);
        m_rowIds.pop_back();
        m_rowIndex.remove(NoId);
        endRemoveRows();
    }
}

void AllocationGridModel::announce(const CellKey &cell)
{
    const int row = rowOf(cell.row);
    const int column = columnOfYear(cell.year);
    const QModelIndex grand = index(totalRow(), totalColumn());
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, totalColumn()), index(row, totalColumn()));
    if (column >= 0)
        Q_EMIT dataChanged(index(totalRow(), column), index(totalRow(), column));
    Q_EMIT dataChanged(grand, grand);
}

void AllocationGridModel::onInserted(EntityKind kind, Id id)
{
    const bool isRowKind = (kind == EntityKind::Intervention && m_rows == Rows::ByIntervention)
                           || (kind == EntityKind::Organisation && m_rows == Rows::ByOrganisation);
    if (kind == EntityKind::Allocation) {
        add(id, true);
    } else if (isRowKind) {
        const int row = int(std::lower_bound(m_rowIds.begin(), m_rowIds.end(), id,
                                             [this](Id a, Id b) { return rowLess(a, b); })
                            - m_rowIds.begin());
        beginInsertRows({}, row, row);
        m_rowIds.insert(m_rowIds.begin() + row, id);
        for (std::size_t r = std::size_t(row); r < m_rowIds.size(); ++r)
            m_rowIndex.insert(m_rowIds[r], int(r));
        endInsertRows();
    }
}

void AllocationGridModel::onAboutToRemove(EntityKind kind, Id id)
{
    const bool isRowKind = (kind == EntityKind::Intervention && m_rows == Rows::ByIntervention)
                           || (kind == EntityKind::Organisation && m_rows == Rows::ByOrganisation);
    const int row = rowOf(id);
    if (!isRowKind || row < 0)
        return;
    // Its allocations went first (they depend on it), so the row is empty.
    beginRemoveRows({}, row, row);
    m_rowIds.erase(m_rowIds.begin() + row);
    m_rowIndex.remove(id);
    for (std::size_t r = std::size_t(row); r < m_rowIds.size(); ++r)
        m_rowIndex.insert(m_rowIds[r], int(r));
    endRemoveRows();
}

void AllocationGridModel::onRemoved(EntityKind kind, Id id)
{
    if (kind == EntityKind::Allocation)
        subtract(id, true);
}

void AllocationGridModel::onChanged(EntityKind kind, Id id, int field)
{
    switch (kind) {
    case EntityKind::Allocation:
        subtract(id, true);
        add(id, true);
        return;
    case EntityKind::Programme:
        if (field == fieldIndex(kind, columns::start) || field == fieldIndex(kind, columns::horizon_end)
            || field == fieldIndex(kind, columns::fiscal_year_start_month))
            reset();
        return;
    case EntityKind::Activity:
        // Allocations on an activity alone belong to its intervention's row.
        if (field == fieldIndex(kind, columns::intervention_id) && m_rows == Rows::ByIntervention)
            reset();
        return;
    case EntityKind::Phase:
        if (field == fieldIndex(kind, columns::position) && m_rows == Rows::ByIntervention)
            resortRows();
        return;
    case EntityKind::Intervention:
        if (m_rows != Rows::ByIntervention)
            return;
        if (field == fieldIndex(kind, columns::phase_id) || field == fieldIndex(kind, columns::position))
            resortRows();
        else if (const int row = rowOf(id); row >= 0)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        return;
    case EntityKind::Organisation:
        if (m_rows != Rows::ByOrganisation)
            return;
        if (field == fieldIndex(kind, columns::name))
            resortRows();
        else if (const int row = rowOf(id); row >= 0)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        return;
    default:
        return;
    }
}

} // namespace horisont
