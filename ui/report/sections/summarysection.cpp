#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/budgettotals.h"
#include "document/plandocument.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

void summary(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    const Programme &programme = plan.programme();
    doc.heading(Tr::tr("Summary"));
    const BudgetTotals totals = budgetTotals(plan, context.document.ledgerTotals());
    int milestones = 0;
    for (const Activity &a : plan.all<Activity>())
        milestones += a.milestone ? 1 : 0;
    doc.paragraph(Tr::tr("Programme horizon %1 – %2. Key figures of the whole programme as of %3.")
                      .arg(context.date(programme.start), context.lastDay(programme.horizonEnd),
                           context.longDate(context.options.exportDate)));
    const QList<QStringList> rows{
        {Tr::tr("Grant ceilings"), context.money(totals.ceilings)},
        {Tr::tr("Allocated"), context.money(totals.allocated)},
        {Tr::tr("of which decided"), context.money(totals.decided)},
        {Tr::tr("Spent"), context.money(totals.spent)},
        {Tr::tr("Remaining (allocated − spent)"), context.money(totals.remaining())},
        {Tr::tr("Phases"), QString::number(plan.all<Phase>().size())},
        {Tr::tr("Interventions"), QString::number(plan.all<Intervention>().size())},
        {Tr::tr("Activities (of which milestones)"),
         QStringLiteral("%1 (%2)").arg(plan.all<Activity>().size()).arg(milestones)},
        {Tr::tr("Organisations"), QString::number(plan.all<Organisation>().size())},
        {Tr::tr("Areas"), QString::number(plan.all<Area>().size())},
        {Tr::tr("Problems found by the plan checks"), QString::number(context.findings().size())},
        {Tr::tr("Risks"), QString::number(plan.all<Risk>().size())},
    };
    doc.table({{Tr::tr("Key figure"), 60}, {Tr::tr("Value"), 40, true}}, rows, false,
              context.options.orientation == QPageLayout::Landscape ? 55 : 80);
    doc.newPage();
}

} // namespace horisont::sections
