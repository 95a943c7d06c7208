#pragma once

#include "server/serveraddress.h"

#include <QString>

#include <functional>

class QWidget;

namespace horisont {

/// When `connectionError` is the server asking for a password, asks the user
/// for it (naming the server and user) and keeps it for this process only
/// (core sessionpasswords). True when a password was given: try again.
/// False when the error was another one, or the user cancelled.
bool askForServerPassword(QWidget *parent, const ServerAddress &address, const QString &connectionError);

/// Runs `attempt` (something that connects to `address`) under a wait
/// cursor, and again for as long as the server asks for a password and the
/// user gives one. False with *error when it failed in the end.
bool withServerPassword(QWidget *parent, const ServerAddress &address, QString *error,
                        const std::function<bool(QString *error)> &attempt);

} // namespace horisont
