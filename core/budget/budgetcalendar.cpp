#include "budget/budgetcalendar.h"

#include "model/funding.h"
#include "plan/plan.h"

#include <algorithm>
#include <limits>

namespace horisont {
namespace {
bool isDateYear(int year)
{
    return year >= 1 && year <= 9999;
}
} // namespace

BudgetCalendar::BudgetCalendar(int fiscalStartMonth)
    : m_startMonth(fiscalStartMonth >= 1 && fiscalStartMonth <= 12 ? fiscalStartMonth : 1)
{
}

BudgetCalendar BudgetCalendar::of(const Programme &programme)
{
    return BudgetCalendar(programme.fiscalYearStartMonth);
}

int BudgetCalendar::yearOf(QDate day) const
{
    return day.month() >= m_startMonth ? day.year() : day.year() - 1;
}

QDate BudgetCalendar::firstDay(int year) const
{
    return QDate(year, m_startMonth, 1);
}

BudgetYears BudgetCalendar::yearsOf(QDate start, QDate exclusiveEnd) const
{
    if (!start.isValid() || !exclusiveEnd.isValid() || exclusiveEnd <= start)
        return {};
    return {yearOf(start), yearOf(exclusiveEnd.addDays(-1))};
}

bool BudgetCalendar::mayFund(const FundingSource &source, int year) const
{
    const BudgetYears all{std::numeric_limits<int>::min(), std::numeric_limits<int>::max()};
    return fundableYears(source, all).contains(year);
}

BudgetYears BudgetCalendar::fundableYears(const FundingSource &source, const BudgetYears &within) const
{
    if (within.isEmpty())
        return {};
    const bool from = source.validFrom.isValid();
    const bool until = source.validUntil.isValid();
    if (from && until && source.validUntil <= source.validFrom)
        return {}; // a period of no day funds no year
    const int first = from ? yearOf(source.validFrom) : within.first;
    const int last = until ? yearOf(source.validUntil.addDays(-1)) : within.last;
    return {std::max(first, within.first), std::min(last, within.last)};
}

BudgetYears BudgetCalendar::horizonYears(const Programme &programme) const
{
    return yearsOf(programme.start, programme.horizonEnd);
}

BudgetYears BudgetCalendar::planYears(const Plan &plan, const BudgetYearsOptions &options)
{
    const Programme &programme = plan.programme();
    const BudgetCalendar calendar = of(programme);
    BudgetYears years = calendar.horizonYears(programme);
    if (options.allocations) {
        for (const Allocation &a : plan.all<Allocation>()) {
            // A year no date can have would make millions of columns: such an
            // allocation counts in the totals, which sum every year, and in no column.
            if (isDateYear(a.year))
                years = years.including(a.year);
        }
    }
    if (options.firstSpending.isValid() && options.lastSpending.isValid())
        years = years.including(calendar.yearsOf(options.firstSpending, options.lastSpending.addDays(1)));
    if (years.isEmpty() && options.today.isValid())
        years = years.including(calendar.yearOf(options.today));
    return years;
}

} // namespace horisont
