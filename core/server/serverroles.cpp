#include "server/serverroles.h"

#include "server/serverconnection.h"
#include "server/serverplans.h"
#include "server/serverschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace horisont::serverroles {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerRoles)
};

using serverschema::quoted;

constexpr Role allRoles[] = {Role::Reader, Role::Editor, Role::Controller, Role::Owner};

/// The tables a role writes, beyond those of the roles it includes.
QStringList tablesWrittenBy(Role role)
{
    switch (role) {
    case Role::Reader:
        return {};
    case Role::Editor:
        return {QStringLiteral("programme"), QStringLiteral("decision"), QStringLiteral("period"),
                QStringLiteral("organisation"), QStringLiteral("area"), QStringLiteral("area_classification"),
                QStringLiteral("phase"), QStringLiteral("problem"), QStringLiteral("cause"), QStringLiteral("goal"),
                QStringLiteral("intervention"), QStringLiteral("activity"), QStringLiteral("intervention_area"),
                QStringLiteral("intervention_cause"), QStringLiteral("intervention_goal"),
                QStringLiteral("responsibility"), QStringLiteral("indicator"), QStringLiteral("measurement"),
                QStringLiteral("follow_up"), QStringLiteral("recommendation"), QStringLiteral("risk"),
                QStringLiteral("problem_area"), QStringLiteral("plan_scenario"), QStringLiteral("id_high_water")};
    case Role::Controller:
        return {QStringLiteral("funding_source"), QStringLiteral("allocation"), QStringLiteral("forecast"),
                QStringLiteral("import_batch"), QStringLiteral("ledger_transaction"), QStringLiteral("ledger_day")};
    case Role::Owner:
        return {QStringLiteral("plan_version")};
    }
    return {};
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Reader: return QStringLiteral("reader");
    case Role::Editor: return QStringLiteral("editor");
    case Role::Controller: return QStringLiteral("controller");
    case Role::Owner: return QStringLiteral("owner");
    }
    return {};
}

std::optional<Role> leastWriter(const QString &table)
{
    for (Role role : allRoles)
        if (tablesWrittenBy(role).contains(table))
            return role;
    return std::nullopt;
}

bool mayWrite(Role role, const QString &table)
{
    const auto writer = leastWriter(table);
    return writer && role >= *writer; // each role includes the ones before it
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : allRoles)
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

QString databaseRole(const QString &prefix, Role role)
{
    return prefix + QLatin1Char('_') + roleName(role);
}

QStringList tableGrants(const QString &prefix, const QString &schema, const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables)
        statements << QStringLiteral("GRANT SELECT ON %1.%2 TO %3")
                          .arg(quoted(schema), quoted(table), quoted(databaseRole(prefix, Role::Reader)));
    // The change log is written by every edit and never rewritten.
    if (tables.contains(QStringLiteral("change_log")))
        statements << QStringLiteral("GRANT INSERT ON %1.change_log TO %2")
                          .arg(quoted(schema), quoted(databaseRole(prefix, Role::Editor)));
    for (Role role : allRoles) {
        for (const QString &table : tablesWrittenBy(role)) {
            if (tables.contains(table))
                statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1.%2 TO %3")
                                  .arg(quoted(schema), quoted(table), quoted(databaseRole(prefix, role)));
        }
    }
    return statements;
}

QStringList creationStatements(const QString &prefix, const QString &schema, const QStringList &tables,
                               const QString &publisher)
{
    QStringList statements;
    const QString reader = quoted(databaseRole(prefix, Role::Reader));
    for (Role role : allRoles)
        statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(databaseRole(prefix, role)));
    // Each role includes the one before it.
    statements << QStringLiteral("GRANT %1 TO %2").arg(reader, quoted(databaseRole(prefix, Role::Editor)))
               << QStringLiteral("GRANT %1 TO %2").arg(quoted(databaseRole(prefix, Role::Editor)),
                                                        quoted(databaseRole(prefix, Role::Controller)))
               << QStringLiteral("GRANT %1 TO %2").arg(quoted(databaseRole(prefix, Role::Controller)),
                                                        quoted(databaseRole(prefix, Role::Owner)));
    statements << QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(quoted(schema))
               << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoted(schema), reader);
    statements << tableGrants(prefix, schema, tables);
    // An owner hands the roles on (the database looks for the right to along
    // the owner's memberships); the publisher is the first owner.
    for (Role role : {Role::Reader, Role::Editor, Role::Controller})
        statements << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                          .arg(quoted(databaseRole(prefix, role)), quoted(databaseRole(prefix, Role::Owner)));
    for (Role role : allRoles)
        statements << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION")
                          .arg(quoted(databaseRole(prefix, role)), quoted(publisher));
    return statements;
}

bool grant(const ServerAddress &plan, Role role, const QString &grantee, QString *error)
{
    ServerSession server;
    const auto registered = serverplans::openRegistered(server, plan, error);
    if (!registered)
        return false;
    QSqlQuery q(server.db());
    // An owner may hand on what he was given with the right to; the database decides.
    const QString option = role == Role::Owner ? QStringLiteral(" WITH ADMIN OPTION") : QString();
    if (!q.exec(QStringLiteral("GRANT %1 TO %2%3").arg(quoted(databaseRole(registered->rolePrefix, role)), quoted(grantee), option))) {
        *error = Tr::tr("Cannot make %1 %2 of \"%3\": %4")
                     .arg(grantee, roleName(role), plan.plan, q.lastError().databaseText().trimmed());
        return false;
    }
    return true;
}

bool revoke(const ServerAddress &plan, const QString &grantee, QString *error)
{
    ServerSession server;
    const auto registered = serverplans::openRegistered(server, plan, error);
    if (!registered)
        return false;
    // Only the roles it holds: revoking one it does not hold makes the server warn.
    QStringList roles;
    QSqlQuery held(server.db());
    held.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? ORDER BY r.rolname"));
    held.addBindValue(grantee);
    if (!held.exec()) {
        *error = held.lastError().text();
        return false;
    }
    while (held.next()) {
        for (Role role : allRoles)
            if (held.value(0).toString() == databaseRole(registered->rolePrefix, role))
                roles << quoted(held.value(0).toString());
    }
    if (roles.isEmpty())
        return true; // nothing to take
    QSqlQuery q(server.db());
    if (!q.exec(QStringLiteral("REVOKE %1 FROM %2").arg(roles.join(QStringLiteral(", ")), quoted(grantee)))) {
        *error = Tr::tr("Cannot take the roles of \"%1\" from %2: %3").arg(plan.plan, grantee, q.lastError().databaseText().trimmed());
        return false;
    }
    return true;
}

std::optional<Role> roleOf(const QSqlDatabase &db, const QString &prefix)
{
    // One question for all four roles (the plans list asks it for every plan).
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_has_role(current_user, ?, 'USAGE'), pg_has_role(current_user, ?, 'USAGE'), "
                             "pg_has_role(current_user, ?, 'USAGE'), pg_has_role(current_user, ?, 'USAGE')"));
    for (Role role : allRoles)
        q.addBindValue(databaseRole(prefix, role));
    std::optional<Role> strongest;
    if (!q.exec() || !q.next())
        return strongest;
    for (int i = 0; i < int(std::size(allRoles)); ++i)
        if (q.value(i).toBool())
            strongest = allRoles[i];
    return strongest;
}

} // namespace horisont::serverroles
