#include "server/servercopy.h"

#include "ledger/sqliteraw.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QUtf8StringView>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>

namespace horisont::servercopy {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerCopy)
};

constexpr qsizetype FlushBytes = 1 << 20;


/// Bytes in COPY's text format: backslash, tab and line ends escaped, the runs between appended whole.
void appendEscaped(QByteArray &out, const char *text, qsizetype size)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char *escape = nullptr;
        switch (text[i]) {
        case '\\': escape = "\\\\"; break;
        case '\t': escape = "\\t"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        default: continue;
        }
        out.append(text + from, i - from);
        out.append(escape, 2);
        from = i + 1;
    }
    out.append(text + from, size - from);
}

/// Column `column` of the current row in COPY's text format, read straight
/// from SQLite: through QSqlQuery each of a million rows' fifteen values was
/// a QVariant and a QString converted back to UTF-8, about 2 s of this
/// process's CPU per million rows of an import (measured: 7.2 s → 5 s for
/// BM_ServerImportLedger), beside the server's 3 s of its own. The text is what that
/// conversion gave: NULL as \N, integers in decimal, reals as QVariant writes
/// them, BLOBs in bytea's hex form, text as UTF-8 (made valid, as a QString
/// would).
void appendColumn(QByteArray &out, sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        out += "\\N";
        return;
    case SQLITE_INTEGER: {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(row, column));
        out.append(digits, written.ptr - digits);
        return;
    }
    case SQLITE_FLOAT: {
        const QByteArray text = QVariant(sqlite3_column_double(row, column)).toString().toUtf8();
        appendEscaped(out, text.constData(), text.size());
        return;
    }
    case SQLITE_BLOB: { // bytea's hex form, its backslash escaped for COPY
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(row, column));
        out += "\\\\x" + QByteArray::fromRawData(bytes, sqlite3_column_bytes(row, column)).toHex();
        return;
    }
    default:
        break;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
    const int size = sqlite3_column_bytes(row, column);
    if (QUtf8StringView(text, size).isValidUtf8()) {
        appendEscaped(out, text, size);
    } else {
        const QByteArray valid = QString::fromUtf8(text, size).toUtf8();
        appendEscaped(out, valid.constData(), valid.size());
    }
}

bool bindWhere(sqlite3_stmt *statement, const QVariant &value)
{
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return sqlite3_bind_int64(statement, 1, value.toLongLong()) == SQLITE_OK;
    const QByteArray text = value.toString().toUtf8();
    return sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_OK;
}

QString serverError(PGconn *connection, PGresult *result, QString *state)
{
    if (result) {
        if (const char *code = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            *state = QString::fromLatin1(code);
        const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

bool copyRows(QSqlDatabase &server, const QSqlDatabase &file, const QString &table, const QString &serverTable,
              const QString &where, const QVariant &bind, const std::function<bool(qint64)> &rowDone,
              QString *error, QString *state)
{
    PGconn *connection = libpqConnection(server);
    if (!connection) {
        *error = Tr::tr("The connection to the server is not open.");
        return false;
    }
    sqlite3 *replica = sqliteraw::handle(file);
    if (!replica) {
        *error = Tr::tr("Reading %1 failed").arg(table);
        return false;
    }
    const QStringList columns = serverschema::columns(file, table);
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << serverschema::quoted(column);
    const QString list = quotedColumns.join(QStringLiteral(", "));
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2%3")
                                  .arg(list, serverschema::quoted(table),
                                       where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                                  .toUtf8();
    sqliteraw::Statement read(replica, select.constData());
    if (!read.isValid() || (!where.isEmpty() && !bindWhere(read.get(), bind))) {
        *error = Tr::tr("Reading %1 failed: %2").arg(table, read.error());
        return false;
    }
    PGresult *started = PQexec(connection, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(serverTable, list).toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying)
        *error = serverError(connection, started, state);
    PQclear(started);
    if (!copying)
        return false;
    const int width = int(columns.size());
    QByteArray buffer;
    buffer.reserve(FlushBytes + 4096);
    bool sent = true;
    bool cancelled = false;
    int step = SQLITE_ROW;
    qint64 rows = 0;
    while (sent && !cancelled && (step = sqlite3_step(read.get())) == SQLITE_ROW) {
        for (int i = 0; i < width; ++i) {
            if (i > 0)
                buffer += '\t';
            appendColumn(buffer, read.get(), i);
        }
        buffer += '\n';
        cancelled = rowDone && !rowDone(++rows);
        if (buffer.size() >= FlushBytes) {
            sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    const bool readFailed = step != SQLITE_ROW && step != SQLITE_DONE;
    const QString readError = readFailed ? read.error() : QString();
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
    const QByteArray abandoned = Tr::tr("Reading %1 failed").arg(table).toUtf8();
    const bool readWhole = !readFailed && !cancelled;
    if (PQputCopyEnd(connection, sent && readWhole ? nullptr : abandoned.constData()) != 1)
        sent = false;
    bool ok = sent && readWhole;
    if (cancelled) {
        while (PGresult *result = PQgetResult(connection))
            PQclear(result);
        *state = CancelledState;
        return false;
    }
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok || error->isEmpty())
                *error = readWhole ? serverError(connection, result, state)
                                   : Tr::tr("Reading %1 failed: %2").arg(table, readError);
            ok = false;
        }
        PQclear(result);
    }
    if (!ok && error->isEmpty())
        *error = serverError(connection, nullptr, state);
    return ok;
}


bool copyImport(QSqlDatabase &server, const QSqlDatabase &file, qint64 batch,
                const std::function<bool(qint64, qint64)> &progress, QString *error, QString *state)
{
    QSqlQuery count(file);
    count.prepare(QStringLiteral("SELECT count(*) FROM ledger_transaction WHERE import_id = ?"));
    count.addBindValue(batch);
    const qint64 total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    constexpr qint64 ProgressStep = 10000;
    const auto transactionDone = [&](qint64 done) {
        return !progress || done % ProgressStep != 0 || progress(done, total);
    };
    const auto into = [&](const QString &table, const char *where, const std::function<bool(qint64)> &rowDone) {
        return copyRows(server, file, table, serverschema::quoted(table), QString::fromLatin1(where), batch, rowDone,
                        error, state);
    };
    return into(QStringLiteral("import_batch"), "id = ?", {})
           && into(QStringLiteral("ledger_transaction"), "import_id = ?", transactionDone)
           && into(QStringLiteral("ledger_day"), "import_id = ?", {});
}

} // namespace horisont::servercopy
