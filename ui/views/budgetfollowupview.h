#pragma once

#include "budget/followupreport.h"
#include "budget/monthlyactuals.h"
#include "check/versioncheck.h"
#include "export/exporttable.h"
#include "views/budgetagainstactualtab.h"
#include "views/forecasttab.h"
#include "views/grantstatetab.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace horisont {

class ActualsReader;
class FollowUpCharts;
class FollowUpExport;
class PlanDocument;
class PlanSelection;

/// Budget follow-up for controllers: budget against actual per year, tertial
/// or month by source, organisation or intervention (with variance and
/// % used); the forecast per year with a run-rate suggestion; the state of
/// each grant; and the charts. Everything is drawn from the report engine's
/// grids. Spending is read from SQL on a worker thread once (and again after
/// an import) while "Reading the ledger…" shows; an edit of an allocation
/// only recomputes the grids from memory. Each tab is a class of its own;
/// this view reads the ledger, keeps the years and refreshes the tab shown.
class BudgetFollowUpView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Actuals, Forecasts, Grants, Charts };

    BudgetFollowUpView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *grain() const { return m_actualsTab->grain(); }
    QComboBox *dimension() const { return m_actualsTab->dimension(); }
    QComboBox *year() const { return m_actualsTab->year(); }
    QCheckBox *showDecided() const { return m_actualsTab->showDecided(); }
    QTableView *followUpTable() const { return m_actualsTab->table(); }
    MoneyGridModel *followUpModel() const { return m_actualsTab->model(); }
    QComboBox *forecastScope() const { return m_forecastTab->scope(); }
    QTableView *forecastTable() const { return m_forecastTab->table(); }
    ForecastModel *forecastModel() const { return m_forecastTab->model(); }
    QPushButton *takeSuggestionButton() const { return m_forecastTab->takeSuggestionButton(); }
    QTableView *grantTable() const { return m_grantTab->table(); }
    MoneyGridModel *grantModel() const { return m_grantTab->model(); }
    FollowUpCharts *charts() const { return m_charts; }
    QPushButton *exportButton() const { return m_export; }
    /// The busy indicator shown while the ledger is read.
    QWidget *ledgerBusyIndicator() const { return m_busy; }
    /// True while spending is being read in the background.
    bool isReadingLedger() const;

    /// The table of the current tab as shown, and writing it (FollowUpExport).
    ExportTable tableOnScreen();
    bool exportTo(const QString &path, QString *error);

    /// Recomputes now what a change scheduled (tests call it instead of waiting).
    void refreshNow();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Spending has been read (first time or after an import) and the grids show it.
    void ledgerRead();

private:
    void scheduleRefresh();
    void markStale(Tab tab);
    void reloadActuals();
    void takeActuals();
    void showLedgerProblem(const QString &message);
    void updateYearRange();

    PlanDocument &m_document;
    ActualsReader *m_reader;
    MonthlyActualsIndex m_actuals;
    bool m_haveActuals = false; ///< nothing is shown before the ledger has been read once
    int m_firstYear = 0;
    int m_lastYear = -1;
    bool m_refreshScheduled = false;
    bool m_stale[4] = {true, true, true, true};

    QTabWidget *m_tabs;
    QWidget *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_export = nullptr;
    FollowUpExport *m_exporter;
    BudgetAgainstActualTab *m_actualsTab;
    ForecastTab *m_forecastTab;
    GrantStateTab *m_grantTab;
    FollowUpCharts *m_charts;
};

} // namespace horisont
