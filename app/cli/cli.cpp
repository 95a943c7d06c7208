#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"

#include "money/money.h"

#include <QCoreApplication>

#include <exception>
#include <functional>
#include <map>

namespace horisont::cli {
namespace {

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
        {"new", QT_TRANSLATE_NOOP("horisont::cli", "Create a new plan, empty or the demo (--demo umea)."), newCommand},
        {"info", QT_TRANSLATE_NOOP("horisont::cli", "Summarise a plan: programme, horizon, counts, budget totals."), infoCommand},
        {"check", QT_TRANSLATE_NOOP("horisont::cli", "Check a plan's integrity and content; one line per finding."), checkCommand},
        {"generate", QT_TRANSLATE_NOOP("horisont::cli", "Generate a large deterministic plan for benchmarks."), generateCommand},
        {"import-actuals", QT_TRANSLATE_NOOP("horisont::cli", "Import actual spending from a ledger export (CSV)."), importCommand},
        {"import-plan", QT_TRANSLATE_NOOP("horisont::cli", "Create a new plan from another tool's plan (MS Project, GanttProject, Planner, Calligra Plan, TaskJuggler, spreadsheet)."), importPlanCommand},
        {"imports", QT_TRANSLATE_NOOP("horisont::cli", "List a plan's ledger imports."), importsCommand},
        {"remove-import", QT_TRANSLATE_NOOP("horisont::cli", "Remove one ledger import (its transactions) from a plan, logged."), removeImportCommand},
        {"freeze", QT_TRANSLATE_NOOP("horisont::cli", "Freeze the plan into a version that records its decision, or a snapshot."), freezeCommand},
        {"versions", QT_TRANSLATE_NOOP("horisont::cli", "List a plan's decided versions, snapshots and scenarios."), versionsCommand},
        {"delete-snapshot", QT_TRANSLATE_NOOP("horisont::cli", "Delete a snapshot (never a decided version), logged."), deleteSnapshotCommand},
        {"diff", QT_TRANSLATE_NOOP("horisont::cli", "List what changed between two versions or scenarios of a plan, or since the latest decision."), diffCommand},
        {"scenario", QT_TRANSLATE_NOOP("horisont::cli", "Scenarios of a plan: list, create, delete, promote, compare side by side."), scenarioCommand},
        {"export-pdf", QT_TRANSLATE_NOOP("horisont::cli", "Export a PDF meeting pack (steering group, controller or full plan) of a plan."), exportPdfCommand},
        {"export-xlsx", QT_TRANSLATE_NOOP("horisont::cli", "Export every budget grid of a plan to an XLSX workbook."), exportXlsxCommand},
        {"publish", QT_TRANSLATE_NOOP("horisont::cli", "Put a plan file on a PostgreSQL server as a team plan (never over another)."), publishCommand},
        {"pull", QT_TRANSLATE_NOOP("horisont::cli", "Write a new plan file from a plan on a PostgreSQL server."), pullCommand},
        {"plans", QT_TRANSLATE_NOOP("horisont::cli", "List the plans in a database on a PostgreSQL server."), plansCommand},
        {"upgrade", QT_TRANSLATE_NOOP("horisont::cli", "Bring a server plan up to this Horisont's format (its owner, once)."), upgradeCommand},
        {"grant", QT_TRANSLATE_NOOP("horisont::cli", "Give a database role a role in a server plan (reader, editor, controller, owner)."), grantCommand},
        {"revoke", QT_TRANSLATE_NOOP("horisont::cli", "Take every role in a server plan from a database role."), revokeCommand},
        {"export-csv", QT_TRANSLATE_NOOP("horisont::cli", "Export one budget grid of a plan to CSV (--grid NAME)."), exportCsvCommand},
    };
    return all;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

void printUsage(QTextStream &stream)
{
    stream << Tr::tr("Usage: horisont [FILE]            open the plan in the application") << '\n'
           << Tr::tr("       horisont COMMAND [options]  run a command without a window") << "\n\n"
           << Tr::tr("Commands:") << '\n';
    for (const Command &c : commands())
        stream << "  " << QString::fromLatin1(c.name).leftJustified(16) << Tr::tr(c.summary) << '\n';
    stream << '\n' << Tr::tr("Run \"horisont COMMAND --help\" for the options of a command.") << '\n'
           << Tr::tr("Exit codes: 0 success, 1 findings or rejected rows, 2 error (the file could not be opened or written).")
           << '\n';
    stream.flush();
}

/// Ends a command that could not go on: what stopped it, and in which plan.
int stopped(const QString &command, const QString &reason)
{
    const QString plan = planInHand();
    err() << (plan.isEmpty() ? Tr::tr("%1: stopped: %2").arg(command, reason)
                             : Tr::tr("%1: stopped on %2: %3").arg(command, planName(plan), reason))
          << '\n';
    err().flush();
    return ExitFailure;
}

} // namespace

bool isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version")
        || first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return ExitSuccess;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out());
        return ExitSuccess;
    }
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name)) {
            QStringList rest = arguments;
            rest.removeAt(0); // "horisont COMMAND ..." parses as program "COMMAND"
            rest[0] = QStringLiteral("horisont ") + first;
            // Every figure is checked (Money never wraps); what cannot be
            // computed ends the command with a message naming the plan, not a crash.
            try {
                return c.run(rest);
            } catch (const MoneyOverflow &e) {
                return stopped(first, Tr::tr("its amounts add up to more than Horisont can count (%1)")
                                          .arg(QString::fromLocal8Bit(e.what())));
            } catch (const std::exception &e) {
                return stopped(first, QString::fromLocal8Bit(e.what()));
            }
        }
    }
    printUsage(err());
    return ExitFailure;
}

} // namespace horisont::cli
