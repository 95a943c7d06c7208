#pragma once

#include "check/finding.h"

namespace horisont {

class Plan;
struct CheckContext;

/// The money checks: sources against their ceilings and valid periods,
/// allocations and transactions outside a source's period, spending beyond
/// what is allocated, and ledger rows whose codes match nothing. Ledger
/// figures come from context.ledger (aggregates computed once per import),
/// so the checks stay cheap enough to re-run after every edit.
void checkBudget(const Plan &plan, const CheckContext &context, Findings &out);

} // namespace horisont
