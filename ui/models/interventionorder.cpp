#include "models/interventionorder.h"

#include "plan/plan.h"

#include <climits>

namespace horisont {

InterventionOrder InterventionOrder::of(const Plan &plan, Id intervention)
{
    const Intervention *i = plan.find<Intervention>(intervention);
    if (!i)
        return {INT_MAX, NoId, INT_MAX, intervention};
    const Phase *phase = plan.find<Phase>(i->phaseId);
    return {phase ? phase->position : INT_MAX, i->phaseId, i->position, i->id};
}

} // namespace horisont
