#pragma once

#include "budget/chartgrids.h"
#include "budget/followupreport.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QTabWidget;
class QTableView;

namespace horisont {

class BudgetChartView;
class FittedMoneyAxis;
class MoneyGridModel;
class MonthlyActualsIndex;
class Plan;

/// The follow-up charts, each drawn from a report grid with a table of the
/// same grid beside it (which is also what a screen reader reads):
/// allocations per year stacked by source or organisation with the spending
/// of each year as a line; a grant's cumulative spending against its
/// ceiling; the variance per organisation; allocated and spent per funding
/// source (drawn by the same painter as the PDF pack's budget chart).
class FollowUpCharts : public QWidget
{
    Q_OBJECT
public:
    enum Chart { Allocations, Grant, Variance, ChartCount };

    explicit FollowUpCharts(QWidget *parent = nullptr);

    /// Redraws from the plan and the kept actuals; `firstYear`…`lastYear`
    /// are the years the view follows.
    void refresh(const Plan &plan, const MonthlyActualsIndex &actuals, int firstYear, int lastYear);

    QTabWidget *tabs() const { return m_tabs; }
    QChart *chart(Chart chart) const;
    QTableView *table(Chart chart) const { return m_tables[chart]; }
    MoneyGridModel *model(Chart chart) const { return m_models[chart]; }
    QComboBox *stackBy() const { return m_stackBy; }
    QComboBox *grant() const { return m_grant; }
    QComboBox *varianceYear() const { return m_varianceYear; }
    BudgetChartView *budgetChart() const { return m_budgetChart; }
    MoneyGridModel *budgetModel() const { return m_budgetModel; }

Q_SIGNALS:
    /// A control changed: the owner calls refresh().
    void optionsChanged();

private:
    QWidget *page(Chart chart, QWidget *controls, Qt::Orientation orientation);
    void drawAllocations(const AllocationsAndSpending &data);
    void drawGrant(const CumulativeSpending &data, const QString &name);
    void drawVariance(const FollowUpGrid &data);
    QWidget *budgetPage();

    QTabWidget *m_tabs;
    QComboBox *m_stackBy;
    QComboBox *m_grant;
    QComboBox *m_varianceYear;
    QChartView *m_views[ChartCount] = {};
    QTableView *m_tables[ChartCount] = {};
    MoneyGridModel *m_models[ChartCount] = {};
    FittedMoneyAxis *m_varianceAxis = nullptr; ///< the variance chart's amounts, fitted to its width
    BudgetChartView *m_budgetChart = nullptr;
    QTableView *m_budgetTable = nullptr;
    MoneyGridModel *m_budgetModel = nullptr;
};

} // namespace horisont
