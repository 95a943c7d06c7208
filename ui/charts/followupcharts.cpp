#include "charts/followupcharts.h"

#include "budget/monthlyactuals.h"
#include "models/moneygridmodel.h"
#include "plan/plan.h"
#include "charts/budgetchartview.h"
#include "charts/fittedmoneyaxis.h"
#include "charts/moneyaxis.h"
#include "views/namedcombo.h"
#include "views/tableaccessibility.h"
#include "model/codedname.h"
#include "today.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {
namespace {
/// Fills a combo with (text, data) pairs, keeping the current choice when it is still there.
void refill(QComboBox *combo, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

/// A long name on two lines, broken at the space nearest its middle: Qt
/// Charts elides a category label wider than its share of the chart
/// ("Kommunledningskontoret – U…"), and an organisation is told by its name.
/// Qt Charts lays labels out as HTML: the break is <br>, the name escaped.
QString twoLines(const QString &name)
{
    constexpr int Long = 22;
    if (name.size() <= Long)
        return name.toHtmlEscaped();
    int best = -1;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') && (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    }
    return best < 0 ? name.toHtmlEscaped()
                    : name.left(best).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(best + 1).toHtmlEscaped();
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}
} // namespace

FollowUpCharts::FollowUpCharts(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setAccessibleName(tr("Charts"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart to show"));

    m_stackBy = namedCombo(tr("Stack allocations by"));
    m_stackBy->addItem(tr("Funding source"), int(BudgetDimension::Source));
    m_stackBy->addItem(tr("Organisation"), int(BudgetDimension::Organisation));
    m_grant = namedCombo(tr("Grant"));
    m_varianceYear = namedCombo(tr("Year of the variance"));

    auto controls = [](const QString &label, QComboBox *combo) {
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(6, 6, 6, 0);
        auto *text = new QLabel(label);
        text->setBuddy(combo);
        h->addWidget(text);
        h->addWidget(combo);
        h->addStretch();
        return row;
    };
    m_tabs->addTab(page(Allocations, controls(tr("&Stack by:"), m_stackBy), Qt::Vertical), tr("Allocations and spending"));
    m_tabs->addTab(page(Grant, controls(tr("&Grant:"), m_grant), Qt::Horizontal), tr("Grant against its ceiling"));
    m_tabs->addTab(page(Variance, controls(tr("&Year:"), m_varianceYear), Qt::Horizontal), tr("Variance per organisation"));
    m_tabs->addTab(budgetPage(), tr("Budget per funding source"));

    for (QComboBox *combo : {m_stackBy, m_grant, m_varianceYear})
        connect(combo, &QComboBox::currentIndexChanged, this, &FollowUpCharts::optionsChanged);
}

QWidget *FollowUpCharts::page(Chart chart, QWidget *controls, Qt::Orientation orientation)
{
    static const char *const names[ChartCount] = {
        QT_TR_NOOP("Allocations per year with spending"),
        QT_TR_NOOP("Cumulative spending against the grant's ceiling"),
        QT_TR_NOOP("Variance per organisation"),
    };
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls);
    auto *splitter = new QSplitter(orientation);
    m_views[chart] = new QChartView(newChart(tr(names[chart])));
    m_views[chart]->setRenderHint(QPainter::Antialiasing);
    m_views[chart]->setAccessibleName(tr("Chart: %1").arg(tr(names[chart])));
    m_views[chart]->setAccessibleDescription(tr("The table beside the chart holds the same numbers."));
    // Tall enough for the money axis's labels; below that Qt Charts elides them to "…".
    m_views[chart]->setMinimumSize(320, 300);
    m_models[chart] = new MoneyGridModel(this);
    m_tables[chart] = new QTableView;
    m_tables[chart]->setModel(m_models[chart]);
    m_tables[chart]->verticalHeader()->hide();
    m_tables[chart]->setSelectionBehavior(QAbstractItemView::SelectRows);
    nameTableForAccessibility(m_tables[chart], tr("Numbers of the chart: %1").arg(tr(names[chart])), tr("Columns"), tr("Rows"));
    splitter->addWidget(m_views[chart]);
    splitter->addWidget(m_tables[chart]);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the table's size hint would otherwise take most of the room
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    return widget;
}

QWidget *FollowUpCharts::budgetPage()
{
    const QString name = tr("Allocated and spent per funding source, all years");
    m_budgetChart = new BudgetChartView;
    m_budgetChart->setAccessibleName(tr("Chart: %1").arg(name));
    m_budgetChart->setAccessibleDescription(tr("The table beside the chart holds the same numbers."));
    m_budgetModel = new MoneyGridModel(this);
    m_budgetTable = new QTableView;
    m_budgetTable->setModel(m_budgetModel);
    m_budgetTable->verticalHeader()->hide();
    m_budgetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    nameTableForAccessibility(m_budgetTable, tr("Numbers of the chart: %1").arg(name), tr("Columns"), tr("Rows"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_budgetChart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(scroll);
    splitter->addWidget(m_budgetTable);
    splitter->setSizes({600, 400});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QChart *FollowUpCharts::chart(Chart chart) const
{
    return m_views[chart]->chart();
}

void FollowUpCharts::refresh(const Plan &plan, const MonthlyActualsIndex &actuals, int firstYear, int lastYear)
{
    QList<QPair<QString, QVariant>> grants;
    for (const FundingSource &s : plan.all<FundingSource>()) // grants with a ceiling first: that is what the chart is for
        if (s.ceiling) grants.append({codedName(s), s.id});
    for (const FundingSource &s : plan.all<FundingSource>())
        if (!s.ceiling) grants.append({codedName(s), s.id});
    refill(m_grant, grants);
    QList<QPair<QString, QVariant>> years{{tr("All years"), 0}};
    for (int y = firstYear; y <= lastYear; ++y)
        years.append({QString::number(y), y});
    refill(m_varianceYear, years);

    drawAllocations(allocationsAndSpendingByYear(plan, actuals, BudgetDimension(m_stackBy->currentData().toInt()),
                                                 firstYear, lastYear, today()));
    drawGrant(cumulativeSpending(plan, actuals, m_grant->currentData().toLongLong()), m_grant->currentText());
    const int year = m_varianceYear->currentData().toInt();
    drawVariance(budgetFollowUp(plan, actuals, BudgetDimension::Organisation, FollowUpGrain::Year,
                                year ? year : firstYear, year ? year : lastYear, QLocale()));
    // The pack's budget chart over the whole programme: the same grid, the same painter.
    const BudgetBySource budget = budgetBySource(plan, ActualsIndex::fromMonthly(actuals, BudgetDimension::Source));
    m_budgetChart->setData(budget);
    m_budgetModel->setGrid(budget.grid, MoneyGridModel::amountColumns(budget.grid), tr("Funding source"));
    m_budgetTable->resizeColumnsToContents();
}

void FollowUpCharts::drawAllocations(const AllocationsAndSpending &data)
{
    m_models[Allocations]->setGrid(data.allocations, MoneyGridModel::amountColumns(data.allocations),
                                   m_stackBy->currentText());
    m_models[Allocations]->setExtraRows(data.spending);
    const int spendingRow = data.allocations.rowCount() + 1; // below the totals row
    m_models[Allocations]->setBlankCells(
        [data, spendingRow](int row, int column) { return row == spendingRow && !data.spendingShown(column); });
    m_tables[Allocations]->resizeColumnsToContents();

    QChart *chart = this->chart(Allocations);
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    auto *bars = new QStackedBarSeries;
    for (int r = 0; r < data.allocations.rowCount(); ++r) {
        auto *set = new QBarSet(data.allocations.rows()[std::size_t(r)].label);
        for (int c = 0; c < data.allocations.columnCount(); ++c)
            set->append(chartValue(data.allocations.cell(r, c)));
        bars->append(set);
    }
    auto *spent = new QLineSeries;
    spent->setName(data.spending.rowCount() ? data.spending.rows()[0].label : QString());
    spent->setPointsVisible(true);
    QPen pen(QColor(0x20, 0x20, 0x20));
    pen.setWidth(3);
    spent->setPen(pen);
    Money high;
    for (int c = 0; c < data.spending.columnCount(); ++c) {
        if (data.spendingShown(c)) // a year that has not happened has no point, not one at 0 kr
            spent->append(c, chartValue(data.spending.cell(0, c)));
        high = std::max({high, data.spending.cell(0, c), data.allocations.columnTotal(c)});
    }
    chart->addSeries(bars);
    chart->addSeries(spent);
    auto *years = new QBarCategoryAxis;
    years->append(data.allocations.columns());
    chart->addAxis(years, Qt::AlignBottom);
    QCategoryAxis *amounts = moneyAxis(Money(), high);
    chart->addAxis(amounts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(years);
        series->attachAxis(amounts);
    }
}

void FollowUpCharts::drawGrant(const CumulativeSpending &data, const QString &name)
{
    QList<MoneyGridModel::Column> columns = MoneyGridModel::amountColumns(data.grid);
    m_models[Grant]->setGrid(data.grid, columns, name);
    m_models[Grant]->setTotalsRow(false);
    m_tables[Grant]->resizeColumnsToContents();

    QChart *chart = this->chart(Grant);
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    if (data.grid.rowCount() == 0)
        return;
    auto *cumulative = new QLineSeries;
    cumulative->setName(data.grid.rows()[CumulativeSpending::Cumulative].label);
    QPen pen(QColor(0x1f, 0x5f, 0xa8));
    pen.setWidth(3);
    cumulative->setPen(pen);
    auto *ceiling = new QLineSeries;
    ceiling->setName(data.grid.rows()[CumulativeSpending::Ceiling].label);
    QPen dashed(QColor(0xb0, 0x1c, 0x1c));
    dashed.setWidth(2);
    dashed.setStyle(Qt::DashLine);
    ceiling->setPen(dashed);
    Money high;
    for (int c = 0; c < data.grid.columnCount(); ++c) {
        cumulative->append(c, chartValue(data.grid.cell(CumulativeSpending::Cumulative, c)));
        high = std::max(high, data.grid.cell(CumulativeSpending::Cumulative, c));
    }
    chart->addSeries(cumulative);
    if (data.hasCeiling) {
        ceiling->append(0, chartValue(data.grid.cell(CumulativeSpending::Ceiling, 0)));
        ceiling->append(data.grid.columnCount() - 1, chartValue(data.grid.cell(CumulativeSpending::Ceiling, 0)));
        high = std::max(high, data.grid.cell(CumulativeSpending::Ceiling, 0));
        chart->addSeries(ceiling);
    } else {
        delete ceiling;
    }
    // Years along the bottom, each label in the middle of its months.
    auto *months = new QCategoryAxis;
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    months->setStartValue(-0.5);
    QDate month = data.firstMonth;
    for (int c = 0; c < data.grid.columnCount(); ++c, month = month.addMonths(1)) {
        if (month.month() == 12 || c == data.grid.columnCount() - 1)
            months->append(QString::number(month.year()), c + 0.5);
    }
    months->setRange(-0.5, data.grid.columnCount() - 0.5);
    chart->addAxis(months, Qt::AlignBottom);
    QCategoryAxis *amounts = moneyAxis(Money(), high);
    chart->addAxis(amounts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(months);
        series->attachAxis(amounts);
    }
}

void FollowUpCharts::drawVariance(const FollowUpGrid &data)
{
    const int total = data.totalGroup();
    const int allocated = FollowUpGrid::column(total, FollowUpGrid::Allocated);
    const int spent = FollowUpGrid::column(total, FollowUpGrid::Spent);
    const int variance = FollowUpGrid::column(total, FollowUpGrid::Variance);
    m_models[Variance]->setGrid(data.grid,
                                {{MoneyGridModel::Column::Amount, tr("Allocated"), allocated},
                                 {MoneyGridModel::Column::Amount, tr("Spent"), spent},
                                 {MoneyGridModel::Column::Amount, tr("Variance"), variance, -1, -1, true},
                                 {MoneyGridModel::Column::Percent, tr("% used"), -1, spent, allocated}},
                                tr("Organisation"));
    m_tables[Variance]->resizeColumnsToContents();

    QChart *chart = this->chart(Variance);
    delete m_varianceAxis; // the chart owns its axis, removed below
    m_varianceAxis = nullptr;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    // Two sets so that overspending differs by colour and by its legend name,
    // never by colour alone; a bar is in one set, zero in the other.
    auto *under = new QBarSet(tr("Within budget"));
    auto *over = new QBarSet(tr("Over budget"));
    under->setColor(QColor(0x2e, 0x7d, 0x32));
    over->setColor(QColor(0xb0, 0x1c, 0x1c));
    QStringList names;
    Money low, high;
    // Bottom to top, so that the first organisation is at the top as in the table.
    for (int r = data.grid.rowCount() - 1; r >= 0; --r) {
        const Money v = data.grid.cell(r, variance);
        under->append(v.isNegative() ? 0.0 : chartValue(v));
        over->append(v.isNegative() ? chartValue(v) : 0.0);
        names << twoLines(data.grid.rows()[std::size_t(r)].label);
        low = std::min(low, v);
        high = std::max(high, v);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(under);
    bars->append(over);
    chart->addSeries(bars);
    auto *organisations = new QBarCategoryAxis;
    organisations->append(names);
    chart->addAxis(organisations, Qt::AlignLeft);
    bars->attachAxis(organisations);
    m_varianceAxis = new FittedMoneyAxis(m_views[Variance], bars, low, high);
}

} // namespace horisont
