#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "plan/plan.h"
#include "report/budgetchartobject.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// Budget against actual per funding source in the years covered: a table
/// and the same numbers as a bar chart.
void budget(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    doc.heading(Tr::tr("Budget and actual per funding source"));
    const ActualsIndex &actuals = context.actuals(BudgetDimension::Source);
    QMap<Id, std::pair<QString, std::pair<Money, Money>>> bySource;
    QList<Id> order;
    auto addGrid = [&](const MoneyGrid &grid) {
        for (const MoneyGrid::Row &r : grid.rows()) {
            if (!bySource.contains(r.id)) {
                order << r.id;
                bySource[r.id].first = r.label;
            }
            bySource[r.id].second.first += r.cells[0];
            bySource[r.id].second.second += r.cells[1];
        }
    };
    if (context.wholeHorizon()) {
        addGrid(budgetVsActual(plan, actuals, BudgetDimension::Source));
        doc.paragraph(Tr::tr("All budget years of the programme."));
    } else {
        for (int year = context.from.year(); year <= context.to.year(); ++year)
            addGrid(budgetVsActual(plan, actuals, BudgetDimension::Source, year));
        doc.paragraph(Tr::tr("Budget years %1–%2.").arg(context.from.year()).arg(context.to.year()));
    }
    QList<QStringList> rows;
    Money ceilings, allocated, spent;
    for (Id id : order) {
        const FundingSource *source = plan.find<FundingSource>(id);
        const auto &[label, amounts] = bySource[id];
        const auto &[a, sp] = amounts;
        QString ceiling = QStringLiteral("–");
        if (source && source->ceiling) {
            ceiling = context.money(*source->ceiling);
            ceilings += *source->ceiling;
        }
        allocated += a;
        spent += sp;
        rows << QStringList{label, ceiling, context.money(a), context.money(sp), context.money(a - sp)};
    }
    rows << QStringList{Tr::tr("Total"), context.money(ceilings), context.money(allocated), context.money(spent),
                        context.money(allocated - spent)};
    doc.table({{Tr::tr("Funding source"), 32}, {Tr::tr("Ceiling"), 17, true}, {Tr::tr("Allocated"), 17, true},
               {Tr::tr("Spent"), 17, true}, {Tr::tr("Remaining"), 17, true}},
              rows, true);
    std::vector<BudgetChartObject::Bar> bars;
    for (Id id : order)
        bars.push_back({bySource[id].first, bySource[id].second.first, bySource[id].second.second});
    auto chart = std::make_shared<BudgetChartObject>(std::move(bars), context.locale, Tr::tr("Allocated"),
                                                     Tr::tr("Spent"), std::min(doc.width(), 760.0));
    doc.paragraph(Tr::tr("Allocated and spent per funding source"), 9.5, true, 6);
    const QFont font = doc.baseFont();
    doc.drawing(chart->size(), [chart, font](QPainter *painter, const QRectF &rect) { chart->paint(painter, rect, font); });
}

} // namespace horisont::sections
