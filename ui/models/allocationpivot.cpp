#include "models/allocationpivot.h"

#include <algorithm>

namespace horisont {

void AllocationPivot::clear(int firstYear, int lastYear)
{
    m_firstYear = firstYear;
    m_lastYear = lastYear;
    m_entries.clear();
    m_cells.clear();
    m_sums.clear();
    m_rowTotals.clear();
    m_yearTotals.clear();
    m_total = 0;
    m_unassigned = 0;
}

void AllocationPivot::add(Id allocation, const Cell &cell, qint64 ore)
{
    if (cell.row == NoId)
        ++m_unassigned;
    m_entries.insert(allocation, {cell, ore});
    // In id order, as the plan holds them, so that spreading an amount over
    // a cell's allocations gives its leftover öre to the same one after a
    // long session as after a fresh open.
    QList<Id> &ids = m_cells[cell];
    ids.insert(std::lower_bound(ids.begin(), ids.end(), allocation), allocation);
    m_sums[cell] += ore;
    if (inYears(cell.year)) {
        m_rowTotals[cell.row] += ore;
        m_yearTotals[cell.year] += ore;
        m_total += ore;
    }
}

std::optional<AllocationPivot::Cell> AllocationPivot::subtract(Id allocation)
{
    const auto it = m_entries.constFind(allocation);
    if (it == m_entries.cend())
        return std::nullopt;
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
    if (e.cell.row == NoId)
        --m_unassigned;
    return e.cell;
}

QList<Id> AllocationPivot::allocationsWithin(std::optional<Id> row, std::optional<int> year) const
{
    QList<Id> ids;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Cell &c = it->cell;
        if (inYears(c.year) && (!row || c.row == *row) && (!year || c.year == *year))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end()); // the hash's order differs per process
    return ids;
}

} // namespace horisont
