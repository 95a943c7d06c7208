#pragma once

#include "budget/moneygrid.h"

#include <QDate>

#include <optional>
#include <vector>

namespace horisont {

class MonthlyActualsIndex;
class Plan;

/// The state of every funding source as of a date: one row per source,
/// columns Ceiling, Allocated (every year), Spent (every year), Ceiling −
/// spent and Ceiling − allocated. A source without a ceiling (an ordinary
/// budget) has zeros in the ceiling columns and hasCeiling false.
struct GrantStates {
    enum Column { Ceiling, Allocated, Spent, LeftAfterSpent, LeftAfterAllocated, ColumnCount };
    struct Source {
        Id sourceId = NoId;
        bool hasCeiling = false;
        QDate validFrom;
        QDate validUntil;               ///< exclusive; invalid when open-ended
        std::optional<int> monthsLeft;  ///< whole months to validUntil, 0 once ended; empty when open-ended
    };
    std::vector<Source> sources;
    MoneyGrid grid;
};

GrantStates grantStates(const Plan &plan, const MonthlyActualsIndex &actuals, QDate asOf);

/// Whole months from `asOf` until `end` (exclusive): 2026-11-25 → 2027-01-01
/// is 1; 0 when `end` is not after `asOf`.
int wholeMonthsUntil(QDate asOf, QDate end);

} // namespace horisont
