#pragma once

#include "check/finding.h"

#include <QDate>
#include <QString>

namespace horisont {

class Plan;
struct CheckContext;
struct Intervention;
struct Transaction;

/// Whether spending dated `day` lies outside the intervention's period
/// [start, end); a missing start or end does not bound it. The one rule of
/// the check below and of the import preview's marker.
bool spentOutside(const Intervention &intervention, QDate day);

/// Ledger transactions dated outside the period of the intervention their
/// project code names — the most common coding error a controller hunts:
/// one finding per intervention with the count, the sum and the earliest
/// vouchers. Reads context.ledger's days, so an edit of the dates re-checks
/// without reading the ledger again.
void checkSpendingDates(const Plan &plan, const CheckContext &context, Findings &out);

/// For a row of the import preview: "outside 2024-01-01 – 2026-12-31" when the
/// intervention its project code matched does not run on its date, else empty.
QString outsideInterventionRemark(const Plan &plan, const Transaction &transaction);

} // namespace horisont
