#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"
#include "cli/planopening.h"

#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/exporttable.h"
#include "export/xlsxexport.h"
#include "versions/plancomparison.h"
#include "versions/planstates.h"
#include "versions/planversions.h"

#include <QCoreApplication>
#include <QDir>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

/// One side of a comparison: the plan as it is now, a version or a scenario.
struct State {
    QString title;
    std::unique_ptr<Plan> plan = std::make_unique<Plan>();
};

std::optional<State> stateOf(PlanDocument &doc, const QString &name, QString *error)
{
    const std::optional<PlanState> found = planstates::find(doc.store(), name, error);
    State state;
    if (!found || !planstates::load(doc.store(), *found, *state.plan, error))
        return std::nullopt;
    state.title = found->title;
    return state;
}

void print(const PlanComparison &comparison, const Plan &before, const Plan &after)
{
    std::optional<PlanChange::Group> group;
    for (const PlanChange &change : comparison.changes) {
        if (group != change.group) {
            group = change.group;
            out() << '\n' << changeGroupTitle(change.group) << '\n';
        }
        out() << "  " << describeChange(change, before, after) << '\n';
    }
    if (comparison.money.isEmpty())
        return;
    out() << '\n' << Tr::tr("Money allocated, per year, source, organisation and intervention") << '\n';
    for (const MoneyChange &change : comparison.money)
        out() << "  " << describeMoneyChange(change, before, after) << '\n';
    out() << '\n' << Tr::tr("Allocated per year") << '\n';
    for (auto it = comparison.totalsPerYear.cbegin(); it != comparison.totalsPerYear.cend(); ++it)
        out() << "  " << describeYearTotals(it.key(), it->first, it->second) << '\n';
}

} // namespace

int diffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List what changed between two states of a plan — a version, a scenario or \"current\" — grouped: items added, "
               "removed, renamed and moved, dates shifted, status, RACI, goals, indicators, decisions, and the money "
               "allocated per year. By default from the latest decided version to the current plan. Exit 0 when "
               "nothing changed, 1 when something did, 2 on error."));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("The earlier state: a version's or scenario's name, or \"current\"."),
                                  Tr::tr("NAME"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("The later state (default: current)."), Tr::tr("NAME"));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("Also write the changes to this CSV file."), Tr::tr("FILE"));
    const QCommandLineOption moneyCsv(QStringLiteral("money-csv"),
                                      Tr::tr("Also write the money changes (per year, source, organisation and "
                                             "intervention, with totals) to this CSV file."),
                                      Tr::tr("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Tr::tr("Also write both to this XLSX workbook."), Tr::tr("FILE"));
    parser.addOptions({from, to, csv, moneyCsv, xlsx});
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    QString error;
    if (!doc->waitForVerification(&error))
        return failWith(error);
    QString fromName = parser.value(from);
    if (!parser.isSet(from)) {
        const std::optional<PlanVersion> latest = planversions::latestDecided(doc->store());
        if (!latest)
            return failWith(Tr::tr("%1 has no decided version to compare with; name one with --from (see `versions`).")
                                .arg(planName(planPath)));
        fromName = latest->name;
    }
    const QString toName = parser.isSet(to) ? parser.value(to) : QStringLiteral("current");
    std::optional<State> before = stateOf(*doc, fromName, &error);
    std::optional<State> after = before ? stateOf(*doc, toName, &error) : std::nullopt;
    if (!after)
        return failWith(error);

    const PlanComparison comparison = comparePlans(*before->plan, *after->plan);
    out() << Tr::tr("Changes from %1 to %2").arg(before->title, after->title) << '\n';
    if (comparison.isEmpty())
        out() << Tr::tr("Nothing has changed.") << '\n';
    else
        print(comparison, *before->plan, *after->plan);
    const ExportTable changes = changesTable(comparison, *before->plan, *after->plan);
    const ExportTable money = moneyChangesTable(comparison, *before->plan, *after->plan);
    const QList<std::pair<const QCommandLineOption *, std::function<bool(const QString &)>>> writers{
        {&csv, [&](const QString &path) { return writeCsv(path, changes, QLocale(), &error); }},
        {&moneyCsv, [&](const QString &path) { return writeCsv(path, money, QLocale(), &error); }},
        {&xlsx, [&](const QString &path) { return writeXlsx(path, {changes, money}, &error); }},
    };
    for (const auto &[option, write] : writers) {
        if (!parser.isSet(*option))
            continue;
        if (!write(parser.value(*option)))
            return failWith(error);
        out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(*option))) << '\n';
    }
    out().flush();
    return comparison.isEmpty() ? ExitSuccess : ExitFindings;
}

} // namespace horisont::cli
