#pragma once

#include <QDate>

namespace horisont {

class Plan;
struct FundingSource;
struct Programme;

/// A run of budget years, first to last inclusive; empty when last < first.
struct BudgetYears {
    int first = 0;
    int last = -1;

    bool isEmpty() const { return last < first; }
    int count() const { return isEmpty() ? 0 : last - first + 1; }
    bool contains(int year) const { return !isEmpty() && year >= first && year <= last; }
    /// The years widened to hold `year`.
    BudgetYears including(int year) const
    {
        return isEmpty() ? BudgetYears{year, year} : BudgetYears{year < first ? year : first, year > last ? year : last};
    }
    BudgetYears including(const BudgetYears &other) const
    {
        return other.isEmpty() ? *this : including(other.first).including(other.last);
    }
    bool operator==(const BudgetYears &) const = default;
};

/// What may widen the plan's years beyond its horizon (see BudgetCalendar::planYears).
struct BudgetYearsOptions {
    /// Widen to every allocation's year, so that no allocated krona falls outside the columns.
    bool allocations = false;
    /// Widen to the budget years of the first and last days with spending (a
    /// day in the first and in the last month will do; invalid: no spending).
    QDate firstSpending{};
    QDate lastSpending{};
    /// The caller's today (core never reads the clock): its budget year when
    /// nothing else gives a year, so that an empty plan still has one.
    QDate today{};
};

/// The programme's fiscal calendar: budget year N runs from the first day of
/// the fiscal start month in calendar year N to the day before that month in
/// N + 1 (with a start in January the budget years are the calendar years).
/// The one definition of "the plan's years" that the allocation grid, the
/// follow-up view, the spreadsheet exports and the PDF packs use.
class BudgetCalendar
{
public:
    /// `fiscalStartMonth` outside 1–12 (a damaged or old file) means January.
    explicit BudgetCalendar(int fiscalStartMonth = 1);
    static BudgetCalendar of(const Programme &programme);

    int startMonth() const { return m_startMonth; }
    /// The budget year a day falls in, named by the calendar year it starts in.
    int yearOf(QDate day) const;
    /// The first day of a budget year.
    QDate firstDay(int year) const;
    /// The day after the last day of a budget year (half-open).
    QDate endOf(int year) const { return firstDay(year + 1); }
    /// The budget years that [start, exclusiveEnd) touches; empty for an invalid or empty period.
    BudgetYears yearsOf(QDate start, QDate exclusiveEnd) const;
    /// The budget years of the programme's horizon.
    BudgetYears horizonYears(const Programme &programme) const;

    /// Whether a funding source may fund budget year `year`: the year shares
    /// at least one day with the source's valid period [validFrom, validUntil)
    /// (an open end limits nothing on its side). The one rule the spread
    /// helper offers years by and the budget check warns by.
    bool mayFund(const FundingSource &source, int year) const;
    /// The budget years among `within` that `source` may fund (see mayFund);
    /// empty when it funds none of them.
    BudgetYears fundableYears(const FundingSource &source, const BudgetYears &within) const;

    /// The plan's budget years: those of the horizon, widened as `options` says.
    /// Years no date can have (an allocation of a damaged file) never widen.
    static BudgetYears planYears(const Plan &plan, const BudgetYearsOptions &options = {});

private:
    int m_startMonth = 1;
};

} // namespace horisont
