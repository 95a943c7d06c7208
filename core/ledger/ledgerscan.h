#pragma once

#include "ledger/daysumcheck.h"
#include "ledger/ledgerrowrules.h"

#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace horisont {

/// The one read of the ledger's two large tables that a verification makes:
/// every transaction and day sum held to what Horisont writes (types, real
/// dates within bounds, amounts within bounds, ids, references that name a
/// row) and, on the way, turned into the fingerprinted entries that
/// daysumcheck holds the day sums against the transactions with. Reading a
/// million rows once in C costs less than SQL's row rules, its reference
/// lookups and foreign_key_check each scanning them again.
class LedgerScan
{
public:
    explicit LedgerScan(sqlite3 *db);

    /// Reads ledger_transaction, then ledger_day (a file of format 3 or
    /// later): "ok", or the first problem in the order the SQL checks named
    /// them — a transaction's value Horisont cannot have written (its
    /// lowest id), then a day sum's, then the day sums' and then the
    /// transactions' references to rows that do not exist, five at most,
    /// as foreign_key_check lists them — or SQLite's error.
    QString run();

    /// One entry per transaction and per day sum, once run() said "ok".
    std::vector<daysumcheck::Entry> &transactions() { return m_transactions; }
    std::vector<daysumcheck::Entry> &days() { return m_days; }

private:
    QString loadReferencedIds();
    QString readTransactions();
    QString readDays();

    sqlite3 *m_db;
    quint64 m_seed; ///< new for every scan, so that no stored data can be made to collide on purpose
    ledgerrowrules::IdSet m_imports, m_sources, m_organisations, m_interventions;
    qint64 m_lastTransaction = 0; ///< max(id) of the transactions: no day sum starts after it
    QStringList m_transactionReferences, m_dayReferences; ///< missing references, as foreignKeyCheck() words them
    std::vector<daysumcheck::Entry> m_transactions, m_days;
};

} // namespace horisont
