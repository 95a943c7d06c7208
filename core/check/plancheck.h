#pragma once

#include "check/finding.h"
#include "ledger/ledger.h"

#include <QLocale>

namespace horisont {

class Plan;

/// What a check depends on besides the plan: passed in, never read from
/// the clock or settings inside the check.
struct CheckContext {
    QLocale locale;          ///< for amounts and dates in messages
    LedgerTotals ledger;     ///< aggregates of the transactions
};

/// Every structural and budget check of the plan, in a stable order.
Findings checkPlan(const Plan &plan, const CheckContext &context);

} // namespace horisont
