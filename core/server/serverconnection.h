#pragma once

#include "server/serveraddress.h"

#include <QSqlDatabase>

struct pg_conn; // libpq's PGconn

namespace horisont {

/// Opens a QPSQL connection named `connectionName` to the address's
/// database: the address's parts and libpq options, Horisont's
/// application_name and a connect timeout unless the address sets them; the
/// password from libpq's own sources. On failure the connection is removed
/// and *error names the server and what it said.
bool openServerConnection(const ServerAddress &address, const QString &connectionName, QString *error);

/// libpq's own connection under a QPSQL connection (for what QPSQL cannot
/// do: its state, COPY); nullptr when `db` is not an open QPSQL connection.
pg_conn *libpqConnection(const QSqlDatabase &db);

/// Closes and removes the connection (safe when it was never opened).
void closeServerConnection(const QString &connectionName);

/// A server connection of its own for the length of one operation.
class ServerSession
{
public:
    ServerSession();
    ~ServerSession();
    ServerSession(const ServerSession &) = delete;
    ServerSession &operator=(const ServerSession &) = delete;
    bool open(const ServerAddress &address, QString *error);
    QSqlDatabase db() const;

private:
    QString m_name;
};

} // namespace horisont
