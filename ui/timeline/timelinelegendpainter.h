#pragma once

#include "timeline/timelineviewport.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace horisont {

class Plan;
class TimelineLayout;

/// Draws the timeline's legend strip along the bottom of `target`: the
/// colours of what the bars are coloured by and the today line. With colour
/// by organisation it names only the organisations of the rows in view, so
/// the strip stays readable for a plan of many departments.
class TimelineLegendPainter
{
    Q_DECLARE_TR_FUNCTIONS(horisont::TimelineLegendPainter)
public:
    TimelineLegendPainter(const Plan &plan, const TimelineLayout &layout);

    void paint(QPainter *p, const QRectF &target, const TimelineViewport &v) const;

private:
    const Plan &m_plan;
    const TimelineLayout &m_layout;
};

} // namespace horisont
