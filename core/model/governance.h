#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QDate>
#include <QString>

namespace horisont {

/// The mandate. A plan holds exactly one, with id 1.
struct Programme {
    Id id = NoId;
    QString name;
    QString commissioningBody;
    QString decisionReference;
    QDate decisionDate;
    QString vision;
    QString processLeader;
    QDate start;
    QDate horizonEnd; ///< exclusive: the programme runs [start, horizonEnd)
    QString currency = QStringLiteral("SEK");
    int fiscalYearStartMonth = 1;
    QString description;
    bool operator==(const Programme &) const = default;
};

/// A decision by a body (council, executive board, steering group).
struct Decision {
    Id id = NoId;
    QString body;
    QDate date;
    QString reference;
    QString text;
    bool operator==(const Decision &) const = default;
};

/// A governance period: term of office, direction period, budget year or
/// tertial. Half-open: [start, end).
struct Period {
    Id id = NoId;
    PeriodKind kind = PeriodKind::TermOfOffice;
    QString name;
    QDate start;
    QDate end;
    Id decisionId = NoId;
    bool operator==(const Period &) const = default;
};

} // namespace horisont
