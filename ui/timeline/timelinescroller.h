#pragma once

#include "timeline/timelineviewport.h"

#include <QDate>
#include <QRectF>

class QAbstractScrollArea;

namespace horisont {

class Plan;
class TimelineLayout;

/// Keeps the timeline's time scale and scroll bars in step with its size,
/// zoom and rows: the whole horizon fits the width; other zoom levels scroll
/// over the horizon with three months either side; a zoom keeps the date
/// under its anchor where it was; an item's row and start are scrolled into
/// view. It writes the scroll position into the viewport state the painter
/// reads and never paints.
class TimelineScroller
{
public:
    TimelineScroller(QAbstractScrollArea &area, const Plan &plan, const TimelineLayout &layout,
                     TimelineViewport &state);

    /// Starts at the whole horizon (fitted on the first resize).
    void start();
    /// Ranges and steps for the current size, zoom and rows.
    void updateScrollBars();
    /// The scroll bars moved: the state follows.
    void followScrollBars();
    /// Changes the zoom keeping the date at rows-area x `anchor` where it is;
    /// without an anchor (negative), zooming in from the whole horizon opens
    /// at today (the programme start when today lies outside the horizon),
    /// any other zoom keeps the middle. True when the level changed.
    bool setZoom(TimeScale::Zoom zoom, double anchor);
    /// Horizontal scroll position as a scale x (the first visible pixel of time).
    void setScrollX(double x);
    void scrollToRow(int row);

private:
    QRectF rowsArea() const;
    QDate contentStart() const;
    QDate contentEnd() const;
    /// Today, or the programme start when today lies outside the horizon.
    QDate workingDay() const;

    QAbstractScrollArea &m_area;
    const Plan &m_plan;
    const TimelineLayout &m_layout;
    TimelineViewport &m_state;
};

} // namespace horisont
