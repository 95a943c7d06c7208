#include "views/budgetfollowupview.h"

#include "budget/budgetcalendar.h"
#include "charts/followupcharts.h"
#include "document/plandocument.h"
#include "figureguard.h"
#include "today.h"
#include "views/actualsreader.h"
#include "views/followupexport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace horisont {
namespace {
/// Kinds whose changes show in the follow-up: the money and the names of its rows.
bool affectsFollowUp(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Programme:
    case EntityKind::Organisation:
    case EntityKind::Intervention:
    case EntityKind::FundingSource:
    case EntityKind::Allocation:
    case EntityKind::Forecast:
        return true;
    default:
        return false;
    }
}
} // namespace

BudgetFollowUpView::BudgetFollowUpView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_reader(new ActualsReader(document.path(), this)),
      m_tabs(new QTabWidget(this)), m_exporter(new FollowUpExport(*this, document)),
      m_actualsTab(new BudgetAgainstActualTab(selection)), m_forecastTab(new ForecastTab(document)),
      m_grantTab(new GrantStateTab), m_charts(new FollowUpCharts)
{
    m_busyText = new QLabel(tr("Reading the ledger…"));
    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0); // busy: one SQL aggregate has no steps to count
    m_busyBar->setMaximumWidth(200);
    m_busyBar->setAccessibleName(tr("Reading the ledger"));
    m_busy = new QWidget;
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_tabs);
    m_tabs->setAccessibleName(tr("Budget follow-up"));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the budget follow-up"));
    m_tabs->addTab(m_actualsTab, tr("Budget against actual"));
    m_tabs->addTab(m_forecastTab, tr("Forecast"));
    m_tabs->addTab(m_grantTab, tr("Grant state"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_export = new QPushButton(tr("&Export…"));
    m_export->setAccessibleName(tr("Export the table shown to CSV or XLSX"));
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);
    connect(m_export, &QPushButton::clicked, m_exporter, &FollowUpExport::exportWithDialog);
    connect(m_exporter, &FollowUpExport::statusMessage, this, &BudgetFollowUpView::statusMessage);
    connect(m_forecastTab, &ForecastTab::statusMessage, this, &BudgetFollowUpView::statusMessage);
    connect(m_actualsTab, &BudgetAgainstActualTab::optionsChanged, this, [this] { markStale(Actuals); });
    connect(m_forecastTab, &ForecastTab::optionsChanged, this, [this] { markStale(Forecasts); });
    connect(m_charts, &FollowUpCharts::optionsChanged, this, [this] { markStale(Charts); });

    connect(m_reader, &ActualsReader::finished, this, &BudgetFollowUpView::takeActuals);
    connect(m_reader, &ActualsReader::failed, this, &BudgetFollowUpView::showLedgerProblem);
    m_reader->start();
    updateYearRange();

    const Plan &plan = m_document.plan();
    auto onChange = [this](EntityKind kind) {
        if (affectsFollowUp(kind))
            scheduleRefresh();
    };
    connect(&plan, &Plan::inserted, this, [onChange](EntityKind kind, Id) { onChange(kind); });
    connect(&plan, &Plan::removed, this, [onChange](EntityKind kind, Id) { onChange(kind); });
    connect(&plan, &Plan::changed, this, [onChange](EntityKind kind, Id, int) { onChange(kind); });
    connect(&plan, &Plan::reset, this, &BudgetFollowUpView::scheduleRefresh);
    // Only an import changes the ledger: only then is spending read again.
    connect(&m_document, &PlanDocument::ledgerTotalsChanged, this, &BudgetFollowUpView::reloadActuals);
    connect(&m_document, &PlanDocument::versionsChanged, this, &BudgetFollowUpView::scheduleRefresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_export->setEnabled(tab != Charts);
        refreshNow();
    });
    refreshNow();
}

void BudgetFollowUpView::scheduleRefresh()
{
    for (bool &stale : m_stale)
        stale = true;
    if (m_refreshScheduled)
        return;
    // One recomputation per event-loop pass, however many changes a command made.
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &BudgetFollowUpView::refreshNow);
}

void BudgetFollowUpView::markStale(Tab tab)
{
    m_stale[tab] = true;
    refreshNow();
}

bool BudgetFollowUpView::isReadingLedger() const
{
    return m_reader->isReading();
}

void BudgetFollowUpView::reloadActuals()
{
    // Until the new index arrives the grids keep showing the old one.
    m_busyText->setText(tr("Reading the ledger…"));
    m_busyBar->show();
    m_busy->show();
    m_reader->start();
}

void BudgetFollowUpView::takeActuals()
{
    m_actuals = m_reader->index();
    m_haveActuals = true;
    m_busy->hide();
    updateYearRange();
    scheduleRefresh();
    refreshNow();
    Q_EMIT ledgerRead();
}

void BudgetFollowUpView::showLedgerProblem(const QString &message)
{
    m_busyBar->hide();
    m_busyText->setText(message);
}

void BudgetFollowUpView::updateYearRange()
{
    // The plan's years with every allocation and every month with spending,
    // so that the grids hold every krona; today's year for an empty plan.
    const BudgetYears years = BudgetCalendar::planYears(m_document.plan(), {.allocations = true,
                                                                            .firstSpending = m_actuals.firstMonth(),
                                                                            .lastSpending = m_actuals.lastMonth(),
                                                                            .today = today()});
    const int first = years.first, last = years.last;
    if (first == m_firstYear && last == m_lastYear)
        return;
    m_firstYear = first;
    m_lastYear = last;
    m_actualsTab->setYears(first, last);
}

void BudgetFollowUpView::refreshNow()
{
    m_refreshScheduled = false;
    if (!m_haveActuals)
        return; // no spending to show yet: no grid rather than one that says nothing was spent
    updateYearRange();
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || !m_stale[tab])
        return;
    m_stale[tab] = false;
    // A figure past what 64 bits hold (a run-rate of a ledger near its
    // bound) is said where the figures would be, not thrown into Qt.
    const QString problem = figureProblem([&] {
        switch (Tab(tab)) {
        case Actuals:
        {
            PlanVersion version;
            const std::shared_ptr<const Plan> decided = m_document.latestDecided(&version);
            m_actualsTab->refresh(m_document.plan(), m_actuals, decided.get(), version.name);
        }
            break;
        case Forecasts:
            m_forecastTab->refresh(m_actuals, m_firstYear, m_lastYear);
            break;
        case Grants:
            m_grantTab->refresh(m_document.plan(), m_actuals);
            break;
        case Charts:
            m_charts->refresh(m_document.plan(), m_actuals, m_firstYear, m_lastYear);
            break;
        }
    });
    if (!problem.isEmpty()) {
        showLedgerProblem(problem);
        m_busy->show();
        Q_EMIT statusMessage(problem);
    } else if (!m_reader->isReading()) {
        m_busy->hide();
    }
}

ExportTable BudgetFollowUpView::tableOnScreen()
{
    return m_exporter->tableOnScreen();
}

bool BudgetFollowUpView::exportTo(const QString &path, QString *error)
{
    return m_exporter->exportTo(path, error);
}

} // namespace horisont
