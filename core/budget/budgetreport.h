#pragma once

#include "budget/budgetcalendar.h"
#include "budget/moneygrid.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace horisont {

class MonthlyActualsIndex;
class Plan;
class SqliteStore;
struct Allocation;

/// The dimension a budget grid is broken down by.
enum class BudgetDimension { Source, Organisation, Intervention };

/// The id an allocation is counted under in a dimension (NoId: not assigned).
Id dimensionOf(const Allocation &allocation, BudgetDimension dimension);
/// The kind of entity a dimension's rows are about.
EntityKind kindOfDimension(BudgetDimension dimension);
/// A row's label: the entity's name (an intervention's code and name),
/// "(not assigned)" for NoId, or "(unknown, id N)" for an id the plan lacks.
QString labelOf(const Plan &plan, BudgetDimension dimension, Id id);
/// The ids of `used` in the plan's order of the dimension's entities, then
/// those the plan does not hold, the unassigned row (NoId) last: every budget
/// grid lists its rows this way.
std::vector<Id> rowsInPlanOrder(const Plan &plan, BudgetDimension dimension, const QSet<Id> &used);

/// Spending from the ledger summed per (dimension id, year), read with one
/// SQL aggregate; kept by the caller and refreshed only after imports.
class ActualsIndex
{
public:
    static ActualsIndex load(SqliteStore &store, BudgetDimension dimension);
    /// The same sums taken from a monthly index already read, so that whoever
    /// holds one (a PDF pack, the follow-up views) needs no second pass over
    /// the ledger. Equal to load() for ledgers whose dates are valid ISO days.
    static ActualsIndex fromMonthly(const MonthlyActualsIndex &monthly, BudgetDimension dimension);
    Money spent(Id id, int year) const { return Money::fromOre(m_ore.value(key(id, year))); }
    Money spentInYear(int year) const { return Money::fromOre(m_byYear.value(year)); }
    Money spentInAllYears(Id id) const { return Money::fromOre(m_byId.value(id)); }
    /// Every id with spending (NoId for the unassigned rows), in no order.
    QList<Id> ids() const { return m_byId.keys(); }

private:
    static qint64 key(Id id, int year) { return id * 10000 + year; }
    QHash<qint64, qint64> m_ore;
    QHash<int, qint64> m_byYear;
    QHash<Id, qint64> m_byId;
};

/// Allocations per year: one row per source, organisation or intervention
/// (those with any allocation), one column per budget year from `firstYear`
/// to `lastYear`. Optionally only one funding source.
MoneyGrid allocationsByYear(const Plan &plan, BudgetDimension rows, int firstYear, int lastYear,
                            std::optional<Id> source = std::nullopt);

/// Budget against actual over a run of budget years (every year, also those
/// outside the horizon, when `years` is empty): one row per source,
/// organisation or intervention with money or spending in them, columns
/// Allocated, Spent, Variance (allocated − spent).
MoneyGrid budgetVsActual(const Plan &plan, const ActualsIndex &actuals, BudgetDimension rows,
                         std::optional<BudgetYears> years = std::nullopt);
/// The same for one year.
MoneyGrid budgetVsActual(const Plan &plan, const ActualsIndex &actuals, BudgetDimension rows, int year);
/// Budget against actual of the whole programme year by year: one row per
/// year of `years` (labelled with the year), the same columns.
MoneyGrid budgetVsActualPerYear(const Plan &plan, const ActualsIndex &bySource, BudgetYears years);

} // namespace horisont
