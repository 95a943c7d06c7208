#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"
#include "cli/parsing.h"

#include "check/plancheck.h"
#include "check/versioncheck.h"
#include "document/plandocument.h"
#include "today.h"

#include <QCoreApplication>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return Tr::tr("error");
    case Finding::Severity::Warning:
        return Tr::tr("warning");
    case Finding::Severity::Info:
        break;
    }
    return Tr::tr("note");
}
} // namespace

int checkCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check a plan: the whole file's integrity, then the plan's content. One line per finding; "
           "exit 0 when clean, 1 with findings, 2 when the file is damaged or cannot be opened."));
    // Kept so that scripts written for earlier versions still run: the full
    // integrity_check is now what check always does.
    const QCommandLineOption full(QStringLiteral("full"),
                                  Tr::tr("Also run SQLite's complete integrity_check, which looks up every row in every "
                                         "index (seconds for a ledger of a million rows)."));
    parser.addOption(full);
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Tr::tr("Check as of this date (YYYY-MM-DD; default today): interventions that "
                                         "have ended without a follow-up, indicators without last year's measurement."),
                                  Tr::tr("DATE"));
    parser.addOption(asOf);
    parser.addOptions(shownStateOptions());
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    // The whole file is verified before anything is read: every page, every
    // index against its table, foreign keys, the day sums against the
    // transactions and every row as a value Horisont could have written. A
    // damaged file is an error (exit 2), not a finding.
    auto doc = openPlan(path, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Full,
                        shownState(parser));
    if (!doc)
        return ExitFailure;
    const QString name = planName(path);
    if (parser.isSet(full)) {
        const QString verdict = doc->store().check(true);
        if (verdict != QLatin1String("ok")) {
            err() << Tr::tr("%1 is damaged: %2").arg(name, verdict.section(QLatin1Char('\n'), 0, 0)) << '\n';
            return ExitFailure;
        }
    }
    Findings findings;
    CheckContext context;
    context.asOf = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate) : today();
    if (!context.asOf.isValid()) {
        err() << Tr::tr("--as-of: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(asOf)) << '\n';
        return ExitFailure;
    }
    context.ledger = Ledger(doc->store()).totals();
    DecidedBaseline decided;
    findings << checkPlan(doc->plan(), context) << checkVersions(doc->store())
             << checkGovernance(doc->store(), doc->plan(), decided);
    for (const Finding &f : findings)
        out() << name << ": " << severityName(f.severity) << ": " << f.message << " [" << f.code << "]\n";
    if (findings.isEmpty())
        out() << Tr::tr("%1: no findings.").arg(name) << '\n';
    out().flush();
    return findings.isEmpty() ? ExitSuccess : ExitFindings;
}

} // namespace horisont::cli
