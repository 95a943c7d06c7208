#pragma once

#include "document/plandocument.h"

#include <random>

namespace horisont::test {

/// Builds one random but valid edit command on the plan: change a field,
/// copy an entity, or remove one with its dependents. Deterministic for a
/// given generator state and plan. Returns nullptr only for an empty plan.
QUndoCommand *randomEdit(PlanDocument &doc, std::mt19937 &random);

} // namespace horisont::test
