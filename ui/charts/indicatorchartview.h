#pragma once

#include "charts/indicatorchartpainter.h"

#include <QWidget>

class QComboBox;
class QTableView;

namespace horisont {

class IndicatorTableModel;
class PlanDocument;
class PlanSelection;

/// One indicator's chart: measurement vs target over the years, per area,
/// with the baseline marked, and beside it a table of the same numbers
/// (which is also what a screen reader reads). Choose the indicator in the
/// list, or select one (or a measurement of it) anywhere else.
class IndicatorChartView : public QWidget
{
    Q_OBJECT
public:
    IndicatorChartView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    Id indicator() const;
    void setIndicator(Id indicator);
    QComboBox *indicatorList() const { return m_list; }
    QTableView *table() const { return m_table; }
    IndicatorTableModel *tableModel() const { return m_model; }
    const IndicatorChartData &data() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void reload();
    void scheduleReload();
    /// The chart and its table show the current indicator anew.
    void showIndicator();

    PlanDocument &m_document;
    QComboBox *m_list;
    IndicatorTableModel *m_model;
    QTableView *m_table;
    mutable IndicatorChartData m_data;
    mutable bool m_dirty = true;
    bool m_reloadPending = false;
};

} // namespace horisont
