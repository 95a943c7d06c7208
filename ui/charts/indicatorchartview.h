#pragma once

#include "charts/indicatorchartpainter.h"

#include <QWidget>

class QComboBox;

namespace horisont {

class PlanDocument;
class PlanSelection;

/// One indicator's chart: measurement vs target over the years, per area,
/// with the baseline marked. Choose the indicator in the list, or select one
/// (or a measurement of it) anywhere else.
class IndicatorChartView : public QWidget
{
    Q_OBJECT
public:
    IndicatorChartView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    Id indicator() const;
    void setIndicator(Id indicator);
    QComboBox *indicatorList() const { return m_list; }
    const IndicatorChartData &data() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void reload();
    void scheduleReload();

    PlanDocument &m_document;
    QComboBox *m_list;
    mutable IndicatorChartData m_data;
    mutable bool m_dirty = true;
    bool m_reloadPending = false;
};

} // namespace horisont
