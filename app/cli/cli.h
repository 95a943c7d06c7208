#pragma once

#include <QStringList>

namespace horisont::cli {

/// Process exit codes shared by every command.
enum ExitCode { ExitSuccess = 0, ExitFindings = 1, ExitFailure = 2 };

/// True when the first argument names a command-line command (so no GUI).
bool isCommand(const QStringList &arguments);

/// Runs the command in arguments[1] (arguments[0] is the program).
/// Output goes to stdout, every error to stderr.
int run(const QStringList &arguments);

} // namespace horisont::cli
