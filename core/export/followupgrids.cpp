#include "export/followupgrids.h"

#include "budget/budgetcalendar.h"
#include "budget/followupreport.h"
#include "budget/grantstate.h"
#include "budget/monthlyactuals.h"
#include "export/exportgrids.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ExportGrids)
};
} // namespace

QString rowHeader(BudgetDimension rows)
{
    switch (rows) {
    case BudgetDimension::Source:
        return Tr::tr("Funding source");
    case BudgetDimension::Organisation:
        return Tr::tr("Organisation");
    case BudgetDimension::Intervention:
        break;
    }
    return Tr::tr("Intervention");
}

ExportTable followUpTable(GridSource &source, BudgetDimension rows, FollowUpGrain grain)
{
    const MonthlyActualsIndex &actuals = source.monthlyActuals();
    // The plan's years widened to every year with spending, so that the
    // totals hold every transaction.
    const BudgetYears years = BudgetCalendar::planYears(
        source.plan(), {.allocations = true, .firstSpending = actuals.firstMonth(), .lastSpending = actuals.lastMonth()});
    const FollowUpGrid f = budgetFollowUp(source.plan(), actuals, rows, grain, years.first, years.last,
                                          QLocale::c()); // period titles: digits only
    // As the window shows it: period by period, the whole range last, the totals row last.
    return tableFromGrid(f.grid, rowHeader(rows), TotalsColumn::No);
}

ExportTable grantStateTable(GridSource &source)
{
    // The months left are not money and depend on the day; the export holds the amounts.
    const GrantStates states = grantStates(source.plan(), source.monthlyActuals(), QDate());
    ExportTable table = tableFromGrid(states.grid, rowHeader(BudgetDimension::Source), TotalsColumn::No);
    // Like the view: grants and ceiling-less budgets are not summed.
    table.rows.pop_back();
    table.totalsRow = false;
    for (std::size_t r = 0; r < states.sources.size() && r < table.rows.size(); ++r) {
        if (states.sources[r].hasCeiling)
            continue;
        for (int column : {GrantStates::Ceiling, GrantStates::LeftAfterSpent, GrantStates::LeftAfterAllocated})
            table.rows[r][std::size_t(column + 1)] = std::monostate();
    }
    return table;
}

} // namespace horisont
