#pragma once

#include "model/ids.h"

#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace horisont {

class Plan;

/// What an indicator chart shows: measured values per year (one series per
/// area, the whole municipality first), the yearly targets and the baseline.
struct IndicatorChartData {
    struct Series {
        Id areaId = NoId;
        QString name;
        QMap<int, double> values; ///< year → value (whole-year, both sexes)
    };
    QString title;
    QString unit;
    std::optional<double> baseline;
    int baselineYear = 0;
    QList<Series> actual;
    QMap<int, double> target;
    // Translated words for the legend.
    QString targetLabel;
    QString baselineLabel;
    QString noDataText;

    /// The chart of one indicator; `wholeArea` names the series without an area.
    static IndicatorChartData fromPlan(const Plan &plan, Id indicator, const QString &wholeArea);
    int firstYear() const;
    int lastYear() const;
    bool isEmpty() const;
};

/// Draws an indicator chart (measurement vs target over the years, per area,
/// baseline marked) into any QPainter: the window, an image or a PDF page.
class IndicatorChartPainter
{
public:
    static void paint(QPainter *painter, const QRectF &rect, const IndicatorChartData &data);
};

} // namespace horisont
