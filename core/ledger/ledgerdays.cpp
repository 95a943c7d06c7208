#include "ledger/ledgerdays.h"

#include "store/sqldialect.h"

#include "ledger/daysumcheck.h"
#include "ledger/ledgerscan.h"
#include "ledger/sqliteraw.h"
#include "model/messagelocale.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Ledger)
};

/// The day sums of every import computed from the transactions, as the
/// migration to format 3 first filled ledger_day. The voucher is the one of
/// the group's first row: SQLite takes a bare column from the row min() chose.
QString groupedTransactions()
{
    return QStringLiteral("(SELECT import_id, source_id, organisation_id, intervention_id, date, %1 AS unassigned, "
                          "count(*) AS row_count, sum(amount) AS amount, min(id) AS first_id, voucher AS first_voucher "
                          "FROM ledger_transaction GROUP BY 1, 2, 3, 4, 5, 6)")
        .arg(QLatin1String(LedgerDaySums::UnassignedSql));
}

/// The first import whose recorded row count or total (what the audit trail
/// and the import's summary show) is not what its rows add up to — read
/// from the day sums, which daysumcheck holds against the rows.
const char *const DisagreeingImport =
    "SELECT b.id, b.rows_imported, b.total_ore, coalesce(d.rows, 0), coalesce(d.ore, 0) FROM import_batch b "
    "LEFT JOIN (SELECT import_id, sum(row_count) AS rows, sum(amount) AS ore FROM ledger_day GROUP BY import_id) d "
    "ON d.import_id = b.id WHERE b.rows_imported IS NOT coalesce(d.rows, 0) OR b.total_ore IS NOT coalesce(d.ore, 0) "
    "LIMIT 1";

QString idOrNone(const QString &id)
{
    return id.isEmpty() ? Tr::tr("none") : id;
}
} // namespace

bool isUnassigned(const Transaction &t)
{
    return (t.organisationId == NoId && !t.organisationCode.isEmpty())
           || (t.interventionId == NoId && !t.interventionCode.isEmpty())
           || (t.sourceId == NoId && !t.sourceCode.isEmpty())
           || (t.organisationId == NoId && t.interventionId == NoId && t.sourceId == NoId);
}

size_t qHash(const LedgerDaySums::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.source, key.organisation, key.intervention, key.day, key.unassigned);
}

void LedgerDaySums::add(const Transaction &t, qint64 rowId)
{
    Sum &sum = m_days[Key{t.sourceId, t.organisationId, t.interventionId, t.date, isUnassigned(t)}];
    if (sum.rows++ == 0) {
        sum.firstRowId = rowId;
        sum.firstVoucher = t.voucher;
    }
    sum.ore += t.amount.ore();
}

bool LedgerDaySums::write(sqlite3 *db, qint64 importId, QString *error) const
{
    const sqliteraw::Statement insert(db,
        "INSERT INTO ledger_day (import_id, source_id, organisation_id, intervention_id, date, unassigned, "
        "row_count, amount, first_id, first_voucher) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid()) {
        *error = Tr::tr("Cannot save the import: %1").arg(insert.error());
        return false;
    }
    sqlite3_stmt *s = insert.get();
    sqlite3_bind_int64(s, 1, importId);
    // In the order of each day's first row, not the hash's per-process
    // order: the same import gives the same rows in every file.
    std::vector<QHash<Key, Sum>::const_iterator> ordered;
    ordered.reserve(size_t(m_days.size()));
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        ordered.push_back(it);
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a->firstRowId < b->firstRowId; });
    char date[16];
    for (const auto &it : ordered) {
        const Key &key = it.key();
        sqliteraw::bindId(s, 2, key.source);
        sqliteraw::bindId(s, 3, key.organisation);
        sqliteraw::bindId(s, 4, key.intervention);
        sqlite3_bind_text(s, 5, date, sqliteraw::formatIsoDate(key.day, date), SQLITE_TRANSIENT);
        sqlite3_bind_int(s, 6, key.unassigned ? 1 : 0);
        sqlite3_bind_int64(s, 7, it->rows);
        sqlite3_bind_int64(s, 8, it->ore);
        sqlite3_bind_int64(s, 9, it->firstRowId);
        const QByteArray voucher = it->firstVoucher.toUtf8();
        sqlite3_bind_text(s, 10, voucher.constData(), int(voucher.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s) != SQLITE_DONE) {
            *error = Tr::tr("Cannot save the import: %1").arg(insert.error());
            return false;
        }
        sqlite3_reset(s);
    }
    return true;
}

QString LedgerDaySums::table(SqliteStore &store)
{
    if (sqldialect::hasTable(store.database(), QStringLiteral("ledger_day")))
        return QStringLiteral("ledger_day");
    return groupedTransactions();
}

QString LedgerDaySums::check(SqliteStore &store)
{
    // A format before the day sums: nothing to disagree, and the
    // transactions' references are still foreign keys.
    if (table(store) != QLatin1String("ledger_day"))
        return store.foreignKeyCheck(QStringLiteral("ledger_transaction"));
    sqlite3 *db = sqliteraw::handle(store.database());
    bool agree = false;
    {
        LedgerScan scan(db);
        const QString rows = scan.run();
        if (rows != QLatin1String("ok"))
            return rows;
        agree = daysumcheck::everyGroupAgrees(scan.days(), scan.transactions());
    } // its million entries go before the exact check builds its own
    const QString groups = agree ? QStringLiteral("ok") : disagreement(db);
    return groups != QLatin1String("ok") ? groups : importTotalsProblem(store);
}

QString LedgerDaySums::sizeProblem(SqliteStore &store)
{
    sqlite3 *db = sqliteraw::handle(store.database());
    // SQLite's sum() of integers stops at 64 bits with an error, and so does abs() of the least one.
    const QByteArray sql = "SELECT sum(abs(amount)) FROM " + table(store).toUtf8();
    const sqliteraw::Statement q(db, sql.constData());
    if (q.isValid() && sqlite3_step(q.get()) == SQLITE_ROW)
        return QStringLiteral("ok");
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    if (error.contains(QLatin1String("integer overflow")))
        return Tr::tr("its ledger's amounts add up to more than Horisont can count");
    return Tr::tr("its ledger cannot be read: %1").arg(error);
}

QString LedgerDaySums::disagreement(sqlite3 *db)
{
    daysumcheck::Disagreement d;
    QString error;
    if (!daysumcheck::firstDisagreement(db, &d, &error))
        return error;
    const QLocale locale = messageLocale();
    if (d.found) {
        const QString group = Tr::tr("import %1, %2, source %3, organisation %4, intervention %5")
                                  .arg(idOrNone(d.import), d.day, idOrNone(d.source), idOrNone(d.organisation),
                                       idOrNone(d.intervention));
        if (d.daySums > 1)
            return Tr::tr("the ledger holds %1 day sums where there is one (%2)").arg(d.daySums).arg(group);
        return Tr::tr("the ledger's day sums (%1 rows, %2) do not match its transactions (%3 rows, %4) for %5")
            .arg(d.summedRows)
            .arg(Money::fromOre(d.summedOre).format(locale))
            .arg(d.transactionRows)
            .arg(Money::fromOre(d.transactionOre).format(locale))
            .arg(group);
    }
    // Two groups shared a fingerprint, and the exact check found every group agreeing.
    return QStringLiteral("ok");
}

QString LedgerDaySums::importTotalsProblem(SqliteStore &store)
{
    const QLocale locale = messageLocale();
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(DisagreeingImport)))
        return q.lastError().text();
    if (!q.next())
        return q.lastError().isValid() ? q.lastError().text() : QStringLiteral("ok");
    return Tr::tr("import %1 records %2 rows and %3, but its rows are %4 and add up to %5")
        .arg(q.value(0).toString())
        .arg(q.value(1).toLongLong())
        .arg(Money::fromOre(q.value(2).toLongLong()).format(locale))
        .arg(q.value(3).toLongLong())
        .arg(Money::fromOre(q.value(4).toLongLong()).format(locale));
}

} // namespace horisont
