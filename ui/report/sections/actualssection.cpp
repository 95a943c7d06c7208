#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/budgetreport.h"
#include "budget/followupreport.h"
#include "labels/labels.h"

#include <QCoreApplication>
#include <QHash>

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

/// Budget against actual of the years covered, one row per source,
/// organisation or intervention, with variance and share used and a totals row.
void varianceTable(PackDocument &doc, PackContext &context, BudgetDimension dimension, const QString &header)
{
    const ActualsIndex &index = context.actuals(dimension);
    QList<Id> order;
    QHash<Id, std::pair<QString, std::pair<Money, Money>>> byRow;
    auto add = [&](const MoneyGrid &grid) {
        for (const MoneyGrid::Row &r : grid.rows()) {
            auto it = byRow.find(r.id);
            if (it == byRow.end()) {
                order << r.id;
                it = byRow.insert(r.id, {r.label, {}});
            }
            it->second.first += r.cells[0];
            it->second.second += r.cells[1];
        }
    };
    if (context.wholeHorizon()) {
        add(budgetVsActual(context.plan, index, dimension));
    } else {
        for (int year = context.from.year(); year <= context.to.year(); ++year)
            add(budgetVsActual(context.plan, index, dimension, year));
    }
    QList<QStringList> rows;
    Money allocated, spent;
    for (Id id : order) {
        const auto &[label, amounts] = byRow[id];
        const auto &[a, s] = amounts;
        if (a == Money() && s == Money())
            continue;
        allocated += a;
        spent += s;
        rows << QStringList{label, context.money(a), context.money(s), context.money(a - s), percent(context, a, s)};
    }
    if (rows.isEmpty()) {
        doc.paragraph(Tr::tr("Nothing is allocated or spent in the years covered."));
        return;
    }
    rows << QStringList{Tr::tr("Total"), context.money(allocated), context.money(spent), context.money(allocated - spent),
                        percent(context, allocated, spent)};
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
                      .arg(context.from.year())
                      .arg(context.to.year()));
    // Per year, for the whole programme.
    const ActualsIndex &bySource = context.actuals(BudgetDimension::Source);
    QList<QStringList> years;
    Money allocated, spent;
    for (int year = context.from.year(); year <= context.to.year(); ++year) {
        const MoneyGrid grid = budgetVsActual(context.plan, bySource, BudgetDimension::Source, year);
        const Money a = grid.columnTotal(0), s = grid.columnTotal(1);
        allocated += a;
        spent += s;
        years << QStringList{QString::number(year), context.money(a), context.money(s), context.money(a - s),
                             percent(context, a, s)};
    }
    years << QStringList{Tr::tr("Total"), context.money(allocated), context.money(spent),
                         context.money(allocated - spent), percent(context, allocated, spent)};
    doc.heading(Tr::tr("Per budget year"), 2);
    doc.table({{Tr::tr("Year"), 34},
               {Tr::tr("Allocated"), 18, true},
               {Tr::tr("Spent"), 18, true},
               {Tr::tr("Variance"), 18, true},
               {Tr::tr("Used"), 12, true}},
              years, true);
    doc.heading(Tr::tr("Per funding source"), 2);
    varianceTable(doc, context, BudgetDimension::Source, Tr::tr("Funding source"));
    doc.heading(Tr::tr("Per organisation"), 2);
    varianceTable(doc, context, BudgetDimension::Organisation, Labels::kind(EntityKind::Organisation));
    doc.heading(Tr::tr("Per intervention"), 2);
    varianceTable(doc, context, BudgetDimension::Intervention, Labels::kind(EntityKind::Intervention));
}

} // namespace horisont::sections
