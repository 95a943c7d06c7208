#pragma once

#include "model/enums.h"
#include "model/ids.h"
#include "money/money.h"

#include <QDate>
#include <QString>

namespace horisont {

/// A follow-up of one intervention over a period [periodStart, periodEnd).
struct FollowUp {
    Id id = NoId;
    Id interventionId = NoId;
    QDate periodStart;
    QDate periodEnd;
    FollowUpKind kind = FollowUpKind::Output;
    QString findings;
    QString deviations;
    int hours = 0;
    Money cost;
    bool operator==(const FollowUp &) const = default;
};

/// An evaluation recommendation turned into an action.
struct Recommendation {
    Id id = NoId;
    QString text;
    QString source;
    Id ownerOrganisationId = NoId;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    bool operator==(const Recommendation &) const = default;
};

struct Risk {
    Id id = NoId;
    QString name;
    int likelihood = 1; ///< 1–5
    int impact = 1;     ///< 1–5
    QString mitigation;
    Id ownerOrganisationId = NoId;
    QDate reviewDate;
    ActionStatus status = ActionStatus::Open;
    bool operator==(const Risk &) const = default;
};

} // namespace horisont
