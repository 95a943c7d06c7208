#pragma once

#include "model/funding.h"
#include "model/ids.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <QString>

#include <functional>
#include <vector>

namespace horisont {

class Plan;
class SqliteStore;

/// The transactions booked on one day against one funding source (or one intervention).
struct LedgerDay {
    qint64 count = 0;
    Money total;
    QString voucher; ///< the voucher of the first of them ("" when the export had none)
    QDate date;
};

/// Spending broken down the way the budget checks compare it with the plan.
/// It depends only on the ledger (the ids were matched when importing), so
/// it is computed once per import and the checks apply the plan's dates and
/// allocations to it after every edit. Qt containers: copies are shared.
struct LedgerSpending {
    /// Per funding source, its days in date order (rows matched to a source).
    QHash<Id, QList<LedgerDay>> bySourceDay;
    /// Per intervention, its days in date order (rows matched to one): the
    /// check of spending outside an intervention's dates needs the day,
    /// because those dates are edited after the import.
    QHash<Id, QList<LedgerDay>> byInterventionDay;
    /// Per intervention and calendar (budget) year; rows matched to one.
    QMap<std::pair<Id, int>, Money> byInterventionYear;
    /// Per organisation and calendar (budget) year; rows matched to one.
    QMap<std::pair<Id, int>, Money> byOrganisationYear;
};

/// Sums over the ledger, read from its day sums (LedgerDaySums).
struct LedgerTotals {
    qint64 count = 0;
    Money total;
    qint64 unassignedCount = 0; ///< rows whose codes matched no organisation, intervention or source
    Money unassignedTotal;
    QDate first;
    QDate last;
    LedgerSpending spending;
};

/// Matches ledger codes to the plan's organisation, intervention and
/// funding-source codes; built once per import, then used on every row.
class LedgerCodes
{
public:
    explicit LedgerCodes(const Plan &plan);
    /// Fills organisationId, interventionId and sourceId from the codes.
    void match(Transaction &transaction) const;

private:
    QHash<QString, Id> m_organisations;
    QHash<QString, Id> m_interventions;
    QHash<QString, Id> m_sources;
};

/// The transactions of one plan file. They stay on disk (there can be
/// millions); this class writes them in batches and answers aggregates.
class Ledger
{
public:
    explicit Ledger(SqliteStore &store) : m_store(store) {}

    /// Fills organisationId, interventionId and sourceId from the codes,
    /// using the plan's organisation, intervention and funding-source codes.
    static void matchCodes(const Plan &plan, std::vector<Transaction> &transactions);

    struct InsertResult {
        qint64 inserted = 0;
        qint64 alreadyPresent = 0;
        Money insertedTotal;
    };
    /// Adds transactions in one SQL transaction as one import batch; a row
    /// whose identity is already in the ledger is skipped (re-importing an
    /// export adds only the new rows). `progress` may return false to cancel,
    /// which rolls everything back.
    bool insert(const std::vector<Transaction> &transactions, const QString &fileName, const QString &user,
                InsertResult *result, QString *error,
                const std::function<bool(qint64 done)> &progress = {});

    LedgerTotals totals() const;

    /// Transactions booked on these organisations, interventions or funding
    /// sources (other kinds have none): their count and sum.
    std::pair<qint64, Money> bookedOn(EntityKind kind, const QList<Id> &ids) const;

private:
    SqliteStore &m_store;
};

} // namespace horisont
