#include "budget/chartgrids.h"

#include "budget/budgetcalendar.h"
#include "budget/monthlyactuals.h"
#include "plan/plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::BudgetReport)
};

/// The months a source's chart covers: its valid period, else the budget
/// years it has allocations in and the months it has spending in.
std::pair<QDate, QDate> chartMonths(const Plan &plan, const MonthlyActualsIndex &actuals, const FundingSource &source)
{
    const BudgetCalendar calendar = BudgetCalendar::of(plan.programme());
    BudgetYears years;
    for (const Allocation &a : plan.all<Allocation>())
        if (a.sourceId == source.id) years = years.including(a.year);
    for (int y = actuals.years().first; y <= actuals.years().second; ++y) {
        for (int m = 1; m <= 12; ++m)
            if (!actuals.spent(BudgetDimension::Source, source.id, y, m).isZero())
                years = years.including(calendar.yearOf(QDate(y, m, 1)));
    }
    const QDate from = source.validFrom.isValid() ? QDate(source.validFrom.year(), source.validFrom.month(), 1)
                                                  : calendar.firstDay(years.first);
    const QDate until = source.validUntil.isValid() ? source.validUntil : calendar.endOf(years.last);
    return {from, until};
}
} // namespace

AllocationsAndSpending allocationsAndSpendingByYear(const Plan &plan, const MonthlyActualsIndex &actuals,
                                                    BudgetDimension rows, int firstYear, int lastYear, QDate asOf)
{
    AllocationsAndSpending result;
    result.firstYear = firstYear;
    result.currentYear = BudgetCalendar::of(plan.programme()).yearOf(asOf);
    result.allocations = allocationsByYear(plan, rows, firstYear, lastYear);
    result.spending = MoneyGrid(result.allocations.columns());
    const int row = result.spending.addRow(Tr::tr("Spent"));
    for (int year = firstYear; year <= lastYear; ++year)
        result.spending.set(row, year - firstYear, actuals.totalIn(year));
    return result;
}

CumulativeSpending cumulativeSpending(const Plan &plan, const MonthlyActualsIndex &actuals, Id sourceId)
{
    CumulativeSpending result;
    const FundingSource *source = plan.find<FundingSource>(sourceId);
    if (!source)
        return result;
    const auto [from, until] = chartMonths(plan, actuals, *source);
    if (!from.isValid() || !until.isValid() || until <= from)
        return result;
    QStringList columns;
    for (QDate m = from; m < until; m = m.addMonths(1))
        columns << m.toString(QStringLiteral("yyyy-MM"));
    result.firstMonth = from;
    result.hasCeiling = source->ceiling.has_value();
    result.grid = MoneyGrid(columns);
    result.grid.addRow(Tr::tr("Spent"), EntityKind::FundingSource, sourceId);
    result.grid.addRow(Tr::tr("Cumulative spent"), EntityKind::FundingSource, sourceId);
    result.grid.addRow(Tr::tr("Ceiling"), EntityKind::FundingSource, sourceId);
    Money cumulative;
    int column = 0;
    for (QDate m = from; m < until; m = m.addMonths(1), ++column) {
        const Money spent = actuals.spent(BudgetDimension::Source, sourceId, m.year(), m.month());
        cumulative += spent;
        result.grid.set(CumulativeSpending::Spent, column, spent);
        result.grid.set(CumulativeSpending::Cumulative, column, cumulative);
        result.grid.set(CumulativeSpending::Ceiling, column, source->ceiling.value_or(Money()));
    }
    return result;
}

Money BudgetBySource::ceilingsTotal() const
{
    Money total;
    for (const std::optional<Money> &ceiling : ceilings)
        total += ceiling.value_or(Money());
    return total;
}

BudgetBySource budgetBySource(const Plan &plan, const ActualsIndex &bySource, std::optional<BudgetYears> years)
{
    BudgetBySource result;
    result.grid = budgetVsActual(plan, bySource, BudgetDimension::Source, years);
    for (const MoneyGrid::Row &row : result.grid.rows()) {
        const FundingSource *source = plan.find<FundingSource>(row.id);
        result.ceilings.push_back(source ? source->ceiling : std::nullopt);
    }
    return result;
}

} // namespace horisont
