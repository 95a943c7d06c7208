#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>

#include <optional>

namespace horisont {

/// The sums behind the allocation grid, kept current one allocation at a
/// time: each cell (row entity, budget year) with the allocations in it,
/// the total of each row and each year, and the grand total. Rows and years
/// are whatever the caller says an allocation belongs to; the row NoId is
/// "not assigned". Allocations outside the years of the horizon keep their
/// cell but count in no total, like the grid's columns.
class AllocationPivot
{
public:
    struct Cell {
        Id row;
        int year;
        bool operator==(const Cell &) const = default;
        friend size_t qHash(const Cell &c, size_t seed = 0) { return qHashMulti(seed, c.row, c.year); }
    };

    /// Forgets every allocation and counts from now on in these years.
    void clear(int firstYear, int lastYear);
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool inYears(int year) const { return year >= m_firstYear && year <= m_lastYear; }

    void add(Id allocation, const Cell &cell, qint64 ore);
    /// The cell the allocation was in; nothing when it was not counted.
    std::optional<Cell> subtract(Id allocation);

    bool holds(const Cell &cell) const { return m_cells.contains(cell); }
    QList<Id> allocationsIn(const Cell &cell) const { return m_cells.value(cell); }
    /// The in-horizon allocations of `row` (every row when nullopt) in
    /// `year` (every year when nullopt): what a total adds up.
    QList<Id> allocationsWithin(std::optional<Id> row, std::optional<int> year) const;

    qint64 sum(const Cell &cell) const { return m_sums.value(cell); }
    qint64 rowTotal(Id row) const { return m_rowTotals.value(row); }
    qint64 yearTotal(int year) const { return m_yearTotals.value(year); }
    qint64 total() const { return m_total; }
    /// How many allocations sit in the "not assigned" row.
    int unassignedCount() const { return m_unassigned; }

private:
    struct Entry {
        Cell cell;
        qint64 ore;
    };

    int m_firstYear = 0;
    int m_lastYear = -1;
    QHash<Id, Entry> m_entries; ///< allocation -> its cell and amount
    QHash<Cell, QList<Id>> m_cells;
    QHash<Cell, qint64> m_sums;
    QHash<Id, qint64> m_rowTotals; ///< in-horizon years only
    QHash<int, qint64> m_yearTotals;
    qint64 m_total = 0;
    int m_unassigned = 0;
};

} // namespace horisont
