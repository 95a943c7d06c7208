#pragma once

#include <QtGlobal>

namespace horisont {

/// Stable integer identity of an entity inside one plan. 0 means "none".
using Id = qint64;
constexpr Id NoId = 0;

/// Every kind of entity the plan document holds in memory, in dependency
/// order: a kind only refers to kinds listed before it, so loading in this
/// order and deleting in reverse order never breaks a foreign key.
enum class EntityKind : int {
    Programme,
    Decision,
    Period,
    Organisation,
    Area,
    AreaClassification,
    Phase,
    Problem,
    Cause,
    Goal,
    Intervention,
    Activity,
    InterventionArea,
    InterventionCause,
    InterventionGoal,
    Responsibility,
    FundingSource,
    Allocation,
    Indicator,
    Measurement,
    FollowUp,
    Recommendation,
    Risk,
    // Added in file format 2; appended so that earlier kinds keep their numbers.
    ProblemArea,
    Forecast,
};
constexpr int EntityKindCount = int(EntityKind::Forecast) + 1;

} // namespace horisont
