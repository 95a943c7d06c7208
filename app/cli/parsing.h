#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace horisont::cli {

/// Parses a command's arguments. Returns an exit code when the command
/// should stop now (--help printed, or a usage error reported on stderr),
/// or nullopt to go on. `positional` is the number of required positional
/// arguments (with `orMore`, the least number).
///
/// Every command takes --lang: the generic one (the language of messages),
/// or `ownLanguage` for a command whose --lang means more (the language of
/// a pack or a spreadsheet). The command must not add its own to the parser.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positional,
                                  const QCommandLineOption *ownLanguage = nullptr, bool orMore = false);

} // namespace horisont::cli
