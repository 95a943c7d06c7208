#pragma once

#include "model/enums.h"
#include "model/ids.h"
#include "money/money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace horisont {

/// Where money comes from: a grant with a ceiling, or an ordinary budget without one.
struct FundingSource {
    Id id = NoId;
    QString name;
    QString code; ///< matched against the ledger's funding/activity column
    std::optional<Money> ceiling;
    QDate validFrom;
    QDate validUntil; ///< exclusive
    QString grantor;
    Id decisionId = NoId;
    QString earmark;
    bool operator==(const FundingSource &) const = default;
};

/// Planned money: source × intervention (or activity) × organisation × budget year.
struct Allocation {
    Id id = NoId;
    Id sourceId = NoId;
    Id interventionId = NoId;
    Id activityId = NoId;
    Id organisationId = NoId;
    int year = 0;
    Money amount;
    AllocationStatus status = AllocationStatus::Planned;
    Id decisionId = NoId;
    QString note;
    bool operator==(const Allocation &) const = default;
};

/// The spending expected in one budget year, entered by the controller
/// (the follow-up view suggests a run-rate). Any of the references may be
/// NoId: a forecast can be for a source as a whole or for one intervention.
struct Forecast {
    Id id = NoId;
    Id sourceId = NoId;
    Id interventionId = NoId;
    Id organisationId = NoId;
    int year = 0;
    Money amount;
    QString note;
    bool operator==(const Forecast &) const = default;
};

/// Actual spending imported from the ledger. Transactions live in the
/// database only (there can be millions); they are never edited in place.
struct Transaction {
    Id id = NoId;
    QString voucher;
    QString line;
    QDate date;
    Money amount;
    QString account;
    QString organisationCode;
    QString interventionCode;
    QString sourceCode;
    QString text;
    Id organisationId = NoId;
    Id interventionId = NoId;
    Id sourceId = NoId;
    QString identity; ///< deduplication key: voucher+line, or the whole row with its occurrence
    bool operator==(const Transaction &) const = default;
};

} // namespace horisont
