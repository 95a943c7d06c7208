#include "budget/chartgrids.h"

#include "budget/monthlyactuals.h"
#include "plan/plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::BudgetReport)
};

/// The months a source's chart covers: its valid period, else the years it
/// has allocations or spending in.
std::pair<QDate, QDate> chartMonths(const Plan &plan, const MonthlyActualsIndex &actuals, const FundingSource &source)
{
    int first = 0, last = -1;
    auto widen = [&](int year) {
        first = last < first ? year : std::min(first, year);
        last = std::max(last, year);
    };
    for (const Allocation &a : plan.all<Allocation>())
        if (a.sourceId == source.id) widen(a.year);
    for (int y = actuals.years().first; y <= actuals.years().second; ++y)
        if (!actuals.spentInYear(BudgetDimension::Source, source.id, y).isZero()) widen(y);
    QDate from = source.validFrom.isValid() ? QDate(source.validFrom.year(), source.validFrom.month(), 1)
                                            : QDate(first, 1, 1);
    QDate until = source.validUntil.isValid() ? source.validUntil : QDate(last + 1, 1, 1);
    return {from, until};
}
} // namespace

AllocationsAndSpending allocationsAndSpendingByYear(const Plan &plan, const MonthlyActualsIndex &actuals,
                                                    BudgetDimension rows, int firstYear, int lastYear)
{
    AllocationsAndSpending result;
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

} // namespace horisont
