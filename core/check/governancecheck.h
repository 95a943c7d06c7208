#pragma once

#include "check/finding.h"

namespace horisont {

class Plan;
struct PlanVersion;

/// The plan held against its latest decided version, as a controller
/// would: an allocation marked decided whose amount or year differs from
/// what the version decided, without a decision dated after the version's
/// ("decided-allocation-changed"), and a phase, intervention, activity,
/// funding source or goal of the version that the plan no longer has
/// ("decided-item-removed"). Warnings: the plan may have moved on for good
/// reasons, but a decision should say so.
Findings checkAgainstDecidedVersion(const Plan &plan, const Plan &decided, const PlanVersion &version);

} // namespace horisont
