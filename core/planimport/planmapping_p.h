#pragma once

// Shared by the parts of the mapping (planmapping.cpp: structure and dates;
// mappingowners.cpp: organisations, responsibilities and money).

#include "model/ids.h"
#include "planimport/planmapping.h"

#include <QList>

namespace horisont::mapping {

enum class Role { Phase, Intervention, Activity, Milestone };

/// What one source task became.
struct MappedTask {
    Role role = Role::Phase;
    Id phaseId = NoId;
    Id interventionId = NoId;
    Id activityId = NoId;
    QDate start;
    QDate end; ///< exclusive; == start for a milestone
    QString flattenedFrom; ///< for a task from below the third level: the path it sat at
};

struct State {
    explicit State(const ForeignPlan &p) : plan(p) {}
    const ForeignPlan &plan;
    QList<MappedTask> tasks; ///< parallel to plan.tasks
    MappedPlan result;
    int omittedWarnings = 0;

    /// Adds a line to the report's notes; past a few hundred only counts
    /// them, so that a file of 100 000 odd tasks gives a readable report.
    void warn(const QString &text);
    void notMapped(const char *key, int count = 1);
};

/// Organisations from resources, R from assignments, funding sources and the
/// allocations of the tasks' costs (after the structure has its ids).
void mapOwnersAndMoney(State &state);

} // namespace horisont::mapping
