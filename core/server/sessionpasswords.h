#pragma once

#include "server/serveraddress.h"

#include <QString>

#include <optional>

namespace horisont::sessionpasswords {

/// Passwords the user typed in the window, kept in this process's memory
/// only (never in settings, files or addresses) for the server and user
/// they were typed for, so that reconnecting and every later connection of
/// the session need not ask again. libpq's own sources (~/.pgpass,
/// PGPASSWORD) are used when there is none here.
void remember(const ServerAddress &address, const QString &password);
/// The password typed for the address's host, port and user; nullopt when none was.
std::optional<QString> find(const ServerAddress &address);
void forget(const ServerAddress &address);

/// Whether a refusal to connect is the server asking for a password (or
/// refusing the one given): libpq's messages say "password".
bool needsPassword(const QString &connectionError);

} // namespace horisont::sessionpasswords
