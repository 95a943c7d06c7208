#include "server/serverplans.h"

#include "server/serverconnection.h"
#include "server/serverroles.h"
#include "server/servercopy.h"
#include "server/servermigration.h"
#include "server/serverschema.h"
#include "server/tablecopy.h"
#include "store/fileformat.h"
#include "store/partialfile.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace horisont::serverplans {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerPlans)
};

using serverschema::quoted;

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text().trimmed();
    return false;
}

} // namespace

std::optional<RegisteredPlan> registered(const QSqlDatabase &db, const ServerAddress &address, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT schema_name, role_prefix, format, to_char(created_at AT TIME ZONE 'UTC', "
                             "'YYYYMMDDHH24MISSUS') FROM horisont.plans WHERE name = ?"));
    q.addBindValue(address.plan);
    if (!q.exec() || !q.next()) {
        *error = Tr::tr("There is no plan \"%1\" on %2.").arg(address.plan, address.server());
        return std::nullopt;
    }
    return RegisteredPlan{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()};
}

std::optional<RegisteredPlan> openRegistered(ServerSession &session, const ServerAddress &address, QString *error)
{
    if (!session.open(address, error))
        return std::nullopt;
    return registered(session.db(), address, error);
}

bool publish(const QString &file, const ServerAddress &to, QString *error)
{
    if (const auto problem = serveraddress::planNameProblem(to.plan)) {
        *error = *problem;
        return false;
    }
    SqliteStore store;
    if (!store.open(file, true, error))
        return false;
    if (const QString problem = store.formatProblem(); !problem.isEmpty()) {
        *error = Tr::tr("%1 cannot be published: %2").arg(QFileInfo(file).fileName(), problem);
        return false;
    }
    if (store.userVersion() != fileformat::currentVersion()) {
        *error = Tr::tr("%1 is of file format %2; open it once in this Horisont (format %3) before publishing it.")
                     .arg(QFileInfo(file).fileName())
                     .arg(store.userVersion())
                     .arg(fileformat::currentVersion());
        return false;
    }
    ServerSession server;
    if (!server.open(to, error))
        return false;
    QSqlDatabase pg = server.db();
    QSqlDatabase sqlite = store.database();
    if (!sqlite.transaction()) { // one consistent read of the file, whoever writes to it meanwhile
        *error = sqlite.lastError().text();
        return false;
    }
    const auto fail = [&](const QString &what) {
        pg.rollback();
        sqlite.rollback();
        *error = Tr::tr("Publishing %1 as \"%2\" on %3 failed; nothing was written: %4")
                     .arg(QFileInfo(file).fileName(), to.plan, to.server(), what);
        return false;
    };
    QString problem;
    if (!pg.transaction())
        return fail(pg.lastError().text());
    for (const QString &statement : serverschema::registryStatements())
        if (!exec(pg, statement, &problem))
            return fail(problem);
    // Two publishers of one name: the second waits here and then finds the name taken.
    if (!exec(pg, QStringLiteral("LOCK TABLE horisont.plans IN SHARE ROW EXCLUSIVE MODE"), &problem))
        return fail(problem);
    QSqlQuery taken(pg);
    taken.prepare(QStringLiteral("SELECT 1 FROM horisont.plans WHERE name = ?"));
    taken.addBindValue(to.plan);
    if (!taken.exec())
        return fail(taken.lastError().text());
    if (taken.next()) {
        pg.rollback();
        sqlite.rollback();
        *error = Tr::tr("There is already a plan \"%1\" on %2; publishing never overwrites one.")
                     .arg(to.plan, to.server());
        return false;
    }
    QSqlQuery insert(pg);
    insert.prepare(QStringLiteral("WITH next AS (SELECT nextval(pg_get_serial_sequence('horisont.plans', 'id')) AS id) "
                                  "INSERT INTO horisont.plans (id, name, schema_name, role_prefix, format) "
                                  "SELECT id, ?, 'plan_' || id, 'horisont_' || (SELECT oid FROM pg_database "
                                  "WHERE datname = current_database()) || '_' || id, ? FROM next "
                                  "RETURNING schema_name, role_prefix, current_user"));
    insert.addBindValue(to.plan);
    insert.addBindValue(fileformat::currentVersion());
    if (!insert.exec() || !insert.next())
        return fail(insert.lastError().text());
    const QString schema = insert.value(0).toString();
    auto statements = serverschema::planStatements(sqlite, schema, &problem);
    if (!statements)
        return fail(problem);
    // The roles are the database's own: made here, in the same transaction.
    const QStringList tables = serverschema::tables(sqlite);
    *statements += serverroles::creationStatements(insert.value(1).toString(), schema, tables,
                                                   insert.value(2).toString());
    for (const QString &statement : *statements)
        if (!exec(pg, statement, &problem))
            return fail(problem);
    for (const QString &table : tables) {
        QString state;
        if (!servercopy::copyRows(pg, sqlite, table, quoted(schema) + QLatin1Char('.') + quoted(table), QString(), {}, {},
                                  &problem, &state))
            return fail(problem);
    }
    if (!pg.commit())
        return fail(pg.lastError().text());
    sqlite.rollback();
    return true;
}

bool pull(const ServerAddress &from, const QString &file, QString *error)
{
    if (QFileInfo::exists(file)) {
        *error = Tr::tr("%1 exists; pull writes a new file and never overwrites one.").arg(file);
        return false;
    }
    ServerSession server;
    const auto plan = openRegistered(server, from, error);
    if (!plan)
        return false;
    QSqlDatabase pg = server.db();
    if (const QString problem = servermigration::formatProblem(from, plan->format); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    partialfile::removeAbandoned(file, QStringLiteral("pulling"));
    const QString partial = partialfile::pathFor(file, QStringLiteral("pulling"));
    partialfile::remove(partial);
    bool written = false;
    {
        SqliteStore store;
        if (!store.open(partial, false, error) || !store.initialise(error)) {
            store.close();
            partialfile::remove(partial);
            return false;
        }
        QSqlDatabase sqlite = store.database();
        QString problem;
        // The server's rows arrive in table order; their references are checked once all are in.
        written = exec(sqlite, QStringLiteral("PRAGMA foreign_keys = OFF"), &problem) && pg.transaction()
                  && exec(pg, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), &problem)
                  && sqlite.transaction();
        for (const QString &table : serverschema::tables(sqlite)) {
            if (!written)
                break;
            written = exec(sqlite, QStringLiteral("DELETE FROM %1").arg(quoted(table)), &problem)
                      && tablecopy::copyRows(pg, quoted(plan->schema) + QLatin1Char('.') + quoted(table), sqlite, quoted(table),
                                  serverschema::columns(sqlite, table), &problem);
        }
        QSqlQuery check(sqlite);
        if (written && check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next()) {
            problem = Tr::tr("a row of %1 refers to a missing row of %2").arg(check.value(0).toString(), check.value(2).toString());
            written = false;
        }
        written = written && sqlite.commit();
        if (!written) {
            sqlite.rollback();
            *error = Tr::tr("Pulling \"%1\" into %2 failed; no file was written: %3").arg(from.plan, file, problem);
        }
        pg.rollback();
        if (written && store.check(true) != QLatin1String("ok")) {
            *error = Tr::tr("Pulling \"%1\" into %2 failed; the copy is not whole: %3").arg(from.plan, file, store.check(true));
            written = false;
        }
        check = QSqlQuery();
        sqlite = QSqlDatabase(); // the last handles on the connection, before it closes
        store.close();
    }
    if (!written || !QFile::rename(partial, file)) {
        if (written)
            *error = Tr::tr("Cannot write %1.").arg(file);
        partialfile::remove(partial);
        return false;
    }
    return true;
}

std::optional<QList<ServerPlan>> list(const ServerAddress &database, QString *error)
{
    ServerSession server;
    if (!server.open(database, error))
        return std::nullopt;
    QSqlQuery q(server.db());
    if (!q.exec(QStringLiteral("SELECT to_regclass('horisont.plans') IS NOT NULL")) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<ServerPlan> plans;
    if (!q.value(0).toBool())
        return plans;
    if (!q.exec(QStringLiteral("SELECT name, created_by, created_at, format, role_prefix FROM horisont.plans ORDER BY name"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const auto role = serverroles::roleOf(server.db(), q.value(4).toString());
        plans << ServerPlan{q.value(0).toString(), q.value(1).toString(), q.value(2).toDateTime(), q.value(3).toInt(),
                            role ? serverroles::roleName(*role) : QString()};
    }
    return plans;
}

} // namespace horisont::serverplans
