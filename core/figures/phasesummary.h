#pragma once

#include "model/enums.h"
#include "model/ids.h"
#include "money/money.h"

#include <QDate>
#include <QString>

#include <vector>

namespace horisont {

class Plan;
struct LedgerTotals;

/// Money per phase: for each phase in plan order its period, where it stands
/// on a day, how many interventions it has, what is allocated to them and
/// what the ledger books on them. The steering pack's summary renders it.
struct PhaseSummary {
    struct Phase {
        Id id = NoId;
        QString name;
        QDate start;
        QDate end; ///< exclusive
        WorkStatus status = WorkStatus::Planned;
        int interventions = 0;
        Money allocated;
        Money spent;
    };
    std::vector<Phase> phases;
    // The sums over the phases (money of interventions outside every phase is in none).
    int interventions = 0;
    Money allocated;
    Money spent;
};

PhaseSummary phaseSummary(const Plan &plan, const LedgerTotals &ledger, QDate asOf);

} // namespace horisont
