#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/budgettotals.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "plan/plan.h"

#include <QHash>

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};

/// One row per phase, in plan order: its period, where it stands, its
/// interventions and their money, and a row of totals.
QList<QStringList> phaseRows(const PackContext &context, const LedgerTotals &ledger)
{
    const Plan &plan = context.plan;
    QHash<Id, Id> phaseOf; // intervention → phase
    QHash<Id, int> interventions;
    for (const Intervention &i : plan.all<Intervention>()) {
        phaseOf.insert(i.id, i.phaseId);
        ++interventions[i.phaseId];
    }
    QHash<Id, Money> allocated;
    for (const Allocation &a : plan.all<Allocation>())
        allocated[phaseOf.value(a.interventionId)] += a.amount;
    QHash<Id, Money> spent;
    for (auto it = ledger.spending.byInterventionYear.cbegin(); it != ledger.spending.byInterventionYear.cend(); ++it)
        spent[phaseOf.value(it.key().first)] += it.value();
    std::vector<const Phase *> phases;
    for (const Phase &p : plan.all<Phase>())
        phases.push_back(&p);
    std::sort(phases.begin(), phases.end(), [](const Phase *a, const Phase *b) {
        return std::tie(a->position, a->start, a->id) < std::tie(b->position, b->start, b->id);
    });
    QList<QStringList> rows;
    Money allocatedInAll, spentInAll;
    int interventionsInAll = 0;
    for (const Phase *p : phases) {
        rows << QStringList{p->name, isoSpan(p->start, p->end),
                            Labels::status(statusOn(p->start, p->end, context.options.exportDate)),
                            QString::number(interventions.value(p->id)), context.money(allocated.value(p->id)),
                            context.money(spent.value(p->id))};
        interventionsInAll += interventions.value(p->id);
        allocatedInAll += allocated.value(p->id);
        spentInAll += spent.value(p->id);
    }
    rows << QStringList{Tr::tr("Total"), QString(), QString(), QString::number(interventionsInAll),
                        context.money(allocatedInAll), context.money(spentInAll)};
    return rows;
}
} // namespace

void summary(PackDocument &doc, PackContext &context)
{
    const Plan &plan = context.plan;
    const Programme &programme = plan.programme();
    doc.heading(Tr::tr("Summary"));
    const BudgetTotals totals = budgetTotals(plan, context.ledgerTotals());
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
    if (!plan.all<Phase>().empty()) {
        doc.heading(Tr::tr("Phases"), 2);
        doc.paragraph(Tr::tr("Where each phase stands on %1, its interventions and their money; spending is what "
                             "the ledger books on the phase's interventions.")
                          .arg(context.longDate(context.options.exportDate)));
        doc.table({{Tr::tr("Phase"), 30},
                   {Tr::tr("Period"), 20},
                   {Tr::tr("Status"), 12},
                   {Tr::tr("Interventions"), 10, true},
                   {Tr::tr("Allocated"), 14, true},
                   {Tr::tr("Spent"), 14, true}},
                  phaseRows(context, context.ledgerTotals()), true);
    }
    doc.newPage();
}

} // namespace horisont::sections
