#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"
#include "cli/planopening.h"

#include "document/plandocument.h"
#include "ledger/import/shownvalue.h"
#include "versions/planversions.h"

#include <QCoreApplication>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

QString describe(const PlanVersion &v)
{
    QString line = QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(QString::number(v.id).rightJustified(4), v.name,
                            planversions::decisionText(v.decision),
                            v.frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.frozenBy);
    if (!v.intact)
        line += QStringLiteral("  ") + Tr::tr("ALTERED outside Horisont");
    return line;
}

} // namespace

int freezeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Freeze the plan as it stands into a named version that can never be edited: with the decision "
               "that adopted it (--decided-by and --date, optionally --ref), or a plain snapshot. The ledger is "
               "not part of a version; it is shared by all. Prints the version's name and number."));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The version's name."), Tr::tr("TEXT"));
    const QCommandLineOption decidedBy(QStringLiteral("decided-by"), Tr::tr("The body that decided (\"Kommunstyrelsen\")."),
                                       Tr::tr("BODY"));
    const QCommandLineOption date(QStringLiteral("date"), Tr::tr("The date of the decision (YYYY-MM-DD)."), Tr::tr("DATE"));
    const QCommandLineOption reference(QStringLiteral("ref"), Tr::tr("The decision's reference (\"KS 2024/117\")."),
                                       Tr::tr("TEXT"));
    parser.addOptions({name, decidedBy, date, reference});
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    if (!parser.isSet(name)) {
        err() << Tr::tr("freeze: --name is required.") << '\n';
        return ExitFailure;
    }
    VersionDecision decision{parser.value(decidedBy), {}, parser.value(reference)};
    if (parser.isSet(date)) {
        decision.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!decision.date.isValid()) {
            err() << Tr::tr("--date: \"%1\" is not a date (YYYY-MM-DD).").arg(shownValue(parser.value(date))) << '\n';
            return ExitFailure;
        }
    }
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadWrite);
    if (!doc)
        return ExitFailure;
    QString error;
    const auto version =
        planversions::freeze(*doc, parser.value(name), decision, QDateTime::currentDateTimeUtc(), &error);
    if (!version) {
        err() << planName(planPath) << ": " << error << '\n';
        return ExitFailure;
    }
    out() << Tr::tr("Froze version %1: %2 (%3)")
                 .arg(version->id)
                 .arg(version->name, planversions::decisionText(version->decision))
          << '\n';
    return ExitSuccess;
}

int versionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List a plan's versions (number, name, decision, when frozen and by whom) "
                                            "and then its scenarios."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    const QList<PlanVersion> versions = planversions::list(doc->store());
    if (versions.isEmpty())
        out() << Tr::tr("%1 has no versions.").arg(planName(planPath)) << '\n';
    for (const PlanVersion &v : versions)
        out() << describe(v) << '\n';
    out() << '\n' << Tr::tr("Scenarios:") << '\n';
    listScenarios(doc->store(), planPath);
    return ExitSuccess;
}

int deleteSnapshotCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Delete a snapshot (a version without a decision), logged in the change log. A decided version is "
               "never deleted."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("The snapshot's name."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadWrite);
    if (!doc)
        return ExitFailure;
    QString error;
    if (!planversions::removeSnapshot(*doc, parser.positionalArguments().at(1), QDateTime::currentDateTimeUtc(), &error)) {
        err() << planName(planPath) << ": " << error << '\n';
        return ExitFailure;
    }
    out() << Tr::tr("Deleted snapshot «%1».").arg(parser.positionalArguments().at(1).trimmed()) << '\n';
    return ExitSuccess;
}

} // namespace horisont::cli
