#include "views/followupexport.h"

#include "dialogs/exportnotice.h"
#include "dialogs/exportspreadsheet.h"
#include "document/plandocument.h"
#include "models/forecastmodel.h"
#include "models/moneygridmodel.h"
#include "models/tableexport.h"
#include "views/budgetfollowupview.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>

namespace horisont {

FollowUpExport::FollowUpExport(BudgetFollowUpView &view, const PlanDocument &document)
    : QObject(&view), m_view(view), m_document(document)
{}

ExportTable FollowUpExport::tableOnScreen()
{
    m_view.refreshNow();
    QTabWidget *tabs = m_view.tabs();
    auto asShown = [](const MoneyGridModel &model) {
        return tableAsShown(model, MoneyGridModel::OreRole, model.totalsRow() >= 0);
    };
    ExportTable table;
    switch (BudgetFollowUpView::Tab(tabs->currentIndex())) {
    case BudgetFollowUpView::Actuals:
        table = asShown(*m_view.followUpModel());
        table.name = QStringLiteral("budget-against-actual");
        break;
    case BudgetFollowUpView::Forecasts:
        table = tableAsShown(*m_view.forecastModel(), ForecastModel::OreRole, false);
        table.name = QStringLiteral("forecast");
        break;
    case BudgetFollowUpView::Grants:
        table = asShown(*m_view.grantModel());
        table.name = QStringLiteral("grant-state");
        break;
    case BudgetFollowUpView::Charts:
        return table;
    }
    table.title = tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&'));
    return table;
}

bool FollowUpExport::exportTo(const QString &path, QString *error)
{
    const ExportTable table = tableOnScreen();
    if (table.header.isEmpty()) {
        *error = tr("The charts have no table to export; choose another tab.");
        return false;
    }
    return writeSpreadsheetTable(path, table, error);
}

void FollowUpExport::exportWithDialog()
{
    const QFileInfo plan(m_document.path());
    QTabWidget *tabs = m_view.tabs();
    const QString caption = tr("Export %1").arg(tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&')));
    const QString path =
        askSpreadsheetPath(&m_view, caption,
                           plan.absoluteDir().filePath(plan.completeBaseName() + QLatin1Char('-') + tableOnScreen().name
                                                       + QStringLiteral(".xlsx")),
                           tr("Excel workbook (*.xlsx)"), tr("CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error)) {
        Q_EMIT statusMessage(exportedMessage(path));
        offerToOpen(&m_view, path);
    } else
        QMessageBox::warning(&m_view, caption, error);
}

} // namespace horisont
