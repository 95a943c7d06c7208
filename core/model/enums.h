#pragma once

namespace horisont {

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

} // namespace horisont
