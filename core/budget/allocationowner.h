#pragma once

#include "plan/plan.h"

namespace horisont {

/// The intervention an allocation is for: its own, or — for an allocation on
/// an activity alone — its activity's; NoId for an organisation-level
/// allocation (or an activity the plan does not hold). The one rule for
/// counting an activity's money under its intervention.
inline Id interventionOf(const Plan &plan, const Allocation &allocation)
{
    if (allocation.interventionId != NoId || allocation.activityId == NoId)
        return allocation.interventionId;
    const Activity *activity = plan.find<Activity>(allocation.activityId);
    return activity ? activity->interventionId : NoId;
}

} // namespace horisont
