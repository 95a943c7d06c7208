#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace horisont {

/// Where a plan on a PostgreSQL server is: wherever a command takes PLAN it
/// also takes `postgresql://USER@HOST:PORT/DB?plan=NAME`. Horisont takes its
/// own `plan` parameter out and hands everything else to libpq as it is
/// (`sslmode`, `connect_timeout`, …). A password never comes in the address:
/// libpq finds it in ~/.pgpass or PGPASSWORD, or the window asks.
struct ServerAddress {
    QString user;     ///< empty: libpq's default (PGUSER, the login name)
    QString host;     ///< empty: libpq's default (PGHOST, the local socket)
    int port = 0;     ///< 0: libpq's default (PGPORT, 5432)
    QString database; ///< empty: libpq's default (PGDATABASE, the user name)
    QString plan;     ///< empty: an address of a database, not of a plan (`horisont plans URI`)
    /// libpq's other parameters, "key=value" each, in the address's order.
    QStringList options;

    /// The address again, without a password and with the plan: what the
    /// window remembers and the status bar shows.
    QString toString() const;
    /// "db.kommun.se/plans": the server and database, for messages.
    QString server() const;
    /// "umea on db.kommun.se/plans" — for messages and titles.
    QString describe() const;
};

namespace serveraddress {

/// Whether `text` is meant as a server address (postgresql:// or postgres://)
/// rather than a file name.
bool looksLikeServer(const QString &text);

/// The address in `text`, or nullopt with *error naming what is wrong (the
/// scheme, a password in the address, a port out of range, a plan name that
/// is not allowed, a parameter libpq does not take in a URI).
std::optional<ServerAddress> parse(const QString &text, QString *error);

/// parse(), for an address that must name a plan (`?plan=NAME`).
std::optional<ServerAddress> parsePlan(const QString &text, QString *error);

/// Whether `name` may name a plan on a server: 1–63 characters (PostgreSQL's
/// identifier length), letters, digits, '-' and '_', starting with a letter.
/// nullopt when it may; otherwise why not.
std::optional<QString> planNameProblem(const QString &name);

} // namespace serveraddress

} // namespace horisont
