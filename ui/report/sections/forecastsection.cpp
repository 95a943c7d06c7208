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
        QList<QStringList> rows;
        Money sums[ForecastTable::ColumnCount];
        for (int r = 0; r < table.grid.rowCount() && r < int(table.years.size()); ++r) {
            const ForecastTable::Year &year = table.years[std::size_t(r)];
            const bool entered = year.forecastId != NoId;
            const bool suggested = year.basis != ForecastBasis::None;
            for (int c = 0; c < ForecastTable::ColumnCount; ++c)
                sums[c] += table.grid.cell(r, c);
            rows << QStringList{QString::number(year.year),
                                context.money(table.grid.cell(r, ForecastTable::Allocated)),
                                context.money(table.grid.cell(r, ForecastTable::Spent)),
                                entered ? context.money(table.grid.cell(r, ForecastTable::Forecast)) : none,
                                suggested ? context.money(table.grid.cell(r, ForecastTable::Suggestion)) : none,
                                entered ? context.money(table.grid.cell(r, ForecastTable::ForecastVsAllocated)) : none};
        }
        if (id != NoId && sums[ForecastTable::Allocated] == Money() && sums[ForecastTable::Spent] == Money() &&
            sums[ForecastTable::Forecast] == Money())
            continue; // a source without money in the years covered
        rows << QStringList{Tr::tr("Total"), context.money(sums[ForecastTable::Allocated]),
                            context.money(sums[ForecastTable::Spent]), context.money(sums[ForecastTable::Forecast]),
                            context.money(sums[ForecastTable::Suggestion]),
                            context.money(sums[ForecastTable::ForecastVsAllocated])};
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
