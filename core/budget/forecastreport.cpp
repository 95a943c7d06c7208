#include "budget/forecastreport.h"

#include "budget/monthlyactuals.h"
#include "plan/plan.h"

#include <QCoreApplication>

#include <limits>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::BudgetReport)
};

Money allocatedIn(const Plan &plan, Id sourceId, int year)
{
    Money sum;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.year == year && (sourceId == NoId || a.sourceId == sourceId))
            sum += a.amount;
    }
    return sum;
}

Money spentIn(const MonthlyActualsIndex &actuals, Id sourceId, int year, int month = 0)
{
    if (sourceId == NoId)
        return actuals.totalIn(year, month);
    return month == 0 ? actuals.spentInYear(BudgetDimension::Source, sourceId, year)
                      : actuals.spent(BudgetDimension::Source, sourceId, year, month);
}
} // namespace

Money runRate(Money spentSoFar, int months)
{
    // × 12 in 128 bits: a ledger near its bound (10^16 kr) times twelve does
    // not fit 64, though the year's run-rate over several months may. What
    // does not fit is refused like every other sum (MoneyOverflow), never wrapped.
    const __int128 scaled = __int128(spentSoFar.ore()) * 12;
    const __int128 half = months / 2;
    const __int128 rate = scaled >= 0 ? (scaled + half) / months : (scaled - half) / months;
    if (rate > std::numeric_limits<qint64>::max() || rate < -std::numeric_limits<qint64>::max())
        throw MoneyOverflow("amount overflow in the run-rate of a forecast");
    return Money::fromOre(qint64(rate));
}

bool ForecastTable::isEmpty(int row, int column) const
{
    const Year &year = years[std::size_t(row)];
    switch (column) {
    case Forecast:
    case ForecastVsAllocated:
        return year.forecastId == NoId;
    case Suggestion:
        return year.basis == ForecastBasis::None;
    case Spent:
        return !year.begun && grid.cell(row, Spent).isZero();
    default:
        return false;
    }
}

std::optional<Money> ForecastTable::total(int column) const
{
    std::optional<Money> sum;
    for (int r = 0; r < grid.rowCount() && r < int(years.size()); ++r) {
        if (!isEmpty(r, column))
            sum = sum.value_or(Money()) + grid.cell(r, column);
    }
    return sum;
}

const Forecast *findForecast(const Plan &plan, Id sourceId, int year)
{
    for (const Forecast &f : plan.all<Forecast>()) {
        if (f.year == year && f.sourceId == sourceId && f.interventionId == NoId && f.organisationId == NoId)
            return &f;
    }
    return nullptr;
}

ForecastTable forecastByYear(const Plan &plan, const MonthlyActualsIndex &actuals, Id sourceId, int firstYear,
                             int lastYear, QDate asOf)
{
    ForecastTable table;
    table.sourceId = sourceId;
    table.grid = MoneyGrid({Tr::tr("Allocated"), Tr::tr("Spent"), Tr::tr("Forecast"), Tr::tr("Run-rate suggestion"),
                            Tr::tr("Allocated − forecast")});
    for (int year = firstYear; year <= lastYear; ++year) {
        ForecastTable::Year info;
        info.year = year;
        const int row = table.grid.addRow(QString::number(year));
        const Money allocated = allocatedIn(plan, sourceId, year);
        const Money spent = spentIn(actuals, sourceId, year);
        table.grid.set(row, ForecastTable::Allocated, allocated);
        table.grid.set(row, ForecastTable::Spent, spent);
        if (const Forecast *f = findForecast(plan, sourceId, year)) {
            info.forecastId = f->id;
            table.grid.set(row, ForecastTable::Forecast, f->amount);
            table.grid.set(row, ForecastTable::ForecastVsAllocated, allocated - f->amount);
        }
        info.begun = year <= asOf.year();
        if (year < asOf.year()) {
            info.basis = ForecastBasis::Actual;
            table.grid.set(row, ForecastTable::Suggestion, spent);
        } else if (year == asOf.year() && asOf.month() > 1) {
            // Only completed months: a month's invoices arrive after it ends.
            const int months = asOf.month() - 1;
            Money soFar;
            for (int m = 1; m <= months; ++m)
                soFar += spentIn(actuals, sourceId, year, m);
            info.basis = ForecastBasis::RunRate;
            table.grid.set(row, ForecastTable::Suggestion, runRate(soFar, months));
        }
        table.years.push_back(info);
    }
    return table;
}

} // namespace horisont
