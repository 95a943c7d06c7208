#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace horisont {

class MoneyGridModel;
class MonthlyActualsIndex;
class Plan;
class PlanSelection;

/// The follow-up's first tab: budget against actual per year, tertial or
/// month, by funding source, organisation or intervention, for one year or
/// all. Activating a row selects its item.
class BudgetAgainstActualTab : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetAgainstActualTab(PlanSelection &selection, QWidget *parent = nullptr);

    QComboBox *grain() const { return m_grain; }
    QComboBox *dimension() const { return m_dimension; }
    QComboBox *year() const { return m_year; }
    /// Shows the decided version's budget beside the allocation; disabled without one.
    QCheckBox *showDecided() const { return m_showDecided; }
    QTableView *table() const { return m_table; }
    MoneyGridModel *model() const { return m_model; }

    /// Offers "All years" and each of first…last, keeping the chosen year.
    void setYears(int first, int last);
    /// `decided` is the latest decided version's plan (nullptr: none), named `decidedName`.
    void refresh(const Plan &plan, const MonthlyActualsIndex &actuals, const Plan *decided,
                 const QString &decidedName);

Q_SIGNALS:
    /// Period, rows or year changed: the grid is out of date.
    void optionsChanged();

private:
    PlanSelection &m_selection;
    int m_firstYear = 0;
    int m_lastYear = -1;
    QComboBox *m_grain;
    QComboBox *m_dimension;
    QComboBox *m_year;
    QCheckBox *m_showDecided;
    MoneyGridModel *m_model;
    QTableView *m_table;
};

} // namespace horisont
