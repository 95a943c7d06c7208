#pragma once

#include "ledger/ledgerdays.h"
#include "ledger/sqliteraw.h"
#include "model/funding.h"
#include "money/money.h"
#include "store/transactionguard.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace horisont {

class SqliteStore;
class LedgerMirror;

/// Writes one import batch of transactions, a row at a time, inside one SQL
/// transaction: nothing is in the plan until commit(), and a writer destroyed
/// before it rolls everything back. A row whose identity is already in the
/// ledger is skipped, so re-importing an export adds only its new rows.
class LedgerWriter
{
public:
    /// With a `mirror`, commit() hands the batch to it before the file commits (a plan on a server).
    LedgerWriter(SqliteStore &store, const QString &fileName, const QString &user, LedgerMirror *mirror = nullptr);
    ~LedgerWriter();
    LedgerWriter(const LedgerWriter &) = delete;
    LedgerWriter &operator=(const LedgerWriter &) = delete;

    /// Begins the SQL transaction and records the batch.
    bool begin(QString *error);

    enum class Added { Inserted, AlreadyPresent };
    /// Stores one transaction (its ids matched); nullopt with *error when
    /// SQLite cannot.
    std::optional<Added> add(const Transaction &transaction, QString *error);

    /// Writes the batch's day sums and totals and commits. `rowsRead` is
    /// what the batch records as the rows of its file.
    /// With a mirror, `progress` hears how its copy goes (false cancels:
    /// then commit() returns false with *error empty).
    bool commit(qint64 rowsRead, QString *error, const std::function<bool(qint64, qint64)> &progress = {});

    qint64 inserted() const { return m_inserted; }
    qint64 alreadyPresent() const { return m_alreadyPresent; }
    Money insertedTotal() const { return m_insertedTotal; }

private:
    void bindText(int column, const QString &text);

    SqliteStore &m_store;
    LedgerMirror *m_mirror = nullptr;
    QString m_fileName;
    QString m_user;
    std::optional<TransactionGuard> m_transaction;
    std::optional<sqliteraw::PageCacheSize> m_cache;
    std::unique_ptr<sqliteraw::Statement> m_insert;
    sqlite3 *m_db = nullptr;
    qint64 m_batchId = 0;
    std::array<QByteArray, 15> m_utf8; ///< one reused buffer per bound text column
    char m_isoDate[16] = {};           ///< the bound date, alive as long as the statement
    LedgerDaySums m_days;
    qint64 m_inserted = 0;
    qint64 m_alreadyPresent = 0;
    Money m_insertedTotal;
};

} // namespace horisont
