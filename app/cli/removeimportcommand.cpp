#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"
#include "cli/planopening.h"

#include "document/plandocument.h"
#include "ledger/importremoval.h"
#include "ledger/import/shownvalue.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

QString describe(const ImportBatch &b)
{
    return Tr::tr("%1  %2  %3  %4  %n row(s)  %5", nullptr, int(std::min<qint64>(b.rows, INT_MAX)))
        .arg(QString::number(b.id).rightJustified(4), b.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             b.user, shownValue(b.fileName), b.total.format(QLocale()));
}
} // namespace

int importsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List a plan's ledger imports: number, when, who, file, rows and total."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    auto doc = openPlan(planPath, PlanDocument::Access::ReadOnly);
    if (!doc)
        return ExitFailure;
    const QList<ImportBatch> batches = importBatches(doc->store());
    if (batches.isEmpty())
        out() << Tr::tr("%1 holds no ledger imports.").arg(planName(planPath)) << '\n';
    for (const ImportBatch &b : batches)
        out() << describe(b) << '\n';
    return ExitSuccess;
}

int removeImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Remove one ledger import from a plan: its transactions and their sums, logged in the change log. "
               "An import is not on the undo stack; this is how a wrong one is taken back (`imports PLAN` lists "
               "them). Exit 0 on success, 2 when nothing was removed."));
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("IMPORT"), Tr::tr("The number of the import (see `imports`)."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    bool numeric = false;
    const qint64 batch = parser.positionalArguments().at(1).toLongLong(&numeric);
    if (!numeric || batch <= 0) {
        err() << Tr::tr("\"%1\" is not the number of an import.").arg(shownValue(parser.positionalArguments().at(1)))
              << '\n';
        return ExitFailure;
    }
    auto doc = openPlan(planPath, PlanDocument::Access::ReadWrite);
    if (!doc)
        return ExitFailure;
    ImportBatch removed;
    QString error;
    if (!removeImport(*doc, batch, &removed, &error)) {
        err() << planName(planPath) << ": " << error << '\n';
        return ExitFailure;
    }
    out() << Tr::tr("Removed import %1:").arg(removed.id) << ' ' << describe(removed).trimmed() << '\n';
    return ExitSuccess;
}

} // namespace horisont::cli
