#pragma once

#include "edit/change.h"

#include <optional>

namespace horisont {

class Plan;

/// The first of `changes` whose expectation `plan` no longer meets: a
/// field that no longer holds the change's old value, an item to remove
/// that is gone or different, a new item whose id is taken. An edit or an
/// undo made against a plan that someone else has changed since (a
/// scenario edited in two windows) is refused on it, so that nobody's
/// change is overwritten unseen. Changes are taken in order: a field
/// written by an earlier change of the list is expected to hold that value.
std::optional<Change> changeNotMet(const Plan &plan, const ChangeList &changes);

} // namespace horisont
