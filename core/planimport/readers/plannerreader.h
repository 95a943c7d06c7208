#pragma once

#include "planimport/planreader.h"

namespace horisont {

/// Reads a GNOME Planner (formerly MrProject) file, .planner or .mrproject:
/// nested tasks with their dates, milestones, resources and their groups,
/// and allocations. Planner writes every date as a time of day
/// ("20040109T170000Z", local time marked Z): a task's first day is the day
/// of its start, and its last day the day of its finish unless it finishes
/// at midnight (then the day before). Predecessors, calendars, phases,
/// custom properties, work, constraints, progress and resource rates are
/// counted in ForeignPlan::notMapped.
std::optional<ForeignPlan> readPlanner(const QByteArray &content, const QString &path, QString *error);

} // namespace horisont
