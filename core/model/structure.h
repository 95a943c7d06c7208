#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QDate>
#include <QString>

namespace horisont {

/// A named span of the programme with objectives and a review gate at its end.
struct Phase {
    Id id = NoId;
    QString name;
    QDate start;
    QDate end; ///< exclusive; the review gate is on this date
    QString objectives;
    Id decisionId = NoId; ///< the decision the phase rests on
    int position = 0;
    bool operator==(const Phase &) const = default;
};

/// An insats: work on causes towards goals, owned by exactly one accountable organisation.
struct Intervention {
    Id id = NoId;
    Id phaseId = NoId;
    QString name;
    QString code; ///< accounting project code matched against ledger rows
    InterventionKind kind = InterventionKind::Social;
    EffectHorizon horizon = EffectHorizon::Long;
    QDate start;
    QDate end; ///< exclusive
    WorkStatus status = WorkStatus::Planned;
    QString description;
    int position = 0;
    bool operator==(const Intervention &) const = default;
};

/// A scheduled piece of work of an intervention. A milestone has end == start.
struct Activity {
    Id id = NoId;
    Id interventionId = NoId;
    QString name;
    QDate start;
    QDate end; ///< exclusive; equal to start for a milestone
    bool milestone = false;
    WorkStatus status = WorkStatus::Planned;
    int position = 0;
    QString description; ///< what it is; for a plan brought in from another tool, also where it sat there
    bool operator==(const Activity &) const = default;
};

} // namespace horisont
