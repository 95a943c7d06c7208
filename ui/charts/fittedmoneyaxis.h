#pragma once

#include "money/money.h"

#include <QObject>

class QAbstractSeries;
class QCategoryAxis;
class QChartView;

namespace horisont {

/// A chart's horizontal axis of amounts that stays readable at any width:
/// as many round ticks as their labels fit side by side, and room on the
/// right for the last label, which Qt Charts centres on the end of the axis
/// and would otherwise cut ("2,5 mn"). Labels that do not fit are elided by
/// Qt Charts ("-0,5 M…"), so the ticks are fitted again whenever the view
/// is resized. Owned by the view.
class FittedMoneyAxis : public QObject
{
public:
    /// Places the axis at the bottom of the view's chart and attaches `series`.
    FittedMoneyAxis(QChartView *view, QAbstractSeries *series, Money low, Money high);
    ~FittedMoneyAxis() override;

    QCategoryAxis *axis() const { return m_axis; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QChartView *m_view;
    QAbstractSeries *m_series;
    Money m_low;
    Money m_high;
    QCategoryAxis *m_axis = nullptr;
    int m_steps = 0;
};

} // namespace horisont
