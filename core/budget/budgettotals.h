#pragma once

#include "ledger/ledger.h"
#include "money/money.h"

namespace horisont {

class Plan;

/// The key figures of a plan's money, as the overview and `info` show them.
struct BudgetTotals {
    Money ceilings;  ///< sum of the ceilings of sources that have one
    Money allocated; ///< every allocation, planned and decided
    Money decided;   ///< allocations with status decided
    Money spent;     ///< every ledger transaction
    Money remaining() const { return allocated - spent; }
};

BudgetTotals budgetTotals(const Plan &plan, const LedgerTotals &ledger);

} // namespace horisont
