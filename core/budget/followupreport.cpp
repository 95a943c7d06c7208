#include "budget/followupreport.h"

#include "budget/monthlyactuals.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

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

/// Per row id, the amounts allocated in each of the years firstYear….
using AmountsPerYear = QHash<Id, std::vector<Money>>;

AmountsPerYear allocatedPerYear(const Plan &plan, BudgetDimension rows, int firstYear, int lastYear)
{
    AmountsPerYear allocated;
    const int years = std::max(0, lastYear - firstYear + 1);
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.year < firstYear || a.year > lastYear)
            continue;
        std::vector<Money> &perYear = allocated[dimensionOf(a, rows)];
        perYear.resize(std::size_t(years));
        perYear[std::size_t(a.year - firstYear)] += a.amount;
    }
    return allocated;
}

/// The period's budget of a row: its share of the year's allocation.
Money budgetIn(const AmountsPerYear &allocated, Id id, FollowUpGrain grain, const FollowUpPeriod &period, int firstYear)
{
    const auto found = allocated.constFind(id);
    const Money yearAmount = found == allocated.cend() ? Money() : found->at(std::size_t(period.year - firstYear));
    return yearAmount.isZero() ? Money() : shareOfYear(yearAmount, grain, period);
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
                            FollowUpGrain grain, int firstYear, int lastYear, const QLocale &locale,
                            const Plan *decided)
{
    FollowUpGrid result;
    result.grain = grain;
    result.periods = followUpPeriods(grain, firstYear, lastYear);
    result.withDecided = decided != nullptr;

    const auto groupTitle = [&](int g) {
        return g == result.totalGroup() ? Tr::tr("Total") : periodLabel(result.periods[std::size_t(g)], grain, locale);
    };
    QStringList columns;
    const QString measures[FollowUpGrid::MeasureCount] = {Tr::tr("Allocated"), Tr::tr("Spent"), Tr::tr("Variance")};
    for (int g = 0; g < result.groupCount(); ++g) {
        for (const QString &measure : measures)
            columns << QStringLiteral("%1 %2").arg(measure, groupTitle(g));
    }
    if (decided) {
        const QString decidedMeasures[FollowUpGrid::DecidedMeasureCount] = {Tr::tr("Decided"),
                                                                            Tr::tr("Allocated − decided")};
        for (int g = 0; g < result.groupCount(); ++g) {
            for (const QString &measure : decidedMeasures)
                columns << QStringLiteral("%1 %2").arg(measure, groupTitle(g));
        }
    }
    result.grid = MoneyGrid(columns);

    const AmountsPerYear allocated = allocatedPerYear(plan, rows, firstYear, lastYear);
    const AmountsPerYear decidedAllocated =
        decided ? allocatedPerYear(*decided, rows, firstYear, lastYear) : AmountsPerYear();
    QSet<Id> used;
    for (auto it = allocated.begin(); it != allocated.end(); ++it)
        used.insert(it.key());
    for (auto it = decidedAllocated.begin(); it != decidedAllocated.end(); ++it)
        used.insert(it.key());
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
        // An item the decided version allocates to and the plan no longer holds.
        const bool onlyDecided = decided && !plan.contains(kind, id) && decided->contains(kind, id);
        const QString label = onlyDecided ? Tr::tr("%1 (not in the plan)").arg(labelOf(*decided, rows, id))
                                          : labelOf(plan, rows, id);
        const int row = result.grid.addRow(label, kind, id);
        Money allocatedSum, spentSum, decidedSum;
        for (std::size_t p = 0; p < result.periods.size(); ++p) {
            const FollowUpPeriod &period = result.periods[p];
            const Money budget = budgetIn(allocated, id, grain, period, firstYear);
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
            if (decided) {
                const Money decidedBudget = budgetIn(decidedAllocated, id, grain, period, firstYear);
                result.grid.set(row, result.column(group, FollowUpGrid::Decided), decidedBudget);
                result.grid.set(row, result.column(group, FollowUpGrid::AllocatedMinusDecided), budget - decidedBudget);
                decidedSum += decidedBudget;
            }
        }
        result.grid.set(row, FollowUpGrid::column(total, FollowUpGrid::Allocated), allocatedSum);
        result.grid.set(row, FollowUpGrid::column(total, FollowUpGrid::Spent), spentSum);
        result.grid.set(row, FollowUpGrid::column(total, FollowUpGrid::Variance), allocatedSum - spentSum);
        if (decided) {
            result.grid.set(row, result.column(total, FollowUpGrid::Decided), decidedSum);
            result.grid.set(row, result.column(total, FollowUpGrid::AllocatedMinusDecided), allocatedSum - decidedSum);
        }
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
