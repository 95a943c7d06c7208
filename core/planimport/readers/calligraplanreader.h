#pragma once

#include "planimport/planreader.h"

namespace horisont {

/// Reads a Calligra Plan or KPlato file: a zip (.plan, .kplato) whose
/// maindoc.xml holds the plan, or that maindoc.xml saved on its own. Tasks
/// are nested <task> elements; their dates are those of the project's first
/// schedule (each task's <schedule>/<task-schedule> with that id; a task the
/// schedule has not placed falls back to its constraint times, with a
/// warning). Times are read as written (the project's local time): a task
/// finishing during a day has that day as its last, one finishing at
/// midnight the day before. A leaf task is a milestone as Calligra decides:
/// an expected estimate of 0, or a fixed interval of no length. Resource
/// groups and resources, resource requests, accounts, and the tasks'
/// startup and shutdown costs (charged to the account whose cost place names
/// them) are read; relations, calendars, estimates, rates, other schedules
/// and progress are counted in ForeignPlan::notMapped.
std::optional<ForeignPlan> readCalligraPlan(const QByteArray &content, const QString &path, QString *error);

} // namespace horisont
