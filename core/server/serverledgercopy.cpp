#include "server/serverledgercopy.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace horisont::serverledgercopy {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerLedgerCopy)
};

constexpr qsizetype FlushBytes = 1 << 20;


/// One value in COPY's text format: \N for NULL; backslash, tab and line ends escaped.
void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    for (const char c : value.toString().toUtf8()) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
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

/// The rows of `table` in the replica that `where` selects, COPYed into the server's table of that name.
bool copyTable(PGconn *connection, const QSqlDatabase &replica, const QString &table, const QString &where, qint64 batch,
               const std::function<bool(qint64)> &rowDone, QString *error, QString *state)
{
    const QStringList columns = serverschema::columns(replica, table);
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << serverschema::quoted(column);
    const QString list = quotedColumns.join(QStringLiteral(", "));
    QSqlQuery read(replica);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(list, serverschema::quoted(table), where));
    read.addBindValue(batch);
    if (!read.exec()) {
        *error = Tr::tr("Reading %1 failed: %2").arg(table, read.lastError().text());
        return false;
    }
    PGresult *started = PQexec(connection, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(serverschema::quoted(table), list).toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying)
        *error = serverError(connection, started, state);
    PQclear(started);
    if (!copying)
        return false;
    QByteArray buffer;
    buffer.reserve(FlushBytes + 4096);
    bool sent = true;
    bool cancelled = false;
    qint64 rows = 0;
    while (sent && !cancelled && read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendValue(buffer, read.value(i));
        }
        buffer += '\n';
        cancelled = rowDone && !rowDone(++rows);
        if (buffer.size() >= FlushBytes) {
            sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
    const QByteArray abandoned = Tr::tr("Reading %1 failed").arg(table).toUtf8();
    const bool readWhole = !read.lastError().isValid() && !cancelled;
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
                                   : Tr::tr("Reading %1 failed: %2").arg(table, read.lastError().text());
            ok = false;
        }
        PQclear(result);
    }
    if (!ok && error->isEmpty())
        *error = serverError(connection, nullptr, state);
    return ok;
}

} // namespace

bool copyImport(QSqlDatabase &server, const QSqlDatabase &replica, qint64 batch,
                const std::function<bool(qint64, qint64)> &progress, QString *error, QString *state)
{
    PGconn *connection = libpqConnection(server);
    if (!connection) {
        *error = Tr::tr("The connection to the server is not open.");
        return false;
    }
    QSqlQuery count(replica);
    count.prepare(QStringLiteral("SELECT count(*) FROM ledger_transaction WHERE import_id = ?"));
    count.addBindValue(batch);
    const qint64 total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    constexpr qint64 ProgressStep = 10000;
    const auto transactionDone = [&](qint64 done) {
        return !progress || done % ProgressStep != 0 || progress(done, total);
    };
    return copyTable(connection, replica, QStringLiteral("import_batch"), QStringLiteral("id"), batch, {}, error, state)
           && copyTable(connection, replica, QStringLiteral("ledger_transaction"), QStringLiteral("import_id"), batch,
                        transactionDone, error, state)
           && copyTable(connection, replica, QStringLiteral("ledger_day"), QStringLiteral("import_id"), batch, {}, error, state);
}

} // namespace horisont::serverledgercopy
