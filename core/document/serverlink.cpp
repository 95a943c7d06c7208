#include "document/serverlink.h"

#include "document/plandocument.h"
#include "document/replicaopening.h"
#include "labels/labels.h"
#include "model/schema.h"
#include "server/serverconflict.h"
#include "server/servercopy.h"
#include "server/serverplans.h"
#include "server/serverschema.h"
#include "server/serverupdate.h"
#include "server/tablecopy.h"
#include "store/idhighwater.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerLink)
};

using serverschema::quoted;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text().trimmed();
    return false;
}

Id lastLogId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")) && q.next() ? q.value(0).toLongLong()
                                                                                              : NoId;
}

} // namespace

ServerLink::ServerLink(PlanDocument &document) : m_document(document)
{
    m_reconnect.setInterval(ReconnectIntervalMs);
    QObject::connect(&m_reconnect, &QTimer::timeout, this, &ServerLink::tryReconnect);
    QObject::connect(&m_server, &ServerStore::changedOnServer, this, [this] { sync(); });
}

ServerLink::~ServerLink() = default;

std::unique_ptr<PlanDocument> ServerLink::open(const ServerAddress &address, QString *error)
{
    ReplicaOpening::Opened opened = ReplicaOpening::open(address, error);
    if (!opened.online) // the server cannot be reached: the kept replica, read-only, or nothing
        return std::move(opened.document);
    std::unique_ptr<PlanDocument> document = std::move(opened.document);
    if (!document)
        return nullptr;
    document->m_store.refuseWrites(
        Tr::tr("%1 is a plan on a server, where Horisont makes this change only through the server: nothing was "
               "changed. Pull the plan into a file to make it there.")
            .arg(address.describe()));
    std::unique_ptr<ServerLink> link(new ServerLink(*document));
    if (!link->m_server.open(address, error))
        return nullptr;
    link->m_lastSeen = lastLogId(document->m_store.database());
    document->m_userName = link->m_server.user();
    const auto role = link->m_server.role();
    if (!role)
        document->m_readOnlyReason = Tr::tr("%1 has no role in %2: the plan can be read but not changed.")
                                         .arg(link->m_server.user(), address.describe());
    else if (*role == serverroles::Role::Reader)
        document->m_readOnlyReason = Tr::tr("%1 is a reader of %2: the plan can be read but not changed.")
                                         .arg(link->m_server.user(), address.describe());
    document->m_server = std::move(link);
    // Whatever was committed between the pull and the link.
    QString problem;
    if (!document->m_server->sync(&problem)) {
        *error = Tr::tr("Cannot open %1: %2").arg(address.describe(), problem);
        return nullptr;
    }
    return document;
}

bool ServerLink::mayChange(EntityKind kind) const
{
    const auto role = m_server.role();
    return role && serverroles::mayWrite(*role, kindInfo(kind).table);
}

QStringList ServerLink::othersConnected()
{
    return isConnected() ? m_server.othersConnected() : QStringList();
}

bool ServerLink::write(const ChangeList &changes, const QList<ChangeLogEntry> &log, const CommandText &command,
                       QString *error, const std::function<bool(QSqlDatabase &, QString *)> &alongside)
{
    if (!isConnected()) {
        *error = m_lostReason;
        return false;
    }
    const ServerStore::WriteResult result = m_server.write(changes, log, alongside);
    switch (result.outcome) {
    case ServerStore::Outcome::Saved: {
        m_ownFrom = result.lastLogId - log.size() + 1;
        m_ownThrough = result.lastLogId;
        if (sync())
            return true;
        // Saved on the server, but not read back: show it as written; the
        // next look at the server adds its change-log lines.
        const RefusalLifted fromServer(m_document.m_store);
        QString replicaError;
        SqliteStore &replica = m_document.m_store;
        const bool written = replica.writeWith(
            [&](QSqlDatabase &db, QString *why) {
                return (!alongside || alongside(db, why)) && replica.applyInTransaction(changes, why);
            },
            {}, &replicaError);
        if (written)
            m_document.applyInMemory(changes);
        return true;
    }
    case ServerStore::Outcome::Conflict:
        *error = conflictMessage(*result.conflict, m_document.m_plan, command);
        sync();
        Q_EMIT editRefused(*error);
        return false;
    case ServerStore::Outcome::Failed:
        break;
    }
    if (!m_server.isConnected()) {
        connectionLost();
        *error = Tr::tr("%1 was not saved: the connection to %2 was lost. Nothing was changed; the plan is "
                        "read-only until the server can be reached again.")
                     .arg(Labels::quoted(command.toString()), m_server.address().server());
    } else {
        *error = Tr::tr("%1 was not saved, and nothing was changed: %2").arg(Labels::quoted(command.toString()), result.error);
    }
    return false;
}

bool ServerLink::writeWith(const std::function<bool(QSqlDatabase &, QString *)> &statements,
                           const QList<ChangeLogEntry> &log, QString *error)
{
    if (!isConnected()) {
        *error = m_lostReason;
        return false;
    }
    const ServerStore::WriteResult result = m_server.writeWith(
        [&](QSqlDatabase &server) {
            ServerStore::WriteResult done;
            if (statements(server, &done.error))
                done.outcome = ServerStore::Outcome::Saved;
            return done;
        },
        log);
    if (result.outcome != ServerStore::Outcome::Saved) {
        if (!m_server.isConnected()) {
            connectionLost();
            *error = m_lostReason;
        } else {
            *error = result.error;
        }
        return false;
    }
    // The same statements on the replica spare reading the tables again; should they fail there, sync reads them.
    {
        const RefusalLifted fromServer(m_document.m_store);
        QString replicaError;
        if (m_document.m_store.writeWith(statements, {}, &replicaError))
            for (Id line = result.lastLogId - log.size() + 1; line <= result.lastLogId; ++line)
                m_heldInReplica.insert(line);
    }
    m_ownFrom = result.lastLogId - log.size() + 1;
    m_ownThrough = result.lastLogId;
    sync();
    return true;
}

QString ServerLink::refuseScenarioEdit(const QString &scenario, const CommandText &command)
{
    ServerConflict conflict;
    conflict.scenario = scenario;
    conflict.by = m_server.lastLineIn(scenario);
    sync();
    const QString message = conflictMessage(conflict, m_document.m_plan, command);
    Q_EMIT editRefused(message);
    return message;
}

bool ServerLink::sync(QString *error)
{
    QString problem;
    if (!isConnected()) {
        problem = m_lostReason;
    } else if (!m_syncing) {
        m_syncing = true;
        // A scenario or a version in the window: the update is taken against the plan as the replica holds it.
        std::optional<Plan> stored;
        const bool showsPlan = !m_document.m_scenario && !m_document.m_shownVersion;
        if (!showsPlan) {
            stored.emplace();
            m_document.m_store.load(*stored, &problem);
        }
        const auto update =
            fetchServerUpdate(m_server, showsPlan ? m_document.m_plan : *stored, m_lastSeen, m_heldInReplica, &problem);
        if (update && !update->isEmpty() && takeUpdate(*update, showsPlan, &problem))
            problem.clear();
        else if (!update && !m_server.isConnected())
            connectionLost();
        m_syncing = false;
        if (update && problem.isEmpty())
            return true;
    } else {
        return true;
    }
    if (error)
        *error = problem.isEmpty() ? m_lostReason : problem;
    return false;
}

bool ServerLink::takeUpdate(const ServerUpdate &update, bool intoMemory, QString *error)
{
    SqliteStore &replica = m_document.m_store;
    const RefusalLifted fromServer(replica);
    QStringList tables = update.otherTables;
    tables << QStringLiteral("id_high_water"); // others' new items raised it
    const bool written = replica.writeWith(
        [&](QSqlDatabase &db, QString *why) {
            return exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), why)
                   && refreshTables(db, tables, why) && replica.applyInTransaction(update.changes, why);
        },
        update.log, error);
    if (!written) {
        *error = Tr::tr("The copy of %1 could not take the latest changes: %2").arg(m_server.address().describe(), *error);
        return false;
    }
    m_lastSeen = update.lastLogId;
    if (intoMemory)
        m_document.applyInMemory(update.changes);
    idhighwater::reserveUsed(replica.database(), m_document.m_plan);
    if (tables.contains(QLatin1String("ledger_transaction")))
        m_document.ledgerChanged();
    if (tables.contains(QLatin1String("plan_version")))
        m_document.versionsWereChanged();
    if (tables.contains(QLatin1String("plan_scenario"))) {
        m_document.scenariosWereChanged();
        if (m_document.m_scenario)
            m_document.takeScenarioAsStored();
    }
    QList<ChangeLogEntry> others;
    for (const ChangeLogEntry &line : update.log)
        if (line.id < m_ownFrom || line.id > m_ownThrough)
            others << line;
    if (!others.isEmpty())
        Q_EMIT changesArrived(others);
    return true;
}

bool ServerLink::refreshTables(QSqlDatabase &replica, const QStringList &tables, QString *error)
{
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        if (!exec(replica, QStringLiteral("DELETE FROM %1").arg(quoted(*it)), error))
            return false;
    const QString schema = quoted(m_server.registeredPlan().schema) + QLatin1Char('.');
    for (const QString &table : tables) {
        if (!tablecopy::copyRows(m_server.database(), schema + quoted(table), replica, quoted(table),
                                 serverschema::columns(replica, table), error))
            return false;
    }
    return true;
}

bool ServerLink::mirrorImport(const QSqlDatabase &replica, qint64 batch,
                              const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    if (!isConnected()) {
        *error = m_lostReason;
        return false;
    }
    QSqlQuery about(replica);
    about.prepare(QStringLiteral("SELECT file_name, rows_imported FROM import_batch WHERE id = ?"));
    about.addBindValue(batch);
    if (!about.exec() || !about.next()) {
        *error = about.lastError().text();
        return false;
    }
    ChangeLogEntry line;
    line.at = QDateTime::currentDateTimeUtc();
    line.action = QStringLiteral("do");
    line.command = CommandText("horisont::ServerLink", QT_TRANSLATE_NOOP("horisont::ServerLink", "Import actuals"));
    line.entity = QStringLiteral("import_batch");
    line.entityId = batch;
    line.hasNew = true;
    line.newValue = QStringLiteral("%1 (%2)").arg(about.value(0).toString()).arg(about.value(1).toLongLong());
    QString state;
    const ServerStore::WriteResult result = m_server.writeWith(
        [&](QSqlDatabase &server) {
            ServerStore::WriteResult copied;
            if (servercopy::copyImport(server, replica, batch, progress, &copied.error, &state))
                copied.outcome = ServerStore::Outcome::Saved;
            return copied;
        },
        {line});
    if (result.outcome == ServerStore::Outcome::Saved) {
        m_mirroredImport = result.lastLogId;
        return true;
    }
    if (state == servercopy::CancelledState) {
        error->clear();
        return false;
    }
    if (!m_server.isConnected()) {
        connectionLost();
        *error = Tr::tr("The import was not saved: the connection to %1 was lost. Nothing was imported; the plan is "
                        "read-only until the server can be reached again.")
                     .arg(m_server.address().server());
    } else if (state == QLatin1String("23505")) { // unique: an identity or an id another import took meanwhile
        *error = Tr::tr("The import was not saved: another import into %1 was saved meanwhile with some of the same "
                        "rows or numbers. Nothing was imported; the plan now shows that import. Import again to add "
                        "what is still missing.")
                     .arg(m_server.address().describe());
        QTimer::singleShot(0, this, [this] { sync(); });
    } else {
        *error = Tr::tr("The import was not saved, and nothing was imported: %1").arg(result.error);
    }
    return false;
}

void ServerLink::importSaved()
{
    m_heldInReplica.insert(m_mirroredImport);
    m_ownFrom = m_ownThrough = m_mirroredImport;
    sync();
}

void ServerLink::connectionLost()
{
    if (!m_lostReason.isEmpty())
        return;
    m_lostReason = Tr::tr("The connection to %1 was lost. The plan is shown as it was and is read-only until the "
                          "server can be reached again; Horisont keeps trying.")
                       .arg(m_server.address().server());
    m_document.m_connectionReason = m_lostReason;
    m_reconnect.start();
    Q_EMIT connectionChanged(false);
}

void ServerLink::tryReconnect()
{
    QString error;
    if (!m_server.reconnect(&error))
        return;
    m_reconnect.stop();
    m_lostReason.clear();
    m_document.m_connectionReason.clear();
    sync();
    Q_EMIT connectionChanged(true);
}

} // namespace horisont
