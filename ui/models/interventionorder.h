#pragma once

#include "model/ids.h"

#include <compare>

namespace horisont {

class Plan;

/// Where an intervention comes when interventions are listed in plan order:
/// by its phase's position, then its own position; one no longer in the
/// plan comes last.
struct InterventionOrder {
    int phasePosition;
    Id phaseId;
    int position;
    Id id;
    auto operator<=>(const InterventionOrder &) const = default;

    static InterventionOrder of(const Plan &plan, Id intervention);
    /// Compares intervention ids, for std::sort and its kin.
    static auto less(const Plan &plan)
    {
        return [&plan](Id a, Id b) { return of(plan, a) < of(plan, b); };
    }
};

} // namespace horisont
