#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace horisont::cli {

/// Parses a command's arguments. Returns an exit code when the command
/// should stop now (--help printed, or a usage error reported on stderr),
/// or nullopt to go on. `positional` is the number of required positional
/// arguments.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positional);

} // namespace horisont::cli
