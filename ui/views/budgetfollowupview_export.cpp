// The Export… button of the budget follow-up: the table of the current tab,
// as shown, to CSV or XLSX through the same writers as every export.
#include "views/budgetfollowupview.h"

#include "dialogs/exportspreadsheet.h"
#include "document/plandocument.h"
#include "models/forecastmodel.h"
#include "models/moneygridmodel.h"
#include "models/tableexport.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace horisont {

ExportTable BudgetFollowUpView::tableOnScreen()
{
    refreshNow();
    ExportTable table;
    switch (Tab(m_tabs->currentIndex())) {
    case Actuals:
        table = tableAsShown(*m_followUpModel, MoneyGridModel::OreRole, m_followUpModel->totalsRow() >= 0);
        table.name = QStringLiteral("budget-against-actual");
        break;
    case Forecasts:
        table = tableAsShown(*m_forecastModel, ForecastModel::OreRole, false);
        table.name = QStringLiteral("forecast");
        break;
    case Grants:
        table = tableAsShown(*m_grantModel, MoneyGridModel::OreRole, m_grantModel->totalsRow() >= 0);
        table.name = QStringLiteral("grant-state");
        break;
    case Charts:
        return table;
    }
    table.title = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    return table;
}

bool BudgetFollowUpView::exportTo(const QString &path, QString *error)
{
    const ExportTable table = tableOnScreen();
    if (table.header.isEmpty()) {
        *error = tr("The charts have no table to export; choose another tab.");
        return false;
    }
    return writeSpreadsheetTable(path, table, error);
}

void BudgetFollowUpView::exportWithDialog()
{
    const QFileInfo plan(m_document.path());
    const QString caption = tr("Export %1").arg(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')));
    const QString path = askSpreadsheetPath(
        this, caption,
        plan.absoluteDir().filePath(plan.completeBaseName() + QLatin1Char('-') + tableOnScreen().name
                                    + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx)"), tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, caption, error);
}

} // namespace horisont
