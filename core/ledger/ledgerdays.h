#pragma once

#include "model/funding.h"

#include <QHash>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace horisont {

class SqliteStore;

/// A transaction whose codes the plan does not know: a code it carries
/// matched nothing, or it carries no code the plan knows at all.
bool isUnassigned(const Transaction &transaction);

/// The ledger summed per import, funding source, organisation, intervention,
/// day and whether the rows are unassigned: the table ledger_day. Every
/// aggregate the follow-up views, checks, audit trail and reports need reads
/// these sums, a few thousand rows, instead of millions of transactions; the
/// transactions themselves only need their identity index, which is what
/// keeps a million-row import cheap. Rows are only ever added to the ledger,
/// by an import that writes its own day sums in the same SQL transaction.
class LedgerDaySums
{
public:
    /// Counts a transaction that was just stored under `rowId`.
    void add(const Transaction &transaction, qint64 rowId);

    /// isUnassigned() of a ledger_transaction row in SQL, as the migration
    /// to format 3 first summed the rows.
    static constexpr const char *UnassignedSql =
        "((organisation_id IS NULL AND organisation_code <> '') OR "
        "(intervention_id IS NULL AND intervention_code <> '') OR "
        "(source_id IS NULL AND source_code <> '') OR "
        "(organisation_id IS NULL AND intervention_id IS NULL AND source_id IS NULL))";

    /// Writes the sums as import `importId`'s rows of ledger_day.
    bool write(sqlite3 *db, qint64 importId, QString *error) const;

    /// What to select from for the day sums: "ledger_day", or for a file of
    /// a format before it (opened read-only, not migrated) the same sums
    /// grouped from its transactions.
    static QString table(SqliteStore &store);

    /// "ok" when every transaction and day sum is a row Horisont could have
    /// written whose references name rows (LedgerScan), the day sums hold
    /// exactly the transactions — per import, source, organisation,
    /// intervention, day and unassigned: their number, their sum and their
    /// first row — and every import records the rows and total it holds;
    /// else the first row, group or import that differs. One read of each
    /// table and one sort: run where a plan is verified, off the GUI thread.
    static QString check(SqliteStore &store);
    /// "ok" when the sizes of all day sums add up within 64 bits, and so does
    /// every sum of some of them in any order (each grouping that views,
    /// packs and exports make); else why not. One read of the amounts: run
    /// before a plan is shown, so that no figure meets a sum it cannot hold.
    static QString sizeProblem(SqliteStore &store);
    /// The tables whose references check() holds itself, so that a
    /// whole-file foreign_key_check need not scan them again.
    static QStringList tablesItHolds()
    {
        return {QStringLiteral("ledger_transaction"), QStringLiteral("ledger_day")};
    }

private:
    /// The first group whose day sum disagrees, named, once the quick check said one does.
    static QString disagreement(sqlite3 *db);
    /// The first import whose recorded rows or total differ from its day sums.
    static QString importTotalsProblem(SqliteStore &store);

    struct Key {
        Id source;
        Id organisation;
        Id intervention;
        QDate day;
        bool unassigned;
        bool operator==(const Key &) const = default;
    };
    struct Sum {
        qint64 rows = 0;
        qint64 ore = 0;
        qint64 firstRowId = 0;
        QString firstVoucher;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept;

    QHash<Key, Sum> m_days;
};

} // namespace horisont
