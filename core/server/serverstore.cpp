#include "server/serverstore.h"

#include "model/schema.h"
#include "model/storageform.h"
#include "server/serverconnection.h"
#include "server/serverschema.h"
#include "store/changelogrow.h"
#include "store/transactionguard.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerStore)
};

using serverschema::quoted;

/// The first key of every Horisont plan's advisory lock ("Hori"); the second is the plan's number.
constexpr qint32 AdvisoryLockClass = 0x486f7269;

constexpr auto ChangeLogColumns = "id, at, user_name, action, command, entity, entity_id, field, old_value, "
                                  "new_value, reason, scenario";

QString selectColumns(const KindInfo &info)
{
    QStringList columns{QStringLiteral("id")};
    for (const auto &f : info.fields)
        columns << quoted(f.name);
    return columns.join(QStringLiteral(", "));
}

} // namespace

ServerStore::ServerStore()
    : m_connection(QStringLiteral("horisont-plan-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerStore::~ServerStore()
{
    close();
}

QSqlDatabase ServerStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ServerStore::open(const ServerAddress &address, QString *error)
{
    m_address = address;
    return connect(error);
}

bool ServerStore::reconnect(QString *error)
{
    return connect(error);
}

void ServerStore::close()
{
    m_statements.clear();
    closeServerConnection(m_connection);
}

QString ServerStore::channel() const
{
    return QStringLiteral("horisont_") + m_plan.schema;
}

bool ServerStore::connect(QString *error)
{
    close();
    if (!openServerConnection(m_address, m_connection, error))
        return false;
    QSqlDatabase db = database();
    const auto plan = serverplans::registered(db, m_address, error);
    if (!plan) {
        close();
        return false;
    }
    m_plan = *plan;
    m_planNumber = m_plan.schema.section(QLatin1Char('_'), 1).toLongLong();
    QSqlQuery q(db);
    // Unqualified names are the plan's tables; the session's name tells others who has the plan open.
    if (!q.exec(QStringLiteral("SET search_path TO %1").arg(quoted(m_plan.schema)))
        || !q.prepare(QStringLiteral("SELECT session_user, set_config('application_name', ?, false)"))) {
        *error = Tr::tr("Cannot open \"%1\" on %2: %3").arg(m_address.plan, m_address.server(), failureText(q.lastError()));
        close();
        return false;
    }
    q.addBindValue(QStringLiteral("horisont ") + m_plan.schema);
    if (!q.exec() || !q.next()) {
        *error = Tr::tr("Cannot open \"%1\" on %2: %3").arg(m_address.plan, m_address.server(), failureText(q.lastError()));
        close();
        return false;
    }
    m_user = q.value(0).toString();
    m_role = serverroles::roleOf(db, m_plan.rolePrefix);
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(channel())) {
        *error = Tr::tr("Cannot follow \"%1\" on %2: %3").arg(m_address.plan, m_address.server(), failureText(driver->lastError()));
        close();
        return false;
    }
    QObject::connect(driver, &QSqlDriver::notification, this,
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source == QSqlDriver::OtherSource)
                             Q_EMIT changedOnServer();
                     });
    return true;
}

bool ServerStore::isConnected() const
{
    const PGconn *connection = libpqConnection(database());
    return connection && PQstatus(connection) == CONNECTION_OK;
}

bool ServerStore::ping()
{
    if (!isConnected())
        return false;
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1")) && isConnected();
}

QString ServerStore::failureText(const QSqlError &error) const
{
    if (!isConnected())
        return Tr::tr("the connection to %1 was lost").arg(m_address.server());
    return error.text().trimmed();
}

QSqlQuery &ServerStore::prepared(const QString &sql)
{
    return m_statements.get(database(), sql);
}

ServerConflict ServerStore::conflictOn(EntityKind kind, Id id, int field)
{
    const KindInfo &info = kindInfo(kind);
    ServerConflict conflict;
    conflict.kind = kind;
    conflict.id = id;
    conflict.field = field;
    QSqlQuery exists(database());
    exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(info.table));
    exists.addBindValue(qlonglong(id));
    conflict.removed = exists.exec() && !exists.next();
    QSqlQuery last(database());
    last.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE entity = ? AND entity_id = ? AND scenario IS NULL "
                                "AND (field = ? OR field = '' OR ? = '') ORDER BY id DESC LIMIT 1")
                     .arg(QLatin1String(ChangeLogColumns)));
    const QString fieldName = field >= 0 ? info.fields.at(field).name : QString(QLatin1String(""));
    last.addBindValue(info.table);
    last.addBindValue(qlonglong(id));
    last.addBindValue(fieldName);
    last.addBindValue(fieldName);
    if (last.exec() && last.next())
        conflict.by = readChangeLogRow(last);
    return conflict;
}

std::optional<ServerConflict> ServerStore::applyChange(const Change &change, QString *error)
{
    const KindInfo &info = kindInfo(change.record.kind);
    const Id id = change.record.id;
    switch (change.type) {
    case Change::Type::Insert: {
        QSqlQuery &taken = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(info.table));
        taken.addBindValue(qlonglong(id));
        if (!taken.exec()) {
            *error = failureText(taken.lastError());
            return std::nullopt;
        }
        if (taken.next()) {
            ServerConflict conflict = conflictOn(change.record.kind, id, -1);
            conflict.taken = true;
            return conflict;
        }
        QStringList columns{QStringLiteral("id")}, marks{QStringLiteral("?")};
        for (const auto &f : info.fields) {
            columns << quoted(f.name);
            marks << QStringLiteral("?");
        }
        QSqlQuery &insert = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(info.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        insert.addBindValue(qlonglong(id));
        for (const QVariant &value : change.record.values)
            insert.addBindValue(value);
        if (!insert.exec())
            *error = Tr::tr("Cannot add to %1: %2").arg(info.table, failureText(insert.lastError()));
        return std::nullopt;
    }
    case Change::Type::Update: {
        const QString column = quoted(info.fields.at(change.field).name);
        QSqlQuery &update = prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NOT DISTINCT FROM ?")
                                         .arg(info.table, column));
        update.addBindValue(change.newValue);
        update.addBindValue(qlonglong(id));
        update.addBindValue(change.oldValue);
        if (!update.exec()) {
            *error = Tr::tr("Cannot change %1 %2: %3").arg(info.table).arg(id).arg(failureText(update.lastError()));
            return std::nullopt;
        }
        if (update.numRowsAffected() != 1)
            return conflictOn(change.record.kind, id, change.field);
        return std::nullopt;
    }
    case Change::Type::Remove: {
        // The item goes only as its remover saw it: a field changed meanwhile keeps it.
        QStringList same{QStringLiteral("id = ?")};
        for (const auto &f : info.fields)
            same << QStringLiteral("%1 IS NOT DISTINCT FROM ?").arg(quoted(f.name));
        QSqlQuery &remove =
            prepared(QStringLiteral("DELETE FROM %1 WHERE %2").arg(info.table, same.join(QStringLiteral(" AND "))));
        remove.addBindValue(qlonglong(id));
        for (const QVariant &value : change.record.values)
            remove.addBindValue(value);
        if (!remove.exec()) {
            *error = Tr::tr("Cannot remove %1 %2: %3").arg(info.table).arg(id).arg(failureText(remove.lastError()));
            return std::nullopt;
        }
        if (remove.numRowsAffected() != 1)
            return conflictOn(change.record.kind, id, -1);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

ServerStore::WriteResult ServerStore::write(const ChangeList &changes, const QList<ChangeLogEntry> &log,
                                           const std::function<bool(QSqlDatabase &, QString *)> &alongside)
{
    return writeWith(
        [&](QSqlDatabase &server) {
            WriteResult result;
            if (alongside && !alongside(server, &result.error))
                return result;
            QMap<EntityKind, Id> highest;
            for (const Change &change : changes) {
                if (auto conflict = applyChange(change, &result.error)) {
                    result.outcome = Outcome::Conflict;
                    result.conflict = std::move(conflict);
                    return result;
                }
                if (!result.error.isEmpty())
                    return result;
                if (change.type == Change::Type::Insert)
                    highest[change.record.kind] = std::max(highest.value(change.record.kind), change.record.id);
            }
            for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
                QSqlQuery &raise = prepared(QStringLiteral("UPDATE id_high_water SET high = GREATEST(high, ?) WHERE entity = ?"));
                raise.addBindValue(qlonglong(it.value()));
                raise.addBindValue(kindInfo(it.key()).table);
                if (!raise.exec()) {
                    result.error = failureText(raise.lastError());
                    return result;
                }
            }
            result.outcome = Outcome::Saved;
            return result;
        },
        log);
}

ServerStore::WriteResult ServerStore::writeWith(const std::function<WriteResult(QSqlDatabase &)> &statements,
                                                const QList<ChangeLogEntry> &log)
{
    WriteResult result;
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        result.error = failureText(db.lastError());
        return result;
    }
    result = statements(db);
    if (result.outcome != Outcome::Saved || !appendLog(log, &result))
        return result;
    if (!transaction.commit()) {
        result.outcome = Outcome::Failed;
        result.error = failureText(db.lastError());
        // Foreign keys are checked at commit: another's edit now uses what this one removed, or removed what it uses.
        if (db.lastError().nativeErrorCode() == QLatin1String("23503") && isConnected()) {
            result.outcome = Outcome::Conflict;
            result.conflict = ServerConflict{};
            result.conflict->referenced = true;
        }
    }
    return result;
}

bool ServerStore::appendLog(const QList<ChangeLogEntry> &log, WriteResult *result)
{
    const auto failed = [&](const QString &why) {
        result->outcome = Outcome::Failed;
        result->error = why;
        return false;
    };
    // Held from the first log line to the commit: the log's ids grow in commit order.
    QSqlQuery &lock = prepared(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    lock.addBindValue(AdvisoryLockClass);
    lock.addBindValue(qint32(m_planNumber));
    if (!lock.exec())
        return failed(failureText(lock.lastError()));
    QSqlQuery &next = prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
    if (!next.exec() || !next.next())
        return failed(failureText(next.lastError()));
    Id logId = next.value(0).toLongLong();
    next.finish();
    for (const ChangeLogEntry &e : log) {
        QSqlQuery &append = prepared(QStringLiteral(
            "INSERT INTO change_log (id, at, user_name, action, command, entity, entity_id, field, old_value, "
            "new_value, reason, scenario) VALUES (?, ?, session_user, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        append.addBindValue(qlonglong(++logId));
        append.addBindValue(e.at.toString(Qt::ISODateWithMs));
        append.addBindValue(storage::text(e.action));
        append.addBindValue(storage::text(e.command.toStored()));
        append.addBindValue(storage::text(e.entity));
        append.addBindValue(qlonglong(e.entityId));
        append.addBindValue(storage::text(e.field));
        append.addBindValue(e.hasOld ? QVariant(e.oldValue) : QVariant());
        append.addBindValue(e.hasNew ? QVariant(e.newValue) : QVariant());
        append.addBindValue(storage::text(e.reason));
        append.addBindValue(e.scenario.isEmpty() ? QVariant() : QVariant(e.scenario));
        if (!append.exec())
            return failed(Tr::tr("Cannot write the change log: %1").arg(failureText(append.lastError())));
    }
    QSqlQuery &notify = prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(channel());
    notify.addBindValue(QString::number(logId));
    if (!notify.exec())
        return failed(failureText(notify.lastError()));
    notify.finish();
    result->lastLogId = logId;
    return true;
}

std::optional<QList<ChangeLogEntry>> ServerStore::logSince(Id lastSeen, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM change_log WHERE id > ? ORDER BY id").arg(QLatin1String(ChangeLogColumns)));
    q.addBindValue(qlonglong(lastSeen));
    if (!q.exec()) {
        *error = failureText(q.lastError());
        return std::nullopt;
    }
    QList<ChangeLogEntry> entries;
    while (q.next())
        entries.append(readChangeLogRow(q));
    q.finish();
    return entries;
}

ChangeLogEntry ServerStore::lastLineIn(const QString &scenario)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT %1 FROM change_log WHERE scenario = ? ORDER BY id DESC LIMIT 1").arg(QLatin1String(ChangeLogColumns)));
    q.addBindValue(scenario);
    ChangeLogEntry line;
    if (q.exec() && q.next())
        line = readChangeLogRow(q);
    q.finish();
    return line;
}

std::optional<QHash<Id, Record>> ServerStore::records(EntityKind kind, const QList<Id> &ids, QString *error)
{
    const KindInfo &info = kindInfo(kind);
    QHash<Id, Record> found;
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        QStringList numbers;
        for (Id id : ids.mid(from, Chunk))
            numbers << QString::number(id);
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                        .arg(selectColumns(info), info.table, numbers.join(QLatin1Char(','))))) {
            *error = failureText(q.lastError());
            return std::nullopt;
        }
        while (q.next()) {
            Record record{kind, q.value(0).toLongLong(), {}};
            for (int i = 0; i < info.fields.size(); ++i)
                record.values.append(normaliseField(kind, i, q.value(i + 1)));
            found.insert(record.id, record);
        }
    }
    return found;
}

QStringList ServerStore::othersConnected()
{
    QStringList others;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT usename, coalesce(client_hostname, host(client_addr), '') FROM pg_stat_activity "
                             "WHERE application_name = ? AND datname = current_database() AND pid <> pg_backend_pid() "
                             "ORDER BY usename, backend_start"));
    q.addBindValue(QStringLiteral("horisont ") + m_plan.schema);
    if (!q.exec())
        return others;
    while (q.next()) {
        const QString host = q.value(1).toString();
        others << (host.isEmpty() ? q.value(0).toString() : Tr::tr("%1 (%2)").arg(q.value(0).toString(), host));
    }
    return others;
}

} // namespace horisont
