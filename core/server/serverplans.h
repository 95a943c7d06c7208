#pragma once

#include "server/serveraddress.h"
#include "server/serverconnection.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace horisont::serverplans {

/// A plan in a database's register.
struct ServerPlan {
    QString name;
    QString createdBy; ///< the database role that published it
    QDateTime createdAt;
    int format = 0;    ///< the file format its tables follow
    QString yourRole;  ///< the connected user's strongest role ("reader", …), empty for none
};

/// Where a plan's tables and roles are, as the database's register says.
struct RegisteredPlan {
    QString schema;     ///< "plan_<id>"
    QString rolePrefix; ///< its roles' names start with it (serverroles)
    int format = 0;
    /// When it was published, to the microsecond: with the schema, what
    /// tells this plan from an earlier one of the same name.
    QString publishedAt;
};
/// The plan `address.plan` in the register of the database `db` is connected
/// to, or nullopt with *error naming it.
std::optional<RegisteredPlan> registered(const QSqlDatabase &db, const ServerAddress &address, QString *error);

/// Opens `session` to the plan's database and finds the plan there.
std::optional<RegisteredPlan> openRegistered(ServerSession &session, const ServerAddress &address, QString *error);

/// Puts the plan file on the server as plan `to.plan`: the register and the
/// plan's tables are created in one transaction with every row of the file,
/// so that the plan is there whole or not at all. Refuses a name already
/// taken (nothing is overwritten) and a file of another format than the
/// current one.
bool publish(const QString &file, const ServerAddress &to, QString *error);

/// Writes the server plan `from.plan` into a new plan file `file` (refused
/// when it exists): under a temporary name first, checked whole (SQLite's
/// integrity and foreign keys), then renamed.
bool pull(const ServerAddress &from, const QString &file, QString *error);

/// The plans in the address's database, by name; an empty list when the
/// database has none (no register yet).
std::optional<QList<ServerPlan>> list(const ServerAddress &database, QString *error);

} // namespace horisont::serverplans
