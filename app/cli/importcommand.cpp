#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"
#include "cli/parsing.h"

#include "document/plandocument.h"
#include "ledger/import/ledgerimport.h"
#include "ledger/import/shownvalue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

void line(const QString &label, const QString &value)
{
    out() << (label + QLatin1Char(':')).leftJustified(18) << value << '\n';
}

QString lineList(const QList<qint64> &lines)
{
    QStringList parts;
    for (qint64 l : lines)
        parts << QString::number(l);
    return parts.join(QLatin1String(", "));
}
} // namespace

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import actual spending from a ledger export (CSV) into a plan. Every row is checked first; "
               "then all rows are imported in one transaction, or none. Rows already in the plan are skipped. "
               "Exit 0 on success, 1 when rows were rejected, 2 when nothing could be imported."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("A JSON mapping profile: separator, encoding, decimal, dateFormat, columns."),
                                           Tr::tr("P.json"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Read and check the file; write nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         Tr::tr("Import the valid rows and report the rejected ones."));
    parser.addOptions({profileOption, dryRun, skipInvalid});
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The ledger export (CSV)."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString planPath = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);

    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    if (parser.isSet(profileOption)) {
        const QString profilePath = parser.value(profileOption);
        QString error;
        const auto profile = ImportProfile::fromFile(profilePath, &error);
        if (!profile) {
            err() << shownValue(QFileInfo(profilePath).fileName()) << ": " << error << '\n';
            return ExitFailure;
        }
        options.profile = *profile;
    }
    if (!QFileInfo::exists(file)) {
        err() << Tr::tr("%1: no such file").arg(shownValue(file)) << '\n';
        return ExitFailure;
    }

    auto doc = openPlan(planPath, options.dryRun ? PlanDocument::Access::ReadOnly : PlanDocument::Access::ReadWrite);
    if (!doc)
        return ExitFailure;
    if (!options.dryRun && doc->isReadOnly()) {
        err() << Tr::tr("%1 cannot be written: %2").arg(planName(planPath), doc->readOnlyReason()) << '\n';
        return ExitFailure;
    }
    const ImportResult r = LedgerImport::import(*doc, file, options);
    const QString name = shownValue(QFileInfo(file).fileName());
    for (const ImportRowError &e : r.rejected)
        err() << name << ": " << e.message << '\n';
    if (!r.ok) {
        err() << r.error << '\n';
        err().flush();
        return ExitFailure;
    }
    const QLocale locale;
    if (options.dryRun)
        out() << Tr::tr("Dry run: nothing was written.") << '\n';
    line(Tr::tr("Rows read"), QString::number(r.rowsRead));
    line(options.dryRun ? Tr::tr("Would import") : Tr::tr("Imported"), QString::number(r.imported));
    line(Tr::tr("Already present"), QString::number(r.alreadyPresent));
    line(Tr::tr("Unassigned"), QString::number(r.unassigned));
    line(Tr::tr("Rejected"), r.rejected.isEmpty() ? QStringLiteral("0")
                                                  : Tr::tr("%1 (lines %2)").arg(r.rejected.size()).arg(lineList(r.rejectedLines())));
    line(Tr::tr("Total imported"), r.total.format(locale));
    out().flush();
    err().flush();
    return r.rejected.isEmpty() ? ExitSuccess : ExitFindings;
}

} // namespace horisont::cli
