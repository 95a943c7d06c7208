#include "cli/parsing.h"

#include "cli/cli.h"
#include "cli/output.h"

#include <QCoreApplication>

namespace horisont::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n' << parser.helpText();
        err().flush();
        return ExitFailure;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != positional) {
        err() << QCoreApplication::translate("horisont::cli", "Expected %n file argument(s).", nullptr, positional)
              << '\n'
              << parser.helpText();
        err().flush();
        return ExitFailure;
    }
    return std::nullopt;
}

} // namespace horisont::cli
