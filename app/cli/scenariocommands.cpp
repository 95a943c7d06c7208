#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"
#include "cli/planopening.h"

#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/xlsxexport.h"
#include "versions/planscenarios.h"
#include "versions/planstates.h"
#include "versions/sidebyside.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

QString describe(const PlanScenario &s)
{
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(QString::number(s.id).rightJustified(4), s.name,
             s.basedOn.isEmpty() ? Tr::tr("from the plan") : Tr::tr("from version «%1»").arg(s.basedOn),
             s.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.createdBy);
}

/// Runs `change` on the plan opened for editing; prints its error naming the file.
int onWritablePlan(const QString &planPath, const std::function<bool(PlanDocument &, QString *)> &change)
{
    auto doc = openPlan(planPath, PlanDocument::Access::ReadWrite);
    if (!doc)
        return ExitFailure;
    QString error;
    if (!change(*doc, &error)) {
        err() << QFileInfo(planPath).fileName() << ": " << error << '\n';
        return ExitFailure;
    }
    return ExitSuccess;
}

/// Prints the table with its columns aligned.
void printAligned(const ExportTable &table)
{
    std::vector<QStringList> lines{table.header};
    for (const auto &row : table.rows) {
        QStringList line;
        for (const ExportCell &cell : row)
            line << cellText(cell, QLocale());
        lines.push_back(line);
    }
    QList<qsizetype> widths(table.header.size(), 0);
    for (const QStringList &line : lines) {
        for (qsizetype c = 0; c < line.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    for (const QStringList &line : lines) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size() && c < widths.size(); ++c)
            padded << (c == 0 ? line.at(c).leftJustified(widths[c]) : line.at(c).rightJustified(widths[c]));
        out() << padded.join(QStringLiteral("  ")) << '\n';
    }
}

} // namespace

int scenariosCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List a plan's scenarios: number, name, what it was made from, when and by whom."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    const QList<PlanScenario> scenarios = planscenarios::list(doc->store());
    if (scenarios.isEmpty())
        out() << Tr::tr("%1 has no scenarios.").arg(QFileInfo(planPath).fileName()) << '\n';
    for (const PlanScenario &s : scenarios)
        out() << describe(s) << '\n';
    return ExitSuccess;
}

int newScenarioCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Make a named scenario, a what-if of the plan in the same file, of the plan as it is or of a "
               "version (--from-version). The ledger is shared by the plan and every scenario."));
    const QCommandLineOption fromVersion(QStringLiteral("from-version"), Tr::tr("Make it of this version."),
                                         Tr::tr("NAME"));
    parser.addOption(fromVersion);
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("The scenario's name."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    return onWritablePlan(parser.positionalArguments().at(0), [&](PlanDocument &doc, QString *error) {
        const auto s = planscenarios::create(doc, parser.positionalArguments().at(1), parser.value(fromVersion),
                                             QDateTime::currentDateTimeUtc(), error);
        if (s)
            out() << Tr::tr("Made scenario %1: %2").arg(s->id).arg(s->name) << '\n';
        return s.has_value();
    });
}

int deleteScenarioCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Delete a scenario, logged in the change log."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("The scenario's name."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString name = parser.positionalArguments().at(1);
    return onWritablePlan(parser.positionalArguments().at(0), [&](PlanDocument &doc, QString *error) {
        const bool removed = planscenarios::remove(doc, name, QDateTime::currentDateTimeUtc(), error);
        if (removed)
            out() << Tr::tr("Deleted scenario «%1».").arg(name.trimmed()) << '\n';
        return removed;
    });
}

int promoteScenarioCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Make a scenario the plan, in one transaction: the plan as it was is kept as a snapshot, each "
               "change is logged as an edit of the plan, and the scenario is gone. Refused when the scenario lacks "
               "an item the ledger has spending on."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("The scenario's name."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString name = parser.positionalArguments().at(1);
    return onWritablePlan(parser.positionalArguments().at(0), [&](PlanDocument &doc, QString *error) {
        const auto snapshot = planscenarios::promote(doc, name, QDateTime::currentDateTimeUtc(), error);
        if (snapshot)
            out() << Tr::tr("«%1» is now the plan; the plan as it was is the snapshot «%2».").arg(name.trimmed(), *snapshot)
                  << '\n';
        return snapshot.has_value();
    });
}

int compareScenariosCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The plan and its scenarios (or the states named: \"current\", versions, scenarios) side by side: "
               "horizon, interventions, gaps in the programme logic, and the money allocated in all, per year, per "
               "source and per organisation."));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("Also write the table to this CSV file."), Tr::tr("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Tr::tr("Also write it to this XLSX workbook."), Tr::tr("FILE"));
    parser.addOptions({csv, xlsx});
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("States to compare (default: the plan and every scenario)."),
                                 Tr::tr("[NAME...]"));
    if (auto exit = parseArguments(parser, arguments, 1, nullptr, true))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->waitForVerification(&error))
        return failWith(error);
    QList<PlanState> states;
    if (parser.positionalArguments().size() > 1) {
        for (const QString &name : parser.positionalArguments().mid(1)) {
            const auto state = planstates::find(doc->store(), name, &error);
            if (!state)
                return failWith(error);
            states << *state;
        }
    } else {
        for (const PlanState &state : planstates::all(doc->store())) {
            if (state.kind != PlanState::Kind::Version)
                states << state;
        }
    }
    std::vector<std::unique_ptr<Plan>> plans;
    QList<NamedPlan> columns;
    for (const PlanState &state : states) {
        plans.push_back(std::make_unique<Plan>());
        if (!planstates::load(doc->store(), state, *plans.back(), &error))
            return failWith(error);
        columns << NamedPlan{state.title, plans.back().get()};
    }
    const ExportTable table = sideBySideTable(columns);
    printAligned(table);
    if (parser.isSet(csv)) {
        if (!writeCsv(parser.value(csv), table, QLocale(), &error))
            return failWith(error);
        out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(csv))) << '\n';
    }
    if (parser.isSet(xlsx)) {
        if (!writeXlsx(parser.value(xlsx), {table}, &error))
            return failWith(error);
        out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(xlsx))) << '\n';
    }
    return ExitSuccess;
}

} // namespace horisont::cli
