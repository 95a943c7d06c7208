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

    /// One year of the chart, for the table beside it: the value of each
    /// series (in the order of `actual`), the target and the baseline (in the
    /// baseline year only); nullopt where the chart draws nothing.
    struct Year {
        int year = 0;
        QList<std::optional<double>> values;
        std::optional<double> target;
        std::optional<double> baseline;
        bool operator==(const Year &) const = default;
    };
    /// The years from firstYear() to lastYear() that have a value, a target or the baseline.
    QList<Year> years() const;

    /// The first and last year with a value, target or baseline; 0 when none.
    int firstYear() const;
    int lastYear() const;
    bool isEmpty() const { return firstYear() == 0; }
};

/// The series of one indicator; empty for an id the plan lacks.
IndicatorSeries indicatorSeries(const Plan &plan, Id indicator);

} // namespace horisont
