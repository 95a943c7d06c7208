#pragma once

namespace horisont {

// A value added to an enum must be counted in enumValueCount() below too:
// the loader refuses stored values beyond it.

enum class PeriodKind : int { TermOfOffice, DirectionPeriod, BudgetYear, Tertial };
enum class OrganisationKind : int { Department, MunicipalCompany, ExternalPartner };
enum class Classification : int { None, Vulnerable, Risk, EspeciallyVulnerable };
enum class WorkStatus : int { Planned, Ongoing, Done, Paused, Cancelled };
enum class InterventionKind : int { Social, Situational };
enum class EffectHorizon : int { Short, Long };
enum class RaciRole : int { Responsible, Accountable, Consulted, Informed };
enum class CausePerspective : int { Victim, Offender, Place };
enum class GoalKind : int { Effect, Process, Output };
enum class Direction : int { Increase, Decrease, Maintain };
enum class MeasurementKind : int { Actual, Target };
enum class Sex : int { All, Female, Male };
enum class AllocationStatus : int { Planned, Decided };
enum class FollowUpKind : int { Output, Process, Effect };
enum class ActionStatus : int { Open, InProgress, Done, Rejected };

/// How many values each enum has: stored values outside 0 … count − 1 are damage.
constexpr int enumValueCount(PeriodKind) { return 4; }
constexpr int enumValueCount(OrganisationKind) { return 3; }
constexpr int enumValueCount(Classification) { return 4; }
constexpr int enumValueCount(WorkStatus) { return 5; }
constexpr int enumValueCount(InterventionKind) { return 2; }
constexpr int enumValueCount(EffectHorizon) { return 2; }
constexpr int enumValueCount(RaciRole) { return 4; }
constexpr int enumValueCount(CausePerspective) { return 3; }
constexpr int enumValueCount(GoalKind) { return 3; }
constexpr int enumValueCount(Direction) { return 3; }
constexpr int enumValueCount(MeasurementKind) { return 2; }
constexpr int enumValueCount(Sex) { return 3; }
constexpr int enumValueCount(AllocationStatus) { return 2; }
constexpr int enumValueCount(FollowUpKind) { return 3; }
constexpr int enumValueCount(ActionStatus) { return 4; }

} // namespace horisont
