#pragma once

// What the readers of other planners' files share: values from a file in
// messages, amounts, resource groups by name, and costs of summary tasks.

#include "planimport/foreignplan.h"

#include <QPair>

#include <optional>

namespace horisont::planreading {

/// A value from the file as a message shows it (escaped, cut), quoted.
QString shown(const QString &value);

/// An amount in hundredths of the unit ("540000", "1234.5"), as MSPDI
/// writes costs: exact to the öre, half a hundredth rounded away from zero.
std::optional<Money> hundredths(const QString &text);
/// An amount in units with a decimal point ("1500", "1500.25").
std::optional<Money> units(const QString &text);

/// Makes a group resource of each group name (first seen first) and puts the
/// groups before the resources, as ForeignPlan wants; `members` pairs a
/// resource's sourceId with its group's name. Call before tasks refer to
/// resources by index.
void addGroups(ForeignPlan &plan, const QList<QPair<QString, QString>> &members);

/// Gives each task its cost from `costs` (parallel to plan.tasks): a leaf
/// its own; a summary task its own only when none of its subtasks has a
/// cost — otherwise its cost is theirs summed, and whatever it holds beyond
/// that sum is counted as not mapped rather than counted twice.
void takeLeafCosts(ForeignPlan &plan, const QList<std::optional<Money>> &costs);

} // namespace horisont::planreading
