#pragma once

#include "budget/budgetreport.h"

#include <QDate>
#include <QLocale>

#include <optional>
#include <vector>

class QLocale;

namespace horisont {

class MonthlyActualsIndex;

/// How finely a follow-up splits the budget year (calendar years).
enum class FollowUpGrain { Year, Tertial, Month };

/// One column group of a follow-up: a year, a tertial (Jan–Apr, May–Aug,
/// Sep–Dec) or a month, as months [firstMonth, lastMonth] of `year`.
struct FollowUpPeriod {
    int year = 0;
    int firstMonth = 1;
    int lastMonth = 12;
    QDate start() const { return QDate(year, firstMonth, 1); }
    QDate end() const { return start().addMonths(lastMonth - firstMonth + 1); } ///< exclusive
};

/// "2023", "T2 2023", "Mar 2023" / "mars 2023" in the locale's language.
QString periodLabel(const FollowUpPeriod &period, FollowUpGrain grain, const QLocale &locale);

/// The periods of the years firstYear…lastYear at a grain, in order.
std::vector<FollowUpPeriod> followUpPeriods(FollowUpGrain grain, int firstYear, int lastYear);

/// Budget against actual per period. The grid has one row per source,
/// organisation or intervention with an allocation or spending in the years,
/// and per period three columns — Allocated, Spent, Variance (allocated −
/// spent) — followed by the same three for the whole range ("Total").
///
/// Allocations are made per budget year. A tertial or month is given an
/// even share of its year's allocation (the row's year total split with
/// largest remainder, so the shares add up to the öre): the linear budget
/// a controller compares the months' spending with.
///
/// Given a decided version's plan, the grid also holds, after every group's
/// three, per group: Decided (the version's allocations, shared out the same
/// way) and Current − decided (allocated − decided); rows that only the
/// version allocates to (an item removed since) are kept, so that both
/// columns add up to the version's and the plan's totals.
struct FollowUpGrid {
    enum Measure { Allocated, Spent, Variance, MeasureCount };
    enum DecidedMeasure { Decided, AllocatedMinusDecided, DecidedMeasureCount };
    FollowUpGrain grain = FollowUpGrain::Year;
    std::vector<FollowUpPeriod> periods;
    MoneyGrid grid;
    bool withDecided = false;

    int groupCount() const { return int(periods.size()) + 1; } ///< the periods and the total
    int totalGroup() const { return int(periods.size()); }
    static int column(int group, Measure measure) { return group * MeasureCount + measure; }
    /// Only when withDecided.
    int column(int group, DecidedMeasure measure) const
    {
        return groupCount() * MeasureCount + group * DecidedMeasureCount + measure;
    }
};

/// `locale` names the months in the column titles of a monthly grid.
/// `decided`, when given, is the decided version's plan to compare with.
FollowUpGrid budgetFollowUp(const Plan &plan, const MonthlyActualsIndex &actuals, BudgetDimension rows,
                            FollowUpGrain grain, int firstYear, int lastYear, const QLocale &locale,
                            const Plan *decided = nullptr);

/// Spent as a share of allocated, in per cent, for display and exports only
/// (never stored, never summed). Empty when nothing is allocated.
std::optional<double> percentUsed(Money allocated, Money spent);

} // namespace horisont
