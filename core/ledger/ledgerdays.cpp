#include "ledger/ledgerdays.h"

#include "ledger/sqliteraw.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Ledger)
};

/// The day sums of every import computed from the transactions, as the
/// migration to format 3 first filled ledger_day. The voucher is the one of
/// the group's first row: SQLite takes a bare column from the row min() chose.
const char *const GroupedTransactions =
    "(SELECT import_id, source_id, organisation_id, intervention_id, date, "
    "((organisation_id IS NULL AND organisation_code <> '') OR "
    "(intervention_id IS NULL AND intervention_code <> '') OR "
    "(source_id IS NULL AND source_code <> '') OR "
    "(organisation_id IS NULL AND intervention_id IS NULL AND source_id IS NULL)) AS unassigned, "
    "count(*) AS row_count, sum(amount) AS amount, min(id) AS first_id, voucher AS first_voucher "
    "FROM ledger_transaction GROUP BY 1, 2, 3, 4, 5, 6)";
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
    char date[16];
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
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
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'ledger_day'")) && q.next())
        return QStringLiteral("ledger_day");
    return QString::fromLatin1(GroupedTransactions);
}

QString LedgerDaySums::check(SqliteStore &store)
{
    if (table(store) != QLatin1String("ledger_day"))
        return QStringLiteral("ok"); // a format without them: nothing to disagree
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT t.rows, t.ore, d.rows, d.ore FROM "
                               "(SELECT count(*) AS rows, coalesce(sum(amount), 0) AS ore FROM ledger_transaction) t, "
                               "(SELECT coalesce(sum(row_count), 0) AS rows, coalesce(sum(amount), 0) AS ore "
                               "FROM ledger_day) d"))
        || !q.next())
        return q.lastError().text();
    const qint64 rows = q.value(0).toLongLong();
    const qint64 ore = q.value(1).toLongLong();
    const qint64 summedRows = q.value(2).toLongLong();
    const qint64 summedOre = q.value(3).toLongLong();
    if (rows == summedRows && ore == summedOre)
        return QStringLiteral("ok");
    const QLocale locale;
    return Tr::tr("the ledger's day sums (%1 rows, %2) do not match its transactions (%3 rows, %4)")
        .arg(summedRows)
        .arg(Money::fromOre(summedOre).format(locale))
        .arg(rows)
        .arg(Money::fromOre(ore).format(locale));
}

} // namespace horisont
