#include "dialogs/exportspreadsheet.h"

#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/exportgrids.h"
#include "export/xlsxexport.h"

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
} // namespace

bool exportSpreadsheet(QWidget *parent, PlanDocument &document)
{
    const QFileInfo plan(document.path());
    const QString xlsxFilter = Tr::tr("Excel workbook, every table (*.xlsx)");
    const QString csvFilter = Tr::tr("CSV, one table (*.csv)");
    QString filter = xlsxFilter;
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export spreadsheet"),
                                                plan.absoluteDir().filePath(plan.completeBaseName() + QStringLiteral(".xlsx")),
                                                xlsxFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return false;
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                     || (QFileInfo(path).suffix().isEmpty() && filter == csvFilter);
    if (QFileInfo(path).suffix().isEmpty())
        path += csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const ExportGridDefinition *grid = csv ? chooseGrid(parent) : nullptr;
    if (csv && !grid)
        return false;

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    GridSource source(document);
    QString error;
    const bool ok = csv ? writeCsv(path, buildExportGrid(*grid, source), QLocale(), &error)
                        : writeXlsx(path, buildExportGrids(source), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::critical(parent, Tr::tr("Export spreadsheet"), error);
    return ok;
}

} // namespace horisont
