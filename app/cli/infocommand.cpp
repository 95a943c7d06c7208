#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"
#include "cli/parsing.h"

#include "budget/budgettotals.h"
#include "document/plandocument.h"
#include "ledger/ledger.h"
#include "store/fileformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

void line(const QString &label, const QString &value)
{
    out() << (label + QLatin1Char(':')).leftJustified(22) << value << '\n';
}

template<class T>
QString count(const Plan &plan)
{
    return QString::number(plan.all<T>().size());
}
} // namespace

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Summarise a plan without changing it."));
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    auto doc = openPlan(parser.positionalArguments().constFirst(), PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    const Plan &plan = doc->plan();
    const Programme &p = plan.programme();
    const QLocale locale;
    const LedgerTotals ledger = Ledger(doc->store()).totals();
    const BudgetTotals budget = budgetTotals(plan, ledger);
    int milestones = 0;
    for (const Activity &a : plan.all<Activity>())
        milestones += a.milestone ? 1 : 0;

    QString problem;
    if (!doc->waitForVerification(&problem)) {
        err() << problem << '\n';
        return ExitFailure;
    }
    line(Tr::tr("Programme"), p.name);
    line(Tr::tr("Commissioned by"), p.commissioningBody);
    line(Tr::tr("Process leader"), p.processLeader);
    line(Tr::tr("Horizon"), Tr::tr("%1 – %2 (%n year(s))", nullptr, p.start.isValid() && p.horizonEnd.isValid()
                                                       ? int((p.start.daysTo(p.horizonEnd) + 180) / 365)
                                                       : 0)
                            .arg(p.start.toString(Qt::ISODate), p.horizonEnd.addDays(-1).toString(Qt::ISODate)));
    line(Tr::tr("Phases"), count<Phase>(plan));
    line(Tr::tr("Interventions"), count<Intervention>(plan));
    line(Tr::tr("Activities"), Tr::tr("%1 (%2 milestones)").arg(count<Activity>(plan)).arg(milestones));
    line(Tr::tr("Organisations"), count<Organisation>(plan));
    line(Tr::tr("Areas"), count<Area>(plan));
    line(Tr::tr("Goals"), count<Goal>(plan));
    line(Tr::tr("Indicators"), count<Indicator>(plan));
    line(Tr::tr("Funding sources"), count<FundingSource>(plan));
    line(Tr::tr("Grant ceilings"), budget.ceilings.format(locale));
    line(Tr::tr("Allocated"), Tr::tr("%1 (decided %2)").arg(budget.allocated.format(locale), budget.decided.format(locale)));
    line(Tr::tr("Spent"), Tr::tr("%1 (%2 transactions)").arg(budget.spent.format(locale)).arg(ledger.count));
    line(Tr::tr("Remaining"), budget.remaining().format(locale));
    line(Tr::tr("File format"), QString::number(doc->store().userVersion()));
    out().flush();
    return ExitSuccess;
}

} // namespace horisont::cli
