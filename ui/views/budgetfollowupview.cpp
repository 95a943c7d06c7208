#include "views/budgetfollowupview.h"

#include "budget/budgetcalendar.h"
#include "budget/forecastreport.h"
#include "budget/grantstate.h"
#include "document/plandocument.h"
#include "figureguard.h"
#include "model/halfopen.h"
#include "models/forecastmodel.h"
#include "models/moneygridmodel.h"
#include "selection/planselection.h"
#include "today.h"
#include "views/actualsreader.h"
#include "charts/followupcharts.h"
#include "views/tableaccessibility.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
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
    : QWidget(parent), m_document(document), m_selection(selection),
      m_reader(new ActualsReader(document.path(), this)), m_tabs(new QTabWidget(this))
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
    m_tabs->addTab(buildFollowUpTab(), tr("Budget against actual"));
    m_tabs->addTab(buildForecastTab(), tr("Forecast"));
    m_tabs->addTab(buildGrantTab(), tr("Grant state"));
    m_charts = new FollowUpCharts;
    m_tabs->addTab(m_charts, tr("Charts"));
    m_export = new QPushButton(tr("&Export…"));
    m_export->setAccessibleName(tr("Export the table shown to CSV or XLSX"));
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);
    connect(m_export, &QPushButton::clicked, this, &BudgetFollowUpView::exportWithDialog);

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
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_export->setEnabled(tab != Charts);
        refreshNow();
    });
    connect(m_charts, &FollowUpCharts::optionsChanged, this, [this] {
        m_stale[Charts] = true;
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

    const int current = m_year->count() ? m_year->currentData().toInt() : std::clamp(today().year(), first, last);
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int y = first; y <= last; ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(current)));

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
        case Actuals: refreshFollowUp(); break;
        case Forecasts: refreshForecast(); break;
        case Grants: refreshGrants(); break;
        case Charts: refreshCharts(); break;
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

void BudgetFollowUpView::refreshFollowUp()
{
    const auto grain = FollowUpGrain(m_grain->currentData().toInt());
    const auto dimension = BudgetDimension(m_dimension->currentData().toInt());
    const int year = m_year->currentData().toInt();
    const FollowUpGrid f = budgetFollowUp(m_document.plan(), m_actuals, dimension, grain, year ? year : m_firstYear,
                                          year ? year : m_lastYear);
    const QLocale locale;
    QList<MoneyGridModel::Column> columns;
    // One period needs no total beside it.
    const int groups = f.periods.size() == 1 ? 1 : f.groupCount();
    for (int g = 0; g < groups; ++g) {
        const QString period = g == f.totalGroup() ? tr("Total") : periodLabel(f.periods[std::size_t(g)], grain, locale);
        const int allocated = FollowUpGrid::column(g, FollowUpGrid::Allocated);
        const int spent = FollowUpGrid::column(g, FollowUpGrid::Spent);
        const int variance = FollowUpGrid::column(g, FollowUpGrid::Variance);
        columns.append({MoneyGridModel::Column::Amount, tr("%1\nAllocated").arg(period), allocated});
        columns.append({MoneyGridModel::Column::Amount, tr("%1\nSpent").arg(period), spent});
        columns.append({MoneyGridModel::Column::Amount, tr("%1\nVariance").arg(period), variance, -1, -1, true});
        columns.append({MoneyGridModel::Column::Percent, tr("%1\n% used").arg(period), -1, spent, allocated});
    }
    m_followUpModel->setGrid(f.grid, columns, m_dimension->currentText());
    m_followUpTable->resizeColumnsToContents();
    m_followUpTable->setColumnWidth(0, std::min(m_followUpTable->columnWidth(0), 320));
}

void BudgetFollowUpView::refreshForecast()
{
    const Plan &plan = m_document.plan();
    const QSignalBlocker blocker(m_scope);
    const Id scope = m_scope->currentData().toLongLong();
    m_scope->clear();
    m_scope->addItem(tr("The whole programme"), qlonglong(NoId));
    for (const FundingSource &s : plan.all<FundingSource>())
        m_scope->addItem(s.code.isEmpty() ? s.name : s.code + QLatin1Char(' ') + s.name, qlonglong(s.id));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(qlonglong(scope))));
    const QDate asOf = today();
    const ForecastTable table = forecastByYear(m_document.plan(), m_actuals, m_scope->currentData().toLongLong(),
                                               m_firstYear, m_lastYear, asOf);
    const QModelIndex current = m_forecastTable->currentIndex();
    m_forecastModel->setTable(table, asOf.month());
    m_forecastTable->resizeColumnsToContents();
    if (current.isValid())
        m_forecastTable->setCurrentIndex(m_forecastModel->index(current.row(), current.column()));
    m_forecastNote->setText(tr("As of %1. Type a forecast in the Forecast column (clear it to remove it). "
                               "For a year that has ended the suggestion is what was spent; for the current year it "
                               "is the spending of its completed months × 12 / months.")
                                .arg(QLocale().toString(asOf, QLocale::ShortFormat)));
}

void BudgetFollowUpView::refreshGrants()
{
    const QDate asOf = today();
    const GrantStates states = grantStates(m_document.plan(), m_actuals, asOf);
    using C = MoneyGridModel::Column;
    m_grantModel->setGrid(states.grid,
                          {{C::Amount, tr("Ceiling"), GrantStates::Ceiling},
                           {C::Amount, tr("Allocated"), GrantStates::Allocated},
                           {C::Amount, tr("Spent"), GrantStates::Spent},
                           {C::Percent, tr("% of ceiling spent"), -1, GrantStates::Spent, GrantStates::Ceiling},
                           {C::Amount, tr("Ceiling − spent"), GrantStates::LeftAfterSpent, -1, -1, true},
                           {C::Amount, tr("Ceiling − allocated"), GrantStates::LeftAfterAllocated, -1, -1, true},
                           {C::Text, tr("Valid")},
                           {C::Text, tr("Months left")}},
                          tr("Funding source"));
    // No totals row: a grant's ceiling and an ordinary budget without one do
    // not add up to anything a controller could act on (spent ÷ ceilings
    // would count ordinary spending against the grants' ceilings).
    m_grantModel->setTotalsRow(false);
    m_grantModel->setBlankCells([states](int row, int column) {
        return !states.sources[std::size_t(row)].hasCeiling
               && (column == GrantStates::Ceiling || column == GrantStates::LeftAfterSpent
                   || column == GrantStates::LeftAfterAllocated);
    });
    m_grantModel->setTextProvider([states](int row, int column) -> QString {
        if (row < 0)
            return {};
        const GrantStates::Source &s = states.sources[std::size_t(row)];
        if (column == 7)
            return s.validFrom.isValid() || s.validUntil.isValid()
                       ? tr("%1 – %2").arg(s.validFrom.toString(Qt::ISODate), isoDate(lastDayBefore(s.validUntil)))
                       : QString();
        if (!s.monthsLeft)
            return tr("open-ended");
        return *s.monthsLeft == 0 ? tr("ended") : QString::number(*s.monthsLeft);
    });
    m_grantTable->resizeColumnsToContents();
    m_grantNote->setText(tr("As of %1. Spent is everything booked on the source; months left are whole months "
                            "until the last day of its period.")
                             .arg(QLocale().toString(asOf, QLocale::ShortFormat)));
}

void BudgetFollowUpView::refreshCharts()
{
    m_charts->refresh(m_document.plan(), m_actuals, m_firstYear, m_lastYear);
}

void BudgetFollowUpView::takeSuggestion()
{
    const QModelIndex current = m_forecastTable->currentIndex();
    if (!current.isValid()) {
        Q_EMIT statusMessage(tr("Select a year first."));
        return;
    }
    if (m_forecastModel->takeSuggestion(current.row()))
        refreshNow();
}

} // namespace horisont
