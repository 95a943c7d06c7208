#include "budget/followupreport.h"

#include <QSet>

#include "budget/monthlyactuals.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::BudgetReport)
};


/// A period's even share of its year's allocation: the year split over its
/// tertials or months with largest remainder, so the shares sum exactly.
Money shareOfYear(Money yearAmount, FollowUpGrain grain, const FollowUpPeriod &period)
{
    switch (grain) {
    case FollowUpGrain::Year:
        break;
    case FollowUpGrain::Tertial:
        return yearAmount.allocate({1, 1, 1})[std::size_t((period.firstMonth - 1) / 4)];
    case FollowUpGrain::Month:
        return yearAmount.allocate(std::vector<qint64>(12, 1))[std::size_t(period.firstMonth - 1)];
    }
    return yearAmount;
}
} // namespace

QString periodLabel(const FollowUpPeriod &period, FollowUpGrain grain, const QLocale &locale)
{
    switch (grain) {
    case FollowUpGrain::Year:
        break;
    case FollowUpGrain::Tertial:
        return Tr::tr("T%1 %2").arg((period.firstMonth - 1) / 4 + 1).arg(period.year);
    case FollowUpGrain::Month:
        return locale.standaloneMonthName(period.firstMonth, QLocale::ShortFormat) + QLatin1Char(' ')
               + QString::number(period.year);
    }
    return QString::number(period.year);
}

std::vector<FollowUpPeriod> followUpPeriods(FollowUpGrain grain, int firstYear, int lastYear)
{
    const int months = grain == FollowUpGrain::Year ? 12 : grain == FollowUpGrain::Tertial ? 4 : 1;
    std::vector<FollowUpPeriod> periods;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (int first = 1; first <= 12; first += months)
            periods.push_back({year, first, first + months - 1});
    }
    return periods;
}

FollowUpGrid budgetFollowUp(const Plan &plan, const MonthlyActualsIndex &actuals, BudgetDimension rows,
                            FollowUpGrain grain, int firstYear, int lastYear, const QLocale &locale)
{
    FollowUpGrid result;
    result.grain = grain;
    result.periods = followUpPeriods(grain, firstYear, lastYear);
    const int years = std::max(0, lastYear - firstYear + 1);

    QStringList columns;
    const QString measures[FollowUpGrid::MeasureCount] = {Tr::tr("Allocated"), Tr::tr("Spent"), Tr::tr("Variance")};
    for (int g = 0; g < result.groupCount(); ++g) {
        const QString period = g == result.totalGroup() ? Tr::tr("Total")
                                                         : periodLabel(result.periods[std::size_t(g)], grain, locale);
        for (const QString &measure : measures)
            columns << QStringLiteral("%1 %2").arg(measure, period);
    }
    result.grid = MoneyGrid(columns);

    // Allocated per row and year, from memory.
    QHash<Id, std::vector<Money>> allocated;
    QSet<Id> used;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.year < firstYear || a.year > lastYear)
            continue;
        std::vector<Money> &perYear = allocated[dimensionOf(a, rows)];
        perYear.resize(std::size_t(years));
        perYear[std::size_t(a.year - firstYear)] += a.amount;
        used.insert(dimensionOf(a, rows));
    }
    // Rows with spending but no allocation matter most to a controller.
    const QHash<Id, qint64> &spenders = actuals.idsWithSpending(rows);
    for (auto it = spenders.begin(); it != spenders.end(); ++it) {
        if (used.contains(it.key()))
            continue;
        for (int year = firstYear; year <= lastYear; ++year) {
            if (!actuals.spentInYear(rows, it.key(), year).isZero()) {
                used.insert(it.key());
                break;
            }
        }
    }

    const EntityKind kind = kindOfDimension(rows);
    const int total = result.totalGroup();
    for (Id id : rowsInPlanOrder(plan, rows, used)) {
        const int row = result.grid.addRow(labelOf(plan, rows, id), kind, id);
        const auto found = allocated.constFind(id);
        Money allocatedSum, spentSum;
        for (std::size_t p = 0; p < result.periods.size(); ++p) {
            const FollowUpPeriod &period = result.periods[p];
            const Money yearAmount = found == allocated.cend() ? Money() : found->at(std::size_t(period.year - firstYear));
            const Money budget = yearAmount.isZero() ? Money() : shareOfYear(yearAmount, grain, period);
            Money spent;
            if (grain == FollowUpGrain::Year) {
                spent = actuals.spentInYear(rows, id, period.year);
            } else {
                for (int m = period.firstMonth; m <= period.lastMonth; ++m)
                    spent += actuals.spent(rows, id, period.year, m);
            }
            const int group = int(p);
            result.grid.set(row, FollowUpGrid::column(group, FollowUpGrid::Allocated), budget);
            result.grid.set(row, FollowUpGrid::column(group, FollowUpGrid::Spent), spent);
            result.grid.set(row, FollowUpGrid::column(group, FollowUpGrid::Variance), budget - spent);
            allocatedSum += budget;
            spentSum += spent;
        }
        result.grid.set(row, FollowUpGrid::column(total, FollowUpGrid::Allocated), allocatedSum);
        result.grid.set(row, FollowUpGrid::column(total, FollowUpGrid::Spent), spentSum);
        result.grid.set(row, FollowUpGrid::column(total, FollowUpGrid::Variance), allocatedSum - spentSum);
    }
    return result;
}

std::optional<double> percentUsed(Money allocated, Money spent)
{
    if (allocated.ore() <= 0)
        return std::nullopt;
    return 100.0 * double(spent.ore()) / double(allocated.ore());
}

} // namespace horisont
