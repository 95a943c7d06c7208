#include "budget/budgettotals.h"

#include "plan/plan.h"

namespace horisont {

BudgetTotals budgetTotals(const Plan &plan, const LedgerTotals &ledger)
{
    BudgetTotals totals;
    for (const FundingSource &s : plan.all<FundingSource>()) {
        if (s.ceiling)
            totals.ceilings += *s.ceiling;
    }
    for (const Allocation &a : plan.all<Allocation>()) {
        totals.allocated += a.amount;
        if (a.status == AllocationStatus::Decided)
            totals.decided += a.amount;
    }
    totals.spent = ledger.total;
    return totals;
}

} // namespace horisont
