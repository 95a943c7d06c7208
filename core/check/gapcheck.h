#pragma once

#include "check/finding.h"

#include <QDate>

namespace horisont {

class Plan;

/// Gaps in the programme logic (problems → causes → interventions → goals →
/// indicators) and its follow-up, one Finding each, in a stable order:
///
/// | code                               | finding                                              |
/// | ---------------------------------- | ---------------------------------------------------- |
/// | goal-without-intervention          | no InterventionGoal points at the goal               |
/// | intervention-without-goal          | the intervention has no InterventionGoal             |
/// | intervention-without-cause         | the intervention has no InterventionCause            |
/// | problem-without-cause              | no Cause belongs to the problem                      |
/// | problem-without-goal               | no Goal has the problem as its problemId             |
/// | goal-without-indicator             | no Indicator measures the goal                       |
/// | indicator-without-baseline         | the indicator has no baseline value                  |
/// | indicator-without-target           | the indicator has no Measurement of kind Target      |
/// | indicator-without-measurement      | no Actual measurement for asOf.year() - 1 (*)        |
/// | intervention-without-follow-up     | end <= asOf and no FollowUp of the intervention (*)  |
///
/// (*) only when asOf is valid: an invalid date means no date-dependent checks.
Findings checkGaps(const Plan &plan, const QDate &asOf = QDate());

} // namespace horisont
