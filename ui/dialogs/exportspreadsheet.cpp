#include "dialogs/exportspreadsheet.h"

#include "dialogs/exportnotice.h"
#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/exportgrids.h"
#include "export/xlsxexport.h"
#include "today.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ExportSpreadsheet)
};

/// The grid for a CSV file, chosen by its title; nullptr when cancelled.
const ExportGridDefinition *chooseGrid(QWidget *parent)
{
    QStringList titles;
    for (const ExportGridDefinition &grid : exportGrids())
        titles << exportGridTitle(grid);
    bool ok = false;
    const QString title = QInputDialog::getItem(parent, Tr::tr("Export spreadsheet"),
                                                Tr::tr("A CSV file holds one table. Table:"), titles, 0, false, &ok);
    const qsizetype index = titles.indexOf(title);
    return ok && index >= 0 ? &exportGrids()[std::size_t(index)] : nullptr;
}

bool isCsvPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}
} // namespace

QString askSpreadsheetPath(QWidget *parent, const QString &caption, const QString &suggestedPath,
                           const QString &xlsxFilter, const QString &csvFilter)
{
    QString filter = xlsxFilter;
    QString path = QFileDialog::getSaveFileName(parent, caption, suggestedPath,
                                                xlsxFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

bool writeSpreadsheetTable(const QString &path, const ExportTable &table, QString *error)
{
    return isCsvPath(path) ? writeCsv(path, table, QLocale(), error) : writeXlsx(path, {table}, error);
}

QString exportSpreadsheet(QWidget *parent, PlanDocument &document)
{
    const QString path =
        askSpreadsheetPath(parent, Tr::tr("Export spreadsheet"), besidePlan(document, workbookFileName(today())),
                           Tr::tr("Excel workbook, every table (*.xlsx)"), Tr::tr("CSV, one table (*.csv)"));
    if (path.isEmpty())
        return {};
    const bool csv = isCsvPath(path);
    const ExportGridDefinition *grid = csv ? chooseGrid(parent) : nullptr;
    if (csv && !grid)
        return {};

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    GridSource source(document);
    QString error;
    const bool ok = csv ? writeCsv(path, buildExportGrid(*grid, source), QLocale(), &error)
                        : writeXlsx(path, buildExportGrids(source), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(parent, Tr::tr("Export spreadsheet"), error);
    return ok ? path : QString();
}

} // namespace horisont
