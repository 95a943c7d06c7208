#include "server/servercopy.h"

#include "server/serverconnection.h"
#include "server/serverschema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace horisont::servercopy {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerCopy)
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
    case QMetaType::QByteArray: // bytea's hex form, its backslash escaped for COPY
        out += "\\\\x" + value.toByteArray().toHex();
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
    const QSqlDatabase &replica = file;
    const QStringList columns = serverschema::columns(replica, table);
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns << serverschema::quoted(column);
    const QString list = quotedColumns.join(QStringLiteral(", "));
    QSqlQuery read(replica);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT %1 FROM %2%3").arg(list, serverschema::quoted(table),
                                                          where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!where.isEmpty())
        read.addBindValue(bind);
    if (!read.exec()) {
        *error = Tr::tr("Reading %1 failed: %2").arg(table, read.lastError().text());
        return false;
    }
    PGresult *started = PQexec(connection, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(serverTable, list).toUtf8().constData());
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
