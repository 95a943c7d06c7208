#include "ledger/ledgerwriter.h"

#include "ledger/import/shownvalue.h"
#include "ledger/ledgermirror.h"

#include "model/storageform.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>


#include <sqlite3.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Ledger)
};

// 256 MiB: the identity index of a few million rows stays in memory while it is written.
constexpr int LargeImportCacheKiB = 256 * 1024;

} // namespace

LedgerWriter::LedgerWriter(SqliteStore &store, const QString &fileName, const QString &user, LedgerMirror *mirror)
    : m_store(store), m_mirror(mirror), m_fileName(fileName), m_user(user)
{
}

LedgerWriter::~LedgerWriter()
{
    m_insert.reset(); // finalized before the rollback
    m_transaction.reset();
}

bool LedgerWriter::begin(QString *error)
{
    if (const QString refusal = m_store.writeRefusal(); !refusal.isEmpty() && !m_mirror) {
        *error = refusal;
        return false;
    }
    QSqlDatabase db = m_store.database();
    m_db = sqliteraw::handle(db);
    if (!m_db) {
        *error = Tr::tr("Cannot record the import: the plan is not an SQLite database.");
        return false;
    }
    m_transaction.emplace(db);
    if (!m_transaction->isActive()) {
        *error = Tr::tr("Cannot record the import: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("INSERT INTO import_batch (at, user_name, file_name, rows_read) VALUES (?, ?, ?, 0)"));
    batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    batch.addBindValue(storage::text(m_user));
    batch.addBindValue(storage::text(m_fileName));
    if (!batch.exec()) {
        *error = Tr::tr("Cannot record the import: %1").arg(batch.lastError().text());
        return false;
    }
    m_batchId = batch.lastInsertId().toLongLong();
    m_cache.emplace(m_db, LargeImportCacheKiB);
    m_insert = std::make_unique<sqliteraw::Statement>(m_db,
        "INSERT OR IGNORE INTO ledger_transaction (import_id, voucher, line, date, amount, account, "
        "organisation_code, intervention_code, source_code, \"text\", organisation_id, intervention_id, "
        "source_id, identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!m_insert->isValid()) {
        *error = Tr::tr("Cannot record the import: %1").arg(m_insert->error());
        return false;
    }
    sqlite3_bind_int64(m_insert->get(), 1, m_batchId);
    return true;
}

// Strings are bound as UTF-8, the database's encoding: bound as UTF-16,
// SQLite would allocate and translate every value of every row. ASCII,
// nearly all of an export, is narrowed into one reused buffer per column.
void LedgerWriter::bindText(int column, const QString &text)
{
    QByteArray &buffer = m_utf8[size_t(column)];
    const qsizetype size = text.size();
    const QChar *from = text.constData();
    buffer.resize(size);
    char *to = buffer.data();
    qsizetype i = 0;
    for (; i < size && from[i].unicode() < 0x80; ++i)
        to[i] = char(from[i].unicode());
    if (i < size)
        buffer = text.toUtf8();
    sqlite3_bind_text(m_insert->get(), column, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

std::optional<LedgerWriter::Added> LedgerWriter::add(const Transaction &t, QString *error)
{
    sqlite3_stmt *s = m_insert->get();
    bindText(2, t.voucher);
    bindText(3, t.line);
    sqlite3_bind_text(s, 4, m_isoDate, sqliteraw::formatIsoDate(t.date, m_isoDate), SQLITE_STATIC);
    sqlite3_bind_int64(s, 5, t.amount.ore());
    bindText(6, t.account);
    bindText(7, t.organisationCode);
    bindText(8, t.interventionCode);
    bindText(9, t.sourceCode);
    bindText(10, t.text);
    sqliteraw::bindId(s, 11, t.organisationId);
    sqliteraw::bindId(s, 12, t.interventionId);
    sqliteraw::bindId(s, 13, t.sourceId);
    bindText(14, t.identity);
    const int step = sqlite3_step(s);
    sqlite3_reset(s);
    if (step != SQLITE_DONE) {
        *error = Tr::tr("Cannot store transaction %1: %2").arg(shownValue(t.identity), m_insert->error());
        return std::nullopt;
    }
    if (sqlite3_changes(m_db) != 1) {
        ++m_alreadyPresent;
        return Added::AlreadyPresent;
    }
    ++m_inserted;
    m_insertedTotal += t.amount;
    m_days.add(t, sqlite3_last_insert_rowid(m_db));
    return Added::Inserted;
}

bool LedgerWriter::commit(qint64 rowsRead, QString *error, const std::function<bool(qint64, qint64)> &progress)
{
    if (!m_days.write(m_db, m_batchId, error))
        return false;
    QSqlDatabase db = m_store.database();
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE import_batch SET rows_read = ?, rows_imported = ?, total_ore = ? WHERE id = ?"));
    finish.addBindValue(rowsRead);
    finish.addBindValue(m_inserted);
    finish.addBindValue(m_insertedTotal.ore());
    finish.addBindValue(m_batchId);
    m_insert.reset();
    if (!finish.exec()) {
        *error = Tr::tr("Cannot save the import: %1").arg(finish.lastError().text());
        return false;
    }
    if (m_mirror && !m_mirror->mirrorImport(db, m_batchId, progress, error))
        return false;
    if (!m_transaction->commit()) {
        *error = Tr::tr("Cannot save the import: %1").arg(db.lastError().text());
        return false;
    }
    if (m_mirror)
        m_mirror->importSaved();
    return true;
}

} // namespace horisont
