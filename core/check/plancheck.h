#pragma once

#include "check/finding.h"
#include "ledger/ledger.h"

#include <QDate>
#include <QLocale>

namespace horisont {

class Plan;

/// What a check depends on besides the plan: passed in, never read from
/// the clock or settings inside the check.
struct CheckContext {
    QLocale locale;          ///< for amounts and dates in messages
    LedgerTotals ledger;     ///< aggregates of the transactions
    /// "Today" for the date-dependent gap checks (the last completed year,
    /// interventions that have ended); invalid: no date-dependent checks.
    QDate asOf;
};

/// Every structural and budget check of the plan, in a stable order.
Findings checkPlan(const Plan &plan, const CheckContext &context);

} // namespace horisont
