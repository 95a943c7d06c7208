#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/chartgrids.h"
#include "figures/keyfiguretexts.h"
#include "report/budgetchartobject.h"

#include <QCoreApplication>

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
    doc.heading(Tr::tr("Budget and actual per funding source"));
    const bool whole = context.wholeHorizon();
    const BudgetBySource data = budgetBySource(context.plan, context.actuals(BudgetDimension::Source),
                                               whole ? std::nullopt : std::optional(context.years));
    doc.paragraph(whole ? Tr::tr("All budget years of the programme.")
                        : Tr::tr("Budget years %1–%2.").arg(context.years.first).arg(context.years.last));
    QList<QStringList> rows;
    for (int r = 0; r < data.grid.rowCount(); ++r) {
        const std::optional<Money> ceiling = data.ceilings[std::size_t(r)];
        rows << QStringList{data.grid.rows()[std::size_t(r)].label,
                            ceiling ? context.money(*ceiling) : QStringLiteral("–"), context.money(data.grid.cell(r, 0)),
                            context.money(data.grid.cell(r, 1)), context.money(data.grid.cell(r, 2))};
    }
    rows << QStringList{Tr::tr("Total"), context.money(data.ceilingsTotal()), context.money(data.grid.columnTotal(0)),
                        context.money(data.grid.columnTotal(1)), context.money(data.grid.columnTotal(2))};
    // Beside a ceiling a bare "Remaining" reads as what is left of the ceiling:
    // the key figure's own words say it is allocated − spent.
    doc.table({{Tr::tr("Funding source"), 32}, {Tr::tr("Ceiling"), 17, true}, {Tr::tr("Allocated"), 17, true},
               {Tr::tr("Spent"), 17, true}, {KeyFigureTexts::label(KeyFigure::Remaining), 17, true}},
              rows, true);
    auto chart = std::make_shared<BudgetChartObject>(data.grid, context.locale, std::min(doc.width(), 760.0));
    doc.paragraph(Tr::tr("Allocated and spent per funding source"), 9.5, true, 6);
    const QFont font = doc.baseFont();
    doc.drawing(chart->size(), [chart, font](QPainter *painter, const QRectF &rect) { chart->paint(painter, rect, font); });
}

} // namespace horisont::sections
