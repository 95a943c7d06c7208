#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QDate>
#include <QString>

namespace horisont {

struct Organisation {
    Id id = NoId;
    QString name;
    QString shortName;
    OrganisationKind kind = OrganisationKind::Department;
    QString code; ///< responsibility unit (ansvar) in the ledger; may be empty
    Id parentId = NoId;
    bool operator==(const Organisation &) const = default;
};

/// A district or neighbourhood that interventions target.
struct Area {
    Id id = NoId;
    QString name;
    QString code;
    bool operator==(const Area &) const = default;
};

/// The police classification of an area from a date on (history, not state).
struct AreaClassification {
    Id id = NoId;
    Id areaId = NoId;
    QDate from;
    Classification classification = Classification::None;
    QString source;
    bool operator==(const AreaClassification &) const = default;
};

/// RACI link between an organisation and an intervention (or one of its activities).
struct Responsibility {
    Id id = NoId;
    Id interventionId = NoId;
    Id activityId = NoId; ///< NoId: the responsibility is for the whole intervention
    Id organisationId = NoId;
    RaciRole role = RaciRole::Responsible;
    bool operator==(const Responsibility &) const = default;
};

struct InterventionArea {
    Id id = NoId;
    Id interventionId = NoId;
    Id areaId = NoId;
    bool operator==(const InterventionArea &) const = default;
};

} // namespace horisont
