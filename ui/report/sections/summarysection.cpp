#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "figures/keyfiguretexts.h"
#include "figures/phasesummary.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};

QList<QStringList> rowsOf(const QList<KeyFigureLine> &lines)
{
    QList<QStringList> rows;
    for (const KeyFigureLine &line : lines)
        rows << QStringList{line.label, line.value};
    return rows;
}

/// One row per phase, in plan order: its period, where it stands, its
/// interventions and their money, and a row of totals.
QList<QStringList> phaseRows(const PackContext &context, const PhaseSummary &summary)
{
    QList<QStringList> rows;
    for (const PhaseSummary::Phase &p : summary.phases) {
        rows << QStringList{p.name,
                            isoSpan(p.start, p.end),
                            Labels::status(p.status),
                            context.locale.toString(p.interventions),
                            context.money(p.allocated),
                            context.money(p.spent)};
    }
    rows << QStringList{Tr::tr("Total"), QString(), QString(), context.locale.toString(summary.interventions),
                        context.money(summary.allocated), context.money(summary.spent)};
    return rows;
}
} // namespace

/// The programme's key figures as of the export date, from the engine the
/// overview and `horisont info` use, then money per phase.
void summary(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    const QDate asOf = context.options.exportDate;
    doc.heading(Tr::tr("Summary"));
    const KeyFigureTexts texts(keyFigures(plan, context.ledgerTotals(), asOf), context.locale);
    doc.paragraph(Tr::tr("Where the programme stands on %1, and key figures of the whole programme.")
                      .arg(context.longDate(asOf)));
    const bool landscape = context.options.orientation == QPageLayout::Landscape;
    doc.table({{Tr::tr("Where we are"), 30}, {Tr::tr("As of %1").arg(context.date(asOf)), 70}},
              rowsOf(texts.lines(KeyFigureTexts::whereWeAre())), false, landscape ? 80 : 100);
    QList<QStringList> rows = rowsOf(texts.lines(KeyFigureTexts::money() + KeyFigureTexts::size()));
    rows << QStringList{Tr::tr("Problems found by the plan checks"), context.locale.toString(context.findings().size())};
    doc.table({{Tr::tr("Key figure"), 60}, {Tr::tr("Value"), 40, true}}, rows, false, landscape ? 55 : 80);
    if (!plan.all<Phase>().empty()) {
        doc.heading(Tr::tr("Phases"), 2);
        doc.paragraph(Tr::tr("Where each phase stands on %1, its interventions and their money; spending is what "
                             "the ledger books on the phase's interventions.")
                          .arg(context.longDate(asOf)));
        doc.table({{Tr::tr("Phase"), 30},
                   {Tr::tr("Period"), 20},
                   {Tr::tr("Status"), 12},
                   {Tr::tr("Interventions"), 10, true},
                   {Tr::tr("Allocated"), 14, true},
                   {Tr::tr("Spent"), 14, true}},
                  phaseRows(context, phaseSummary(plan, context.ledgerTotals(), asOf)), true);
    }
    doc.newPage();
}

} // namespace horisont::sections
