#pragma once

#include "budget/budgetreport.h"

#include <QDate>

namespace horisont {

class MonthlyActualsIndex;

/// The numbers behind the follow-up charts, as grids like every report.

/// Allocations per year by source or organisation (rows, as
/// allocationsByYear) with what was spent each year beside them.
struct AllocationsAndSpending {
    MoneyGrid allocations; ///< rows: sources or organisations; columns: years
    MoneyGrid spending;    ///< one row, "Spent"; the same columns
    int firstYear = 0;
    int currentYear = 0; ///< the budget year the caller's today falls in
    /// Whether a column has spending to show: a year that has begun, or a
    /// later one that somehow holds spending. A year that has not happened
    /// has spent nothing yet — no point on a chart, no "0 kr" in a table.
    bool spendingShown(int column) const
    {
        return firstYear + column <= currentYear || !spending.cell(0, column).isZero();
    }
};
AllocationsAndSpending allocationsAndSpendingByYear(const Plan &plan, const MonthlyActualsIndex &actuals,
                                                    BudgetDimension rows, int firstYear, int lastYear, QDate asOf);

/// A grant's spending month by month over its valid period (from the month of
/// validFrom to the month before validUntil; a source without dates uses the
/// years of its allocations and spending). Rows: Spent (in the month),
/// Cumulative spent, and Ceiling (every month the same; zero without one).
/// Columns are labelled YYYY-MM.
struct CumulativeSpending {
    enum Row { Spent, Cumulative, Ceiling };
    QDate firstMonth; ///< the first column's month (its first day)
    bool hasCeiling = false;
    MoneyGrid grid;
};
CumulativeSpending cumulativeSpending(const Plan &plan, const MonthlyActualsIndex &actuals, Id sourceId);

/// Budget against actual per funding source with each source's ceiling: the
/// numbers of the pack's budget table and of the budget chart, which the
/// window and the PDF draw with one painter.
struct BudgetBySource {
    MoneyGrid grid; ///< budgetVsActual by source: Allocated, Spent, Variance
    std::vector<std::optional<Money>> ceilings; ///< per row; none for a source without a ceiling
    Money ceilingsTotal() const;
};
/// Over a run of budget years, or every year when `years` is empty.
BudgetBySource budgetBySource(const Plan &plan, const ActualsIndex &bySource,
                              std::optional<BudgetYears> years = std::nullopt);

} // namespace horisont
