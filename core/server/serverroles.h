#pragma once

#include "server/serveraddress.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace horisont::serverroles {

/// What a database role may do with a plan on a server, each including the
/// one before: the database enforces it with GRANTs on the plan's tables, so
/// that a reader who connects with psql cannot change a row either.
///  - reader: reads everything;
///  - editor: also the structure, dates, responsibilities, programme logic,
///    follow-ups and scenarios, and writes the change log;
///  - controller: also funding sources, allocations, forecasts and the ledger
///    (imports, decided money);
///  - owner: also freezes versions, grants and revokes roles, owns the plan.
enum class Role { Reader, Editor, Controller, Owner };

QString roleName(Role role); ///< "reader", …: as the command line spells it
std::optional<Role> roleFromName(const QString &name);

/// The weakest role that may change rows of the plan's `table` (the one the
/// GRANTs give it to), or nullopt for a table no role changes (the change log
/// is only added to).
std::optional<Role> leastWriter(const QString &table);
/// Whether `role` may change rows of `table`: what the database's GRANTs
/// allow, asked by the window before it offers the change.
bool mayWrite(Role role, const QString &table);

/// The database role that stands for `role` in the plan with this prefix
/// ("horisont_<database oid>_<plan id>"): roles are shared by a cluster's databases.
QString databaseRole(const QString &prefix, Role role);

/// The GRANTs on the plan's `tables` in `schema`: the reader reads each, the
/// editor adds to the change log, and each role writes the tables its role
/// writes. Publishing gives them for every table, an upgrade for the tables
/// a step of the file format makes (servermigration).
QStringList tableGrants(const QString &prefix, const QString &schema, const QStringList &tables);

/// The statements that create the plan's four roles and grant them their
/// tables in `schema`; the publishing role becomes an owner (with the right
/// to grant it on). `tables` are the plan's tables.
QStringList creationStatements(const QString &prefix, const QString &schema, const QStringList &tables,
                               const QString &publisher);

/// Gives `databaseRole` the plan role (GRANT … TO); refused by the database
/// unless the one connected is an owner of the plan.
bool grant(const ServerAddress &plan, Role role, const QString &databaseRole, QString *error);
/// Takes every role of the plan from `databaseRole`.
bool revoke(const ServerAddress &plan, const QString &databaseRole, QString *error);

/// The strongest role the connected user has in the plan, or nullopt.
std::optional<Role> roleOf(const QSqlDatabase &db, const QString &prefix);

} // namespace horisont::serverroles
