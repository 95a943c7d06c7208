#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/forecastreport.h"
#include "budget/monthlyactuals.h"
#include "document/plandocument.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// The forecast of each budget year covered: for the programme and per
/// funding source, the entered forecast beside allocated, spent and the
/// suggestion (actual for past years, run-rate for the current one).
void forecast(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    doc.heading(Tr::tr("Forecast"));
    doc.paragraph(Tr::tr("Forecasts entered by the controller, as of %1. The suggestion is what was spent for a past "
                         "year and the run-rate of the completed months for the current year.")
                      .arg(context.longDate(context.options.exportDate)));
    const MonthlyActualsIndex &monthly = context.monthlyActuals();
    QList<std::pair<Id, QString>> scopes{{NoId, Tr::tr("Whole programme")}};
    for (const FundingSource &s : plan.all<FundingSource>())
        scopes << std::pair{s.id, s.code.isEmpty() ? s.name : s.code + QStringLiteral(" – ") + s.name};
    const QString none = QStringLiteral("–");
    for (const auto &[id, name] : scopes) {
        const ForecastTable table = forecastByYear(plan, monthly, id, context.years.first, context.years.last,
                                                   context.options.exportDate);
        // An empty cell, and a total of nothing, is "–": 0 kr would claim a forecast of zero.
        const auto shown = [&](std::optional<Money> amount) { return amount ? context.money(*amount) : none; };
        QList<QStringList> rows;
        for (int r = 0; r < table.grid.rowCount() && r < int(table.years.size()); ++r) {
            const auto cell = [&](int column) {
                return shown(table.isEmpty(r, column) ? std::nullopt : std::optional(table.grid.cell(r, column)));
            };
            rows << QStringList{QString::number(table.years[std::size_t(r)].year), cell(ForecastTable::Allocated),
                                cell(ForecastTable::Spent),     cell(ForecastTable::Forecast),
                                cell(ForecastTable::Suggestion), cell(ForecastTable::ForecastVsAllocated)};
        }
        if (id != NoId && table.grid.columnTotal(ForecastTable::Allocated).isZero()
            && table.grid.columnTotal(ForecastTable::Spent).isZero() && !table.total(ForecastTable::Forecast))
            continue; // a source without money in the years covered
        rows << QStringList{Tr::tr("Total"), shown(table.total(ForecastTable::Allocated)),
                            shown(table.total(ForecastTable::Spent)), shown(table.total(ForecastTable::Forecast)),
                            shown(table.total(ForecastTable::Suggestion)),
                            shown(table.total(ForecastTable::ForecastVsAllocated))};
        doc.heading(name, 2);
        doc.table({{Tr::tr("Year"), 12},
                   {Tr::tr("Allocated"), 17.6, true},
                   {Tr::tr("Spent"), 17.6, true},
                   {Tr::tr("Forecast"), 17.6, true},
                   {Tr::tr("Suggestion"), 17.6, true},
                   {Tr::tr("Allocated − forecast"), 17.6, true}},
                  rows, true);
    }
}

} // namespace horisont::sections
