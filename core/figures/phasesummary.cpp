#include "figures/phasesummary.h"

#include "ledger/ledger.h"
#include "model/halfopen.h"
#include "plan/plan.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace horisont {

PhaseSummary phaseSummary(const Plan &plan, const LedgerTotals &ledger, QDate asOf)
{
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
    PhaseSummary summary;
    for (const Phase *p : phases) {
        summary.phases.push_back({p->id, p->name, p->start, p->end, statusOn(p->start, p->end, asOf),
                                  interventions.value(p->id), allocated.value(p->id), spent.value(p->id)});
        summary.interventions += interventions.value(p->id);
        summary.allocated += allocated.value(p->id);
        summary.spent += spent.value(p->id);
    }
    return summary;
}

} // namespace horisont
