#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/planopening.h"
#include "cli/parsing.h"

#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/exportgrids.h"
#include "export/xlsxexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <functional>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

/// The options both spreadsheet exports share.
struct SpreadsheetOptions {
    QCommandLineOption output;
    QCommandLineOption lang{QStringLiteral("lang"),
                            Tr::tr("Language of titles and numbers: sv (decimal comma) or en (decimal point); "
                                   "default the language of the command line."),
                            Tr::tr("LANG")};
};

/// The locale the export is written in, or nullopt after reporting a bad --lang.
std::optional<QLocale> exportLocale(const QCommandLineParser &parser, const QCommandLineOption &lang)
{
    if (!parser.isSet(lang))
        return QLocale();
    const QString language = parser.value(lang);
    if (language != QLatin1String("sv") && language != QLatin1String("en")) {
        failWith(Tr::tr("Unknown language \"%1\": use sv or en.").arg(language));
        return std::nullopt;
    }
    return QLocale(language);
}

/// Opens the plan read-only, waits until the whole file is verified, builds
/// the grids with `write` and reports the file written.
int exportPlan(const QString &planPath, const ShownState &shown, const QString &path,
               const std::function<bool(GridSource &source, QString *error)> &write)
{
    QString error;
    auto doc = openPlan(planPath, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Background, shown);
    if (!doc)
        return ExitFailure;
    if (!doc->waitForVerification(&error))
        return failWith(error);
    GridSource source(*doc);
    if (!write(source, &error))
        return failWith(error);
    out() << Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
    out().flush();
    return ExitSuccess;
}
} // namespace

int exportXlsxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export every budget grid of a plan to an XLSX workbook, one sheet per grid, amounts as numbers. "
               "The file is written atomically: a failed export leaves any earlier file untouched. "
               "Exit 0 when written, 2 on an error."));
    SpreadsheetOptions options{{{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The XLSX file to write."),
                                Tr::tr("OUT.xlsx")}};
    parser.addOptions({options.output});
    parser.addOptions(shownStateOptions());
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1, &options.lang))
        return *exit;
    if (!parser.isSet(options.output))
        return failWith(Tr::tr("Give the XLSX file to write with -o OUT.xlsx."));
    if (!exportLocale(parser, options.lang))
        return ExitFailure;
    const QString path = parser.value(options.output);
    return exportPlan(parser.positionalArguments().constFirst(), shownState(parser), path, [&](GridSource &source, QString *error) {
        return writeXlsx(path, buildExportGrids(source), error);
    });
}

int exportCsvCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export one budget grid of a plan to CSV: UTF-8 with BOM, ';' between fields, amounts as plain "
               "numbers. The file is written atomically: a failed export leaves any earlier file untouched. "
               "Exit 0 when written, 2 on an error."));
    SpreadsheetOptions options{{{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The CSV file to write."),
                                Tr::tr("OUT.csv")}};
    const QCommandLineOption gridOption(QStringLiteral("grid"),
                                        Tr::tr("The grid to export: %1.").arg(exportGridNames().join(QLatin1String(", "))),
                                        Tr::tr("NAME"));
    parser.addOptions({options.output, gridOption});
    parser.addOptions(shownStateOptions());
    parser.addPositionalArgument(Tr::tr("PLAN"), Tr::tr("The plan file."));
    if (auto exit = parseArguments(parser, arguments, 1, &options.lang))
        return *exit;
    const QString validNames = exportGridNames().join(QLatin1String(", "));
    if (!parser.isSet(gridOption))
        return failWith(Tr::tr("Give the grid to export with --grid NAME, one of: %1.").arg(validNames));
    const ExportGridDefinition *grid = findExportGrid(parser.value(gridOption));
    if (!grid)
        return failWith(Tr::tr("Unknown grid \"%1\": use one of %2.").arg(parser.value(gridOption), validNames));
    if (!parser.isSet(options.output))
        return failWith(Tr::tr("Give the CSV file to write with -o OUT.csv."));
    const std::optional<QLocale> locale = exportLocale(parser, options.lang);
    if (!locale)
        return ExitFailure;
    const QString path = parser.value(options.output);
    return exportPlan(parser.positionalArguments().constFirst(), shownState(parser), path, [&](GridSource &source, QString *error) {
        return writeCsv(path, buildExportGrid(*grid, source), *locale, error);
    });
}

} // namespace horisont::cli
