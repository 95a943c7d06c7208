// Plans on a PostgreSQL server from the command line: publish a file there,
// pull one back into a new file, list a database's plans, upgrade one to
// this Horisont's format.
#include "cli/commands.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "cli/parsing.h"

#include "server/serverplans.h"
#include "server/serverroles.h"
#include "server/servermigration.h"
#include "store/fileformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace horisont::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

/// The server address in `text`, or nullopt after saying on stderr what is wrong.
std::optional<ServerAddress> serverAddress(const QString &text, bool needsPlan)
{
    QString error;
    auto address = needsPlan ? serveraddress::parsePlan(text, &error) : serveraddress::parse(text, &error);
    if (!address)
        failWith(error);
    return address;
}

/// The URI argument of a command on one server plan.
void addServerPlanArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(Tr::tr("URI"), Tr::tr("postgresql://USER@HOST:PORT/DB?plan=NAME"));
}

/// The URI and DBROLE arguments of `grant` and `revoke`.
void addPlanAndRoleArguments(QCommandLineParser &parser)
{
    addServerPlanArgument(parser);
    parser.addPositionalArgument(Tr::tr("DBROLE"), Tr::tr("The database role (a login or a group)."));
}

/// A plan's format as `plans` shows it: whether this Horisont can open it as it is.
QString formatOf(int format)
{
    if (format < fileformat::currentVersion())
        return Tr::tr("format %1, needs upgrade").arg(format);
    if (format > fileformat::currentVersion())
        return Tr::tr("format %1, newer than this Horisont").arg(format);
    return Tr::tr("format %1").arg(format);
}

} // namespace

int publishCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Put a plan file on a PostgreSQL server as a team plan: the whole plan with its ledger, versions and "
               "scenarios, in one transaction. The database's register of plans is created on first use. Refuses a plan "
               "name already taken. Exit 0 when published, 2 otherwise."));
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("URI"), Tr::tr("postgresql://USER@HOST:PORT/DB?plan=NAME (libpq's parameters "
                                                       "such as sslmode pass through; the password comes from "
                                                       "~/.pgpass or PGPASSWORD)."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString file = parser.positionalArguments().at(0);
    const auto to = serverAddress(parser.positionalArguments().at(1), true);
    if (!to)
        return ExitFailure;
    QString error;
    if (!serverplans::publish(file, *to, &error))
        return failWith(error);
    out() << Tr::tr("Published %1 as %2.").arg(file, to->describe()) << '\n' << to->toString() << '\n';
    return ExitSuccess;
}

int pullCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write a standalone plan file from a plan on a PostgreSQL server (to read offline, export or archive). "
               "Never overwrites a file. Exit 0 when written, 2 otherwise."));
    addServerPlanArgument(parser);
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The new plan file."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const auto from = serverAddress(parser.positionalArguments().at(0), true);
    if (!from)
        return ExitFailure;
    const QString file = parser.positionalArguments().at(1);
    QString error;
    if (!serverplans::pull(*from, file, &error))
        return failWith(error);
    out() << Tr::tr("Wrote %1 from %2.").arg(file, from->describe()) << '\n';
    return ExitSuccess;
}

int plansCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the plans in a database on a PostgreSQL server: name, who "
                                            "published it and when, your role in it and its format (\"needs "
                                            "upgrade\" when its owner must run horisont upgrade before this Horisont "
                                            "opens it)."));
    parser.addPositionalArgument(Tr::tr("URI"), Tr::tr("postgresql://USER@HOST:PORT/DB"));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const auto database = serverAddress(parser.positionalArguments().at(0), false);
    if (!database)
        return ExitFailure;
    QString error;
    const auto plans = serverplans::list(*database, &error);
    if (!plans)
        return failWith(error);
    if (plans->isEmpty())
        out() << Tr::tr("%1 holds no plans.").arg(database->describe()) << '\n';
    for (const serverplans::ServerPlan &plan : *plans)
        out() << plan.name.leftJustified(24) << "  " << plan.createdBy.leftJustified(16) << "  "
              << plan.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << (plan.yourRole.isEmpty() ? Tr::tr("(no role)") : plan.yourRole).leftJustified(10) << "  "
              << formatOf(plan.format) << '\n';
    return ExitSuccess;
}

int upgradeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Bring a plan on a PostgreSQL server up to this Horisont's format, in one transaction: its tables "
               "change on the server, every row stays. Older versions of Horisont cannot open it afterwards. Only "
               "an owner of the plan may, as the database role that owns its tables. Exit 0 when upgraded, 1 when it "
               "already was of this format, 2 when it cannot be upgraded."));
    addServerPlanArgument(parser);
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const auto plan = serverAddress(parser.positionalArguments().at(0), true);
    if (!plan)
        return ExitFailure;
    QString error;
    int from = 0;
    switch (servermigration::upgrade(*plan, &error, &from)) {
    case servermigration::Outcome::Upgraded:
        out() << Tr::tr("Upgraded %1 from format %2 to format %3.").arg(plan->describe()).arg(from).arg(fileformat::currentVersion())
              << '\n';
        return ExitSuccess;
    case servermigration::Outcome::AlreadyCurrent:
        out() << Tr::tr("%1 is already of format %2; nothing was changed.").arg(plan->describe()).arg(from) << '\n';
        return ExitFindings;
    case servermigration::Outcome::Refused:
        break;
    }
    return failWith(error);
}

int grantCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Give a database role a role in a plan on a PostgreSQL server: reader reads; editor also edits the "
               "structure, dates, responsibilities, programme logic and follow-ups; controller also funding, "
               "allocations, forecasts and ledger imports; owner also freezes versions and grants roles. The "
               "database enforces them. Only an owner may grant. Exit 0 when granted, 2 otherwise."));
    const QCommandLineOption roleOption(QStringLiteral("role"), Tr::tr("reader, editor, controller or owner."),
                                        Tr::tr("ROLE"));
    parser.addOption(roleOption);
    addPlanAndRoleArguments(parser);
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const auto role = serverroles::roleFromName(parser.value(roleOption));
    if (!role)
        return failWith(Tr::tr("--role must be reader, editor, controller or owner, not \"%1\".").arg(parser.value(roleOption)));
    const auto plan = serverAddress(parser.positionalArguments().at(0), true);
    if (!plan)
        return ExitFailure;
    const QString grantee = parser.positionalArguments().at(1);
    QString error;
    if (!serverroles::grant(*plan, *role, grantee, &error))
        return failWith(error);
    out() << Tr::tr("%1 is now %2 of %3.").arg(grantee, serverroles::roleName(*role), plan->describe()) << '\n';
    return ExitSuccess;
}

int revokeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Take every role in a plan on a PostgreSQL server from a database role. "
                                            "Only an owner may. Exit 0 when done, 2 otherwise."));
    addPlanAndRoleArguments(parser);
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const auto plan = serverAddress(parser.positionalArguments().at(0), true);
    if (!plan)
        return ExitFailure;
    const QString grantee = parser.positionalArguments().at(1);
    QString error;
    if (!serverroles::revoke(*plan, grantee, &error))
        return failWith(error);
    out() << Tr::tr("%1 has no role in %2 any more.").arg(grantee, plan->describe()) << '\n';
    return ExitSuccess;
}

} // namespace horisont::cli
