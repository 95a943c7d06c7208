#pragma once

#include "budget/followupreport.h"
#include "budget/monthlyactuals.h"
#include "export/exporttable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace horisont {

class ActualsReader;
class FollowUpCharts;
class ForecastModel;
class MoneyGridModel;
class PlanDocument;
class PlanSelection;

/// Budget follow-up for controllers: budget against actual per year, tertial
/// or month by source, organisation or intervention (with variance and
/// % used); the forecast per year with a run-rate suggestion; the state of
/// each grant; and the charts. Everything is drawn from the report engine's
/// grids. Spending is read from SQL on a worker thread once (and again after
/// an import) while "Reading the ledger…" shows; an edit of an allocation
/// only recomputes the grids from memory.
class BudgetFollowUpView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Actuals, Forecasts, Grants, Charts };

    BudgetFollowUpView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *grain() const { return m_grain; }
    QComboBox *dimension() const { return m_dimension; }
    QComboBox *year() const { return m_year; }
    QTableView *followUpTable() const { return m_followUpTable; }
    MoneyGridModel *followUpModel() const { return m_followUpModel; }
    QComboBox *forecastScope() const { return m_scope; }
    QTableView *forecastTable() const { return m_forecastTable; }
    ForecastModel *forecastModel() const { return m_forecastModel; }
    QPushButton *takeSuggestionButton() const { return m_takeSuggestion; }
    QTableView *grantTable() const { return m_grantTable; }
    MoneyGridModel *grantModel() const { return m_grantModel; }
    FollowUpCharts *charts() const { return m_charts; }
    QPushButton *exportButton() const { return m_export; }
    /// The busy indicator shown while the ledger is read.
    QWidget *ledgerBusyIndicator() const { return m_busy; }
    /// True while spending is being read in the background.
    bool isReadingLedger() const;

    /// The table of the current tab as shown (Charts has none: empty header).
    ExportTable tableOnScreen();
    /// Writes tableOnScreen() to a .xlsx or .csv file.
    bool exportTo(const QString &path, QString *error);

    /// Recomputes now what a change scheduled (tests call it instead of waiting).
    void refreshNow();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Spending has been read (first time or after an import) and the grids show it.
    void ledgerRead();

private:
    QWidget *buildFollowUpTab();
    QWidget *buildForecastTab();
    QWidget *buildGrantTab();
    void scheduleRefresh();
    void reloadActuals();
    void takeActuals();
    void showLedgerProblem(const QString &message);
    void exportWithDialog();
    void updateYearRange();
    void refreshFollowUp();
    void refreshForecast();
    void refreshGrants();
    void refreshCharts();
    void takeSuggestion();

    PlanDocument &m_document;
    PlanSelection &m_selection;
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
    QComboBox *m_grain = nullptr;
    QComboBox *m_dimension = nullptr;
    QComboBox *m_year = nullptr;
    QTableView *m_followUpTable = nullptr;
    MoneyGridModel *m_followUpModel = nullptr;
    QComboBox *m_scope = nullptr;
    QTableView *m_forecastTable = nullptr;
    ForecastModel *m_forecastModel = nullptr;
    QPushButton *m_takeSuggestion = nullptr;
    QLabel *m_forecastNote = nullptr;
    QTableView *m_grantTable = nullptr;
    MoneyGridModel *m_grantModel = nullptr;
    QLabel *m_grantNote = nullptr;
    FollowUpCharts *m_charts = nullptr;
};

} // namespace horisont
