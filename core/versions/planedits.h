#pragma once

#include "edit/change.h"

namespace horisont {

class Plan;

/// The changes that turn `from` into `into`, item by item (the same id is
/// the same item: idhighwater keeps ids unique in a file): an insert for
/// each item only `into` has, a remove for each only `from` has, an update
/// for each field that differs. Applied with deferred foreign keys, in any
/// order; what promoting a scenario writes, and logs line by line.
ChangeList editsTurning(const Plan &from, const Plan &into);

} // namespace horisont
