#include "cli/parsing.h"

#include "cli/cli.h"
#include "cli/output.h"

#include <QCoreApplication>

namespace horisont::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, int positional,
                                  const QCommandLineOption *ownLanguage, bool orMore)
{
    const QCommandLineOption help = parser.addHelpOption();
    // main() has already chosen the language of messages from --lang. Added
    // here only, once: a second option of the same name makes Qt complain on
    // stderr, which a script reads as a failure.
    parser.addOption(ownLanguage ? *ownLanguage
                                 : QCommandLineOption(QStringLiteral("lang"),
                                                      QCoreApplication::translate("horisont::cli",
                                                                                  "Language of messages: sv or en."),
                                                      QCoreApplication::translate("horisont::cli", "LANG")));
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
    const qsizetype given = parser.positionalArguments().size();
    if (orMore ? given < positional : given != positional) {
        err() << QCoreApplication::translate("horisont::cli", "Expected %n file argument(s).", nullptr, positional)
              << '\n'
              << parser.helpText();
        err().flush();
        return ExitFailure;
    }
    return std::nullopt;
}

} // namespace horisont::cli
