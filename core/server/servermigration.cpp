#include "server/servermigration.h"

#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "server/serverroles.h"
#include "server/serverschema.h"
#include "store/fileformat.h"
#include "store/migrations.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace horisont::servermigration {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerMigration)
};

/// The first value of the first row `sql` (with `binding`) gives, or an invalid one.
QVariant valueOf(const QSqlDatabase &db, const QString &sql, const QString &binding = QString())
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!binding.isNull())
        q.addBindValue(binding);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

/// Why the connected user cannot upgrade the plan; empty when he can.
QString refusal(const QSqlDatabase &db, const ServerAddress &address, const serverplans::RegisteredPlan &plan)
{
    if (plan.format >= fileformat::currentVersion()) // newer: refused by name; current: nothing to refuse
        return formatProblem(address, plan.format);
    if (plan.format < FirstServerFormat)
        return Tr::tr("The plan \"%1\" on %2 says it is of format %3, but no plan on a server was ever older than "
                      "format %4: its register is wrong, and Horisont does not upgrade it.")
            .arg(address.plan, address.server())
            .arg(plan.format)
            .arg(FirstServerFormat);
    const QString user = valueOf(db, QStringLiteral("SELECT current_user")).toString();
    if (serverroles::roleOf(db, plan.rolePrefix) != serverroles::Role::Owner)
        return Tr::tr("%1 is not an owner of the plan \"%2\" on %3: only an owner can upgrade it.")
            .arg(user, address.plan, address.server());
    // PostgreSQL lets only a table's owner (or a member of its role) alter it: whoever published the plan.
    const QString tableOwner = valueOf(db,
                                       QStringLiteral("SELECT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n "
                                                      "ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r' "
                                                      "AND NOT pg_has_role(current_user, c.relowner, 'USAGE') LIMIT 1"),
                                       plan.schema)
                                   .toString();
    if (!tableOwner.isEmpty())
        return Tr::tr("The tables of the plan \"%1\" on %2 belong to the database role %3, and PostgreSQL lets only "
                      "a table's owner change it: %3 (or a superuser) must upgrade the plan, not %4.")
            .arg(address.plan, address.server(), tableOwner, user);
    if (!valueOf(db, QStringLiteral("SELECT has_column_privilege('horisont.plans', 'format', 'UPDATE')")).toBool()) {
        const QString registerOwner =
            valueOf(db, QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'horisont.plans'::regclass"))
                .toString();
        return Tr::tr("%1 may not change the register of plans on %2, which belongs to the database role %3: %3 (or a "
                      "superuser) must upgrade the plan \"%4\".")
            .arg(user, address.server(), registerOwner, address.plan);
    }
    return {};
}

/// The plan's tables by their object ids: a table a step makes, or makes again under an old name, is new.
QHash<qint64, QString> planTables(const QSqlDatabase &db, const QString &schema)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = ? AND c.relkind = 'r'"));
    q.addBindValue(schema);
    QHash<qint64, QString> tables;
    if (q.exec())
        while (q.next())
            tables.insert(q.value(0).toLongLong(), q.value(1).toString());
    return tables;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().databaseText().trimmed();
    return false;
}

/// Runs every step after `from` in the plan's schema (the transaction is open); false with *step and *error.
bool runSteps(QSqlDatabase &db, const serverplans::RegisteredPlan &plan, int from, int *step, QString *error)
{
    if (!exec(db, QStringLiteral("SET LOCAL search_path TO %1").arg(serverschema::quoted(plan.schema)), error))
        return false;
    const QHash<qint64, QString> before = planTables(db, plan.schema);
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        *step = m.version;
        for (const QString &statement : statementsOf(m)) {
            const auto translated = sqldialect::postgresStatement(statement, error);
            if (!translated || !exec(db, *translated, error))
                return false;
        }
    }
    // What a step made is read and written by the roles as if it had been published so.
    QStringList made;
    const QHash<qint64, QString> after = planTables(db, plan.schema);
    for (auto table = after.begin(); table != after.end(); ++table)
        if (!before.contains(table.key()))
            made << table.value();
    for (const QString &grant : serverroles::tableGrants(plan.rolePrefix, plan.schema, made))
        if (!exec(db, grant, error))
            return false;
    return true;
}

} // namespace

QString formatProblem(const ServerAddress &address, int format)
{
    const int current = fileformat::currentVersion();
    if (format > current)
        return Tr::tr("The plan \"%1\" on %2 is of format %3, newer than this Horisont (format %4): open it with a "
                      "newer Horisont.")
            .arg(address.plan, address.server())
            .arg(format)
            .arg(current);
    if (format < current)
        return Tr::tr("The plan \"%1\" on %2 is of format %3, older than this Horisont's (format %4). Its owner must "
                      "upgrade it first: by opening it in this Horisont, or with \"horisont upgrade %5\".")
            .arg(address.plan, address.server())
            .arg(format)
            .arg(current)
            .arg(address.toString());
    return {};
}

bool Standing::needsUpgrade() const
{
    return format < fileformat::currentVersion();
}

std::optional<Standing> standing(const ServerAddress &address, QString *error)
{
    ServerSession session;
    const auto plan = serverplans::openRegistered(session, address, error);
    if (!plan)
        return std::nullopt;
    Standing found{plan->format, {}};
    if (found.needsUpgrade())
        found.refusal = refusal(session.db(), address, *plan);
    return found;
}

Outcome upgrade(const ServerAddress &address, QString *error, int *from)
{
    ServerSession session;
    const auto plan = serverplans::openRegistered(session, address, error);
    if (!plan)
        return Outcome::Refused;
    if (from)
        *from = plan->format;
    if (plan->format == fileformat::currentVersion())
        return Outcome::AlreadyCurrent;
    QSqlDatabase db = session.db();
    if (const QString why = refusal(db, address, *plan); !why.isEmpty()) {
        *error = why;
        return Outcome::Refused;
    }
    QString problem;
    const auto fail = [&](const QString &message) {
        db.rollback();
        *error = message;
        return Outcome::Refused;
    };
    const auto failed = [&](const QString &what) {
        return fail(Tr::tr("Upgrading the plan \"%1\" on %2 failed; nothing was changed: %3")
                        .arg(address.plan, address.server(), what));
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    // A second upgrader waits here until the first commits, and then finds the plan current.
    QSqlQuery locked(db);
    locked.prepare(QStringLiteral("SELECT format FROM horisont.plans WHERE name = ? FOR UPDATE"));
    locked.addBindValue(address.plan);
    if (!locked.exec() || !locked.next())
        return failed(locked.lastError().databaseText().trimmed());
    const int format = locked.value(0).toInt();
    locked.finish();
    if (from)
        *from = format;
    if (format != plan->format) { // upgraded meanwhile
        db.rollback();
        if (format == fileformat::currentVersion())
            return Outcome::AlreadyCurrent;
        *error = formatProblem(address, format);
        return Outcome::Refused;
    }
    int step = format;
    if (!runSteps(db, *plan, format, &step, &problem))
        return fail(Tr::tr("Upgrading the plan \"%1\" on %2 failed at the step to format %3; nothing was changed, "
                           "it is still of format %4: %5")
                        .arg(address.plan, address.server())
                        .arg(step)
                        .arg(format)
                        .arg(problem));
    QSqlQuery registerFormat(db);
    registerFormat.prepare(QStringLiteral("UPDATE horisont.plans SET format = ? WHERE name = ?"));
    registerFormat.addBindValue(fileformat::currentVersion());
    registerFormat.addBindValue(address.plan);
    if (!registerFormat.exec() || !db.commit())
        return failed(registerFormat.lastError().isValid() ? registerFormat.lastError().databaseText().trimmed()
                                                           : db.lastError().text());
    return Outcome::Upgraded;
}

} // namespace horisont::servermigration
