#pragma once

// What the readers of other planners' files share: values from a file in
// messages, flags, resource groups, and costs of summary tasks (amounts are
// in foreignamount.h, dates in foreigndates.h).

#include "planimport/foreignplan.h"

#include <QHash>
#include <QPair>

#include <optional>

namespace horisont::planreading {

/// A value from the file as a message shows it (escaped, cut), quoted.
QString shown(const QString &value);

/// A flag as MSPDI and GanttProject write it: "1" or "true" (any case).
bool isTrue(const QString &value);

/// Puts `groups` into plan.resources, then `resources`, each under the group
/// whose sourceId stands beside it in `groupIds` (under none when no group
/// has it), as ForeignPlan wants groups before their members. Returns each
/// resource's index by its sourceId (the first of equal ids), for the tasks
/// that name resources.
QHash<QString, int> addGroupsAndMembers(ForeignPlan &plan, const QList<ForeignResource> &groups,
                                        const QList<ForeignResource> &resources, const QStringList &groupIds);

/// The same for a format that names a resource's group only by its name
/// (MSPDI's Group): a group of each name, first seen first, before the
/// resources already in plan.resources (which have no group yet); `members`
/// pairs a resource's sourceId with its group's name. Call before tasks
/// refer to resources by index.
void addGroups(ForeignPlan &plan, const QList<QPair<QString, QString>> &members);

/// Gives each task its cost from `costs` (parallel to plan.tasks): a leaf
/// its own; a summary task its own only when none of its subtasks has a
/// cost — otherwise its cost is theirs summed, and whatever it holds beyond
/// that sum is counted as not mapped rather than counted twice.
void takeLeafCosts(ForeignPlan &plan, const QList<std::optional<Money>> &costs);

} // namespace horisont::planreading
