#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace horisont {

class MoneyGridModel;
class MonthlyActualsIndex;
class Plan;

/// The follow-up's grant state tab: per funding source its ceiling,
/// allocated, spent, what is left and the months left of its period.
class GrantStateTab : public QWidget
{
    Q_OBJECT
public:
    explicit GrantStateTab(QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    MoneyGridModel *model() const { return m_model; }

    void refresh(const Plan &plan, const MonthlyActualsIndex &actuals);

private:
    MoneyGridModel *m_model;
    QTableView *m_table;
    QLabel *m_note;
};

} // namespace horisont
