#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"

#include "ledger/import/shownvalue.h"
#include "model/messagelocale.h"
#include "planimport/planformats.h"
#include "planimport/planimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

bool writeReport(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    err() << Tr::tr("%1: the report could not be written: %2").arg(shownValue(path), file.errorString()) << '\n';
    return false;
}
} // namespace

int importPlanCommand(const QStringList &arguments)
{
    QStringList formats;
    for (const PlanFormat &f : planFormats())
        formats << QString::fromLatin1(f.name);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create a new plan from a plan of another tool: phases, interventions, activities and milestones from "
               "its tasks, organisations from its resources, allocations from its costs. OUT is never written over. "
               "Exit 0 when everything was brought in, 1 when the report lists what was not, 2 when nothing could "
               "be imported."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("The source's format (%1); sniffed from the content when not given.")
                                        .arg(formats.join(QLatin1Char('|'))),
                                    Tr::tr("FORMAT"));
    const QCommandLineOption profile(QStringLiteral("profile"), Tr::tr("The columns of a plan spreadsheet (JSON)."),
                                     Tr::tr("P.json"));
    const QCommandLineOption report(QStringLiteral("report"), Tr::tr("Also write the import report to this file."),
                                    Tr::tr("REPORT.txt"));
    parser.addOptions({format, profile, report});
    parser.addPositionalArgument(Tr::tr("SOURCE"), Tr::tr("The other tool's plan file."));
    parser.addPositionalArgument(Tr::tr("OUT"), Tr::tr("The new plan file to create (*.horisont)."));
    if (auto exit = parseArguments(parser, arguments, 2))
        return *exit;
    const QString source = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    PlanImportOptions options;
    options.format = parser.value(format);
    options.profilePath = parser.value(profile);
    if (!options.format.isEmpty() && !planFormat(options.format)) {
        err() << Tr::tr("Unknown format \"%1\"; the formats are: %2.").arg(shownValue(options.format), formats.join(QLatin1String(", ")))
              << '\n';
        return ExitFailure;
    }
    // Refused before reading, so that a long read does not end in "exists".
    if (QFileInfo::exists(target)) {
        err() << Tr::tr("%1 already exists; choose another name.").arg(shownValue(target)) << '\n';
        return ExitFailure;
    }
    QString error;
    const std::optional<MappedPlan> mapped = readForeignPlanFile(source, options, &error);
    if (!mapped || !createImportedPlan(*mapped, target, &error)) {
        err() << error << '\n';
        return ExitFailure;
    }
    const QString text = mapped->report.text(messageLocale());
    out() << Tr::tr("Created %1").arg(target) << '\n' << text;
    out().flush();
    if (parser.isSet(report) && !writeReport(parser.value(report), text))
        return ExitFailure;
    return mapped->report.everythingMapped() ? ExitSuccess : ExitFindings;
}

} // namespace horisont::cli
