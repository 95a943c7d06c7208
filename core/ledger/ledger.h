#pragma once

#include "model/funding.h"
#include "model/ids.h"

#include <QList>

#include <QString>

#include <functional>
#include <vector>

namespace horisont {

class Plan;
class SqliteStore;

/// Sums over the ledger, computed by SQL aggregates.
struct LedgerTotals {
    qint64 count = 0;
    Money total;
    qint64 unassignedCount = 0; ///< rows whose codes matched no organisation, intervention or source
    Money unassignedTotal;
    QDate first;
    QDate last;
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
