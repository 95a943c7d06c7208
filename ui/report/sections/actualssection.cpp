#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/budgetreport.h"
#include "budget/followupreport.h"
#include "labels/labels.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};

QString percent(PackContext &context, Money allocated, Money spent)
{
    const std::optional<double> p = percentUsed(allocated, spent);
    return p ? context.locale.toString(*p, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

/// The years covered, or every year (also those outside the horizon) when the pack covers the whole horizon.
std::optional<BudgetYears> yearsCovered(const PackContext &context)
{
    return context.wholeHorizon() ? std::nullopt : std::optional(context.years);
}

/// A budget-against-actual grid (columns Allocated, Spent, Variance) as a
/// table with the share used and a totals row; rows without money are left out.
void varianceTable(PackDocument &doc, PackContext &context, const MoneyGrid &grid, const QString &header,
                   bool keepEmptyRows = false)
{
    QList<QStringList> rows;
    for (int r = 0; r < grid.rowCount(); ++r) {
        const Money a = grid.cell(r, 0), s = grid.cell(r, 1);
        if (!keepEmptyRows && a.isZero() && s.isZero())
            continue;
        rows << QStringList{grid.rows()[std::size_t(r)].label, context.money(a), context.money(s),
                            context.money(grid.cell(r, 2)), percent(context, a, s)};
    }
    if (rows.isEmpty()) {
        doc.paragraph(Tr::tr("Nothing is allocated or spent in the years covered."));
        return;
    }
    const Money allocated = grid.columnTotal(0), spent = grid.columnTotal(1);
    rows << QStringList{Tr::tr("Total"), context.money(allocated), context.money(spent),
                        context.money(grid.columnTotal(2)), percent(context, allocated, spent)};
    doc.table({{header, 34},
               {Tr::tr("Allocated"), 18, true},
               {Tr::tr("Spent"), 18, true},
               {Tr::tr("Variance"), 18, true},
               {Tr::tr("Used"), 12, true}},
              rows, true);
}

} // namespace

void actuals(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Actual against budget"));
    doc.paragraph(Tr::tr("Spending booked in the ledger against the allocations of the budget years %1–%2. "
                         "Variance is allocated − spent; a negative variance is spending beyond the budget.")
                      .arg(context.years.first)
                      .arg(context.years.last));
    doc.heading(Tr::tr("Per budget year"), 2);
    varianceTable(doc, context, budgetVsActualPerYear(context.plan, context.actuals(BudgetDimension::Source), context.years),
                  Tr::tr("Year"), true);
    doc.heading(Tr::tr("Per funding source"), 2);
    const std::optional<BudgetYears> years = yearsCovered(context);
    auto grid = [&](BudgetDimension d) { return budgetVsActual(context.plan, context.actuals(d), d, years); };
    varianceTable(doc, context, grid(BudgetDimension::Source), Tr::tr("Funding source"));
    doc.heading(Tr::tr("Per organisation"), 2);
    varianceTable(doc, context, grid(BudgetDimension::Organisation), Labels::kind(EntityKind::Organisation));
    doc.heading(Tr::tr("Per intervention"), 2);
    varianceTable(doc, context, grid(BudgetDimension::Intervention), Labels::kind(EntityKind::Intervention));
}

} // namespace horisont::sections
