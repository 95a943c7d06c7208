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
#include "ledger/import/shownvalue.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>

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
        err() << planName(planPath) << ": " << error << '\n';
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

struct ScenarioArguments {
    QString planPath;
    QStringList names;
    QString from;
    QString csv;
    QString xlsx;
};

int createScenario(const ScenarioArguments &a)
{
    // "--from current" is the plan as it is, as is no --from at all.
    const QString version = a.from == QLatin1String("current") ? QString() : a.from;
    return onWritablePlan(a.planPath, [&](PlanDocument &doc, QString *error) {
        const auto s = planscenarios::create(doc, a.names.at(0), version, QDateTime::currentDateTimeUtc(), error);
        if (s)
            out() << Tr::tr("Made scenario %1: %2").arg(s->id).arg(s->name) << '\n';
        return s.has_value();
    });
}

int deleteScenario(const ScenarioArguments &a)
{
    const QString name = a.names.at(0);
    return onWritablePlan(a.planPath, [&](PlanDocument &doc, QString *error) {
        const bool removed = planscenarios::remove(doc, name, QDateTime::currentDateTimeUtc(), error);
        if (removed)
            out() << Tr::tr("Deleted scenario «%1».").arg(name.trimmed()) << '\n';
        return removed;
    });
}

int promoteScenario(const ScenarioArguments &a)
{
    const QString name = a.names.at(0);
    return onWritablePlan(a.planPath, [&](PlanDocument &doc, QString *error) {
        const auto snapshot = planscenarios::promote(doc, name, QDateTime::currentDateTimeUtc(), error);
        if (snapshot)
            out() << Tr::tr("«%1» is now the plan; the plan as it was is the snapshot «%2».").arg(name.trimmed(), *snapshot)
                  << '\n';
        return snapshot.has_value();
    });
}

int compareScenarios(const ScenarioArguments &a)
{
    auto doc = openPlan(a.planPath, PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->waitForVerification(&error))
        return failWith(error);
    QList<PlanState> states;
    if (!a.names.isEmpty()) {
        for (const QString &name : a.names) {
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
    if (!a.csv.isEmpty()) {
        if (!writeCsv(a.csv, table, QLocale(), &error))
            return failWith(error);
        out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(a.csv)) << '\n';
    }
    if (!a.xlsx.isEmpty()) {
        if (!writeXlsx(a.xlsx, {table}, &error))
            return failWith(error);
        out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(a.xlsx)) << '\n';
    }
    return ExitSuccess;
}

} // namespace

void listScenarios(SqliteStore &store, const QString &planPath)
{
    const QList<PlanScenario> scenarios = planscenarios::list(store);
    if (scenarios.isEmpty())
        out() << Tr::tr("%1 has no scenarios.").arg(planName(planPath)) << '\n';
    for (const PlanScenario &s : scenarios)
        out() << describe(s) << '\n';
}

int scenarioCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Work with a plan's scenarios, what-ifs of the plan in the same file; the ledger is shared by the "
               "plan and every scenario.\n"
               "  list                  the scenarios: number, name, what it was made from, when and by whom\n"
               "  create NAME           make a scenario of the plan as it is, or of a version (--from)\n"
               "  delete NAME           delete a scenario, logged in the change log\n"
               "  promote NAME          make the scenario the plan, in one transaction; the plan as it was is "
               "kept as a snapshot. Refused when the scenario lacks an item the ledger has spending on\n"
               "  compare [NAME...]     the plan and its scenarios (or the states named: \"current\", versions, "
               "scenarios) side by side: horizon, interventions, gaps in the programme logic, and the money "
               "allocated in all, per year, per source and per organisation"));
    const QCommandLineOption from(QStringList{QStringLiteral("from")},
                                  Tr::tr("create: make it of \"current\" (the default) or of this version."),
                                  Tr::tr("NAME"));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("compare: also write the table to this CSV file."),
                                 Tr::tr("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Tr::tr("compare: also write it to this XLSX workbook."),
                                  Tr::tr("FILE"));
    parser.addOptions({from, csv, xlsx});
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("ACTION"), Tr::tr("list, create, delete, promote or compare."));
    parser.addPositionalArgument(Tr::tr("NAME"), Tr::tr("The scenario's name (for compare: the states)."),
                                 Tr::tr("[NAME...]"));
    if (auto exit = parseArguments(parser, arguments, 2, nullptr, true))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const ScenarioArguments a{positional.at(0), positional.mid(2), parser.value(from), parser.value(csv),
                              parser.value(xlsx)};
    const QString action = positional.at(1);
    using Action = int (*)(const ScenarioArguments &);
    struct Known {
        const char *name;
        Action run;
        qsizetype names; // -1: any number
    };
    static const Known known[] = {{"create", createScenario, 1},
                                  {"delete", deleteScenario, 1},
                                  {"promote", promoteScenario, 1},
                                  {"compare", compareScenarios, -1}};
    if (action == QLatin1String("list")) {
        if (!a.names.isEmpty())
            return failWith(Tr::tr("scenario list takes no name."));
        auto doc = openPlan(a.planPath, PlanDocument::Access::ReadOnly);
        if (!doc)
            return ExitFailure;
        listScenarios(doc->store(), a.planPath);
        return ExitSuccess;
    }
    for (const Known &k : known) {
        if (action != QLatin1String(k.name))
            continue;
        if (k.names >= 0 && a.names.size() != k.names)
            return failWith(Tr::tr("scenario %1 takes one name: horisont scenario PLAN %1 NAME").arg(action));
        if (a.from.size() && action != QLatin1String("create"))
            return failWith(Tr::tr("--from belongs to scenario create."));
        return k.run(a);
    }
    return failWith(Tr::tr("\"%1\" is not a scenario action; the actions are list, create, delete, promote and "
                           "compare.")
                        .arg(shownValue(action)));
}

} // namespace horisont::cli
