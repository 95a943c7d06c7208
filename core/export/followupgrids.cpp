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

ExportTable followUpPerYear(GridSource &source, BudgetDimension rows, const QString &header)
{
    const MonthlyActualsIndex &actuals = source.monthlyActuals();
    // The plan's years widened to every year with spending, so that the
    // totals hold every transaction.
    const BudgetYears years = BudgetCalendar::planYears(
        source.plan(), {.allocations = true, .firstSpending = actuals.firstMonth(), .lastSpending = actuals.lastMonth()});
    const FollowUpGrid f = budgetFollowUp(source.plan(), actuals, rows, FollowUpGrain::Year, years.first, years.last,
                                            QLocale::c()); // year titles: digits only
    // The whole range first (what a reader looks for), then year by year.
    QStringList columns;
    std::vector<int> order;
    for (int g : {f.totalGroup()})
        for (int m = 0; m < FollowUpGrid::MeasureCount; ++m) order.push_back(FollowUpGrid::column(g, FollowUpGrid::Measure(m)));
    for (int g = 0; g < f.totalGroup(); ++g)
        for (int m = 0; m < FollowUpGrid::MeasureCount; ++m) order.push_back(FollowUpGrid::column(g, FollowUpGrid::Measure(m)));
    for (int c : order)
        columns << f.grid.columns().at(c);
    MoneyGrid grid(columns);
    for (int r = 0; r < f.grid.rowCount(); ++r) {
        const MoneyGrid::Row &row = f.grid.rows()[std::size_t(r)];
        const int to = grid.addRow(row.label, row.kind, row.id);
        for (int c = 0; c < int(order.size()); ++c)
            grid.set(to, c, f.grid.cell(r, order[std::size_t(c)]));
    }
    return tableFromGrid(grid, header, TotalsColumn::No);
}
} // namespace

ExportTable grantStateTable(GridSource &source)
{
    // The months left are not money and depend on the day; the export holds the amounts.
    const GrantStates states = grantStates(source.plan(), source.monthlyActuals(), QDate());
    ExportTable table = tableFromGrid(states.grid, Tr::tr("Funding source"), TotalsColumn::No);
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

ExportTable followUpPerYearBySource(GridSource &source)
{
    return followUpPerYear(source, BudgetDimension::Source, Tr::tr("Funding source"));
}

ExportTable followUpPerYearByOrganisation(GridSource &source)
{
    return followUpPerYear(source, BudgetDimension::Organisation, Tr::tr("Organisation"));
}

ExportTable followUpPerYearByIntervention(GridSource &source)
{
    return followUpPerYear(source, BudgetDimension::Intervention, Tr::tr("Intervention"));
}

} // namespace horisont
