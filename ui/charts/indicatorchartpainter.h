#pragma once

#include "figures/indicatorseries.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace horisont {

class Plan;

/// An indicator's chart: the series core computes (indicatorSeries) and the
/// translated words of its legend.
struct IndicatorChartData : IndicatorSeries {
    QString targetLabel;
    QString baselineLabel;
    QString noDataText;

    /// The chart of one indicator; `wholeArea` names the series without an area.
    static IndicatorChartData fromPlan(const Plan &plan, Id indicator, const QString &wholeArea);
};

/// Draws an indicator chart (measurement vs target over the years, per area,
/// baseline marked) into any QPainter: the window, an image or a PDF page.
class IndicatorChartPainter
{
public:
    static void paint(QPainter *painter, const QRectF &rect, const IndicatorChartData &data);
};

} // namespace horisont
