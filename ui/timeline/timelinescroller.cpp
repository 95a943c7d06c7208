#include "timeline/timelinescroller.h"

#include "plan/plan.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "today.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace horisont {

TimelineScroller::TimelineScroller(QAbstractScrollArea &area, const Plan &plan, const TimelineLayout &layout,
                                   TimelineViewport &state)
    : m_area(area), m_plan(plan), m_layout(layout), m_state(state)
{}

void TimelineScroller::start()
{
    m_state.scale.setOrigin(contentStart());
    m_state.scale.setZoom(TimeScale::Zoom::Horizon); // the whole mandate on one screen; fitted on resize
    m_area.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QRectF TimelineScroller::rowsArea() const
{
    return TimelinePainter::rowsArea(QRectF(m_area.viewport()->rect()), m_state);
}

QDate TimelineScroller::contentStart() const
{
    const QDate start = m_plan.programme().start;
    return (start.isValid() ? start : QDate(today().year(), 1, 1)).addMonths(-3);
}

QDate TimelineScroller::contentEnd() const
{
    const QDate end = m_plan.programme().horizonEnd;
    return (end.isValid() ? end : QDate(today().year() + 10, 1, 1)).addMonths(3);
}

void TimelineScroller::updateScrollBars()
{
    const QRectF rows = rowsArea();
    if (m_state.scale.zoom() == TimeScale::Zoom::Horizon) {
        const Programme &p = m_plan.programme();
        if (p.start.isValid() && p.horizonEnd > p.start)
            m_state.scale.fit(p.start, p.horizonEnd, std::max(1.0, rows.width() - 2));
    }
    QScrollBar *h = m_area.horizontalScrollBar();
    QScrollBar *v = m_area.verticalScrollBar();
    const double contentWidth =
        m_state.scale.zoom() == TimeScale::Zoom::Horizon ? rows.width() : m_state.scale.x(contentEnd());
    h->setRange(0, std::max(0, int(std::ceil(contentWidth - rows.width()))));
    h->setPageStep(std::max(1, int(rows.width())));
    h->setSingleStep(20);
    v->setRange(0, std::max(0, int(std::ceil(m_layout.contentHeight() - rows.height()))));
    v->setPageStep(std::max(1, int(rows.height())));
    v->setSingleStep(int(m_layout.rowHeight()));
    followScrollBars();
}

void TimelineScroller::followScrollBars()
{
    m_state.scrollX = m_area.horizontalScrollBar()->value();
    m_state.scrollY = m_area.verticalScrollBar()->value();
}

bool TimelineScroller::setZoom(TimeScale::Zoom zoom, double anchor)
{
    const QRectF rows = rowsArea();
    const bool anchorGiven = anchor >= 0;
    if (!anchorGiven)
        anchor = rows.width() / 2;
    double anchorDay =
        double(m_state.scale.origin().toJulianDay()) + (m_state.scrollX + anchor) / m_state.scale.pixelsPerDay();
    const bool changed = zoom != m_state.scale.zoom();
    // Out of the whole horizon without a point to zoom around (the zoom
    // list, a key): open where the planner works, today — or the programme
    // start when today lies outside the horizon — not the horizon's middle.
    const bool fromWhole = m_state.scale.zoom() == TimeScale::Zoom::Horizon && zoom != TimeScale::Zoom::Horizon;
    const bool atToday = fromWhole && !anchorGiven;
    if (atToday) {
        anchor = rows.width() * 0.2; // a little of what came before stays in view
        anchorDay = double(workingDay().toJulianDay());
    }
    if (zoom != TimeScale::Zoom::Horizon)
        m_state.scale.setOrigin(contentStart());
    m_state.scale.setZoom(zoom);
    m_area.setHorizontalScrollBarPolicy(zoom == TimeScale::Zoom::Horizon ? Qt::ScrollBarAlwaysOff
                                                                         : Qt::ScrollBarAsNeeded);
    updateScrollBars();
    setScrollX((anchorDay - double(m_state.scale.origin().toJulianDay())) * m_state.scale.pixelsPerDay() - anchor);
    return changed;
}

QDate TimelineScroller::workingDay() const
{
    const Programme &p = m_plan.programme();
    const QDate day = today();
    if (!p.start.isValid() || (day >= p.start && (!p.horizonEnd.isValid() || day < p.horizonEnd)))
        return day;
    return p.start;
}

void TimelineScroller::setScrollX(double x)
{
    QScrollBar *h = m_area.horizontalScrollBar();
    h->setValue(std::clamp(int(std::lround(x)), h->minimum(), h->maximum()));
    m_state.scrollX = h->value();
}

void TimelineScroller::scrollToRow(int row)
{
    const QRectF rows = rowsArea();
    const double top = m_layout.rowTop(row);
    const double rh = m_layout.rowHeight();
    QScrollBar *v = m_area.verticalScrollBar();
    if (top < m_state.scrollY)
        v->setValue(int(top));
    else if (top + rh > m_state.scrollY + rows.height())
        v->setValue(int(std::ceil(top + rh - rows.height())));
    m_state.scrollY = v->value();
    const TimelineLayout::Row &r = m_layout.row(row);
    const double x0 = m_state.scale.x(r.start), x1 = m_state.scale.x(r.end);
    if (x0 < m_state.scrollX || x0 > m_state.scrollX + rows.width() - 10) {
        if (!(x0 < m_state.scrollX && x1 > m_state.scrollX + 20))
            setScrollX(x0 - rows.width() * 0.1);
    }
}

} // namespace horisont
