#pragma once

#include "budget/budgetreport.h"

#include <QDate>
#include <QHash>

#include <array>
#include <atomic>
#include <optional>
#include <utility>

namespace horisont {

class SqliteStore;

/// Spending from the ledger summed per month for every dimension at once
/// (source, organisation, intervention), read with one SQL aggregate. The
/// follow-up views keep one and re-read it only after an import: an edit of
/// an allocation never goes back to SQL.
class MonthlyActualsIndex
{
public:
    static MonthlyActualsIndex load(SqliteStore &store);
    /// Reads the index through a read-only connection of its own to the plan
    /// file at `path`, so that it can run on a worker thread while the
    /// document's connection stays with the GUI (one aggregate over a million
    /// rows takes seconds). Stops early, returning nullopt, once `cancel`
    /// turns true; returns nullopt with *error set when the file cannot be read.
    static std::optional<MonthlyActualsIndex> loadFile(const QString &path, const std::atomic_bool *cancel,
                                                       QString *error);

    /// Spent on one row (NoId: not assigned) in one month (1–12).
    Money spent(BudgetDimension dimension, Id id, int year, int month) const
    {
        return Money::fromOre(table(dimension).value(key(id, year, month)));
    }
    /// Spent on one row in a whole calendar year.
    Money spentInYear(BudgetDimension dimension, Id id, int year) const
    {
        return Money::fromOre(table(dimension).value(key(id, year, 0)));
    }
    /// Spent on one row in every year.
    Money spentInAllYears(BudgetDimension dimension, Id id) const
    {
        return Money::fromOre(m_allYears[index(dimension)].value(id));
    }
    /// Spent on anything in a month (1–12), or in the whole year with month 0.
    Money totalIn(int year, int month = 0) const { return Money::fromOre(m_total.value(key(0, year, month))); }
    /// Ids that have spending in this dimension (NoId for the unassigned rows).
    const QHash<Id, qint64> &idsWithSpending(BudgetDimension dimension) const { return m_allYears[index(dimension)]; }
    /// The first and last years with any spending; {0, -1} when the ledger is empty.
    std::pair<int, int> years() const
    {
        return hasSpending() ? std::pair{m_firstMonth / 12, m_lastMonth / 12} : std::pair{0, -1};
    }
    bool hasSpending() const { return m_firstMonth <= m_lastMonth; }
    /// The first days of the first and last months with any spending; invalid when the ledger is empty.
    QDate firstMonth() const { return hasSpending() ? QDate(m_firstMonth / 12, m_firstMonth % 12 + 1, 1) : QDate(); }
    QDate lastMonth() const { return hasSpending() ? QDate(m_lastMonth / 12, m_lastMonth % 12 + 1, 1) : QDate(); }

private:
    static bool read(SqliteStore &store, const std::atomic_bool *cancel, MonthlyActualsIndex *result, QString *error);
    static int index(BudgetDimension d) { return int(d); }
    // Month 0 holds the year's sum, so that a year is one lookup.
    static qint64 key(Id id, int year, int month) { return (qint64(id) * 10000 + year) * 13 + month; }
    const QHash<qint64, qint64> &table(BudgetDimension d) const { return m_months[index(d)]; }

    std::array<QHash<qint64, qint64>, 3> m_months;
    std::array<QHash<Id, qint64>, 3> m_allYears;
    QHash<qint64, qint64> m_total;
    int m_firstMonth = 0; ///< year × 12 + month − 1
    int m_lastMonth = -1;
};

} // namespace horisont
