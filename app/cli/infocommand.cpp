#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"
#include "cli/parsing.h"

#include "document/plandocument.h"
#include "figures/keyfiguretexts.h"
#include "ledger/ledger.h"
#include "store/fileformat.h"
#include "today.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

void line(const QString &label, const QString &value)
{
    const QString key = label + QLatin1Char(':');
    out() << key.leftJustified(std::max<qsizetype>(22, key.size() + 1)) << value << '\n'; // a space even after a long label
}

} // namespace

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Summarise a plan without changing it: the key figures the overview "
                                            "shows."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Tr::tr("Where the programme stands on this date (YYYY-MM-DD; default today)."),
                                  Tr::tr("DATE"));
    parser.addOption(asOf);
    parser.addOptions(shownStateOptions());
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QDate day = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate) : today();
    if (!day.isValid()) {
        err() << Tr::tr("--as-of: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(asOf)) << '\n';
        return ExitFailure;
    }
    auto doc = openPlan(parser.positionalArguments().constFirst(), PlanDocument::Access::ReadOnly,
                        PlanDocument::Verification::Background, shownState(parser));
    if (!doc)
        return ExitFailure;
    const Plan &plan = doc->plan();
    const Programme &p = plan.programme();
    const LedgerTotals ledger = Ledger(doc->store()).totals();
    QString problem;
    if (!doc->waitForVerification(&problem)) {
        err() << problem << '\n';
        return ExitFailure;
    }
    line(Tr::tr("Programme"), p.name);
    line(Tr::tr("Commissioned by"), p.commissioningBody);
    line(Tr::tr("Process leader"), p.processLeader);
    // The overview's figures, from the same engine and in the same words.
    const KeyFigureTexts texts(keyFigures(plan, ledger, day), QLocale());
    for (const KeyFigureLine &figure : texts.lines(QList<KeyFigure>{KeyFigure::Today} + KeyFigureTexts::whereWeAre()
                                                   + KeyFigureTexts::money() + KeyFigureTexts::size()))
        line(figure.label, figure.value);
    line(Tr::tr("File format"), QString::number(doc->store().userVersion()));
    out().flush();
    return ExitSuccess;
}

} // namespace horisont::cli
