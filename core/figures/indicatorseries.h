#pragma once

#include "model/ids.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace horisont {

class Plan;

/// What an indicator's chart shows: measured values per year (one series
/// per area, the whole municipality first), the yearly targets and the
/// baseline — whole years, both sexes. The window's chart and the pack's
/// indicator section draw it; indicator values are measures, not money.
struct IndicatorSeries {
    struct Series {
        Id areaId = NoId; ///< NoId: the whole municipality
        QString name;     ///< the area's name; empty for the whole municipality
        QMap<int, double> values; ///< year → value
    };
    QString title;
    QString unit;
    std::optional<double> baseline;
    int baselineYear = 0;
    QList<Series> actual;
    QMap<int, double> target;

    /// The first and last year with a value, target or baseline; 0 when none.
    int firstYear() const;
    int lastYear() const;
    bool isEmpty() const { return firstYear() == 0; }
};

/// The series of one indicator; empty for an id the plan lacks.
IndicatorSeries indicatorSeries(const Plan &plan, Id indicator);

} // namespace horisont
