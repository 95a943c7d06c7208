#include "timeline/timelinecanvas.h"

#include "budget/allocationrollup.h"
#include "document/plandocument.h"
#include "plan/plan.h"
#include "selection/planselection.h"
#include "today.h"

#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace horisont {

TimelineCanvas::TimelineCanvas(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
    , m_selection(selection)
    , m_rollup(std::make_unique<AllocationRollup>(document.plan()))
    , m_painter(document.plan(), m_layout)
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Interventions and activities on a time axis. Left and Right move the selected "
                                "item by a day, Ctrl by a month; Shift changes only the end."));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setAccessibleName(tr("Scroll time"));
    verticalScrollBar()->setAccessibleName(tr("Scroll rows"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_state.locale = locale();
    m_state.today = today();
    m_state.scale.setOrigin(contentStart());
    m_state.scale.setZoom(TimeScale::Zoom::Horizon); // the whole mandate on one screen; fitted on resize
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    const Plan &plan = document.plan();
    connect(&plan, &Plan::inserted, this, &TimelineCanvas::planChanged);
    connect(&plan, &Plan::removed, this, &TimelineCanvas::planChanged);
    connect(&plan, &Plan::changed, this, &TimelineCanvas::planChanged);
    connect(&plan, &Plan::reset, this, &TimelineCanvas::planChanged);
    connect(&selection, &PlanSelection::changed, this, &TimelineCanvas::selectionChanged);
    selectionChanged(selection.kind(), selection.id());
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::planChanged()
{
    m_dirty = true;
    viewport()->update();
}

const TimelineLayout &TimelineCanvas::layout()
{
    ensureLayout();
    return m_layout;
}

void TimelineCanvas::ensureLayout()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_layout.rebuild(m_document.plan());
    updateScrollBars();
}

QDate TimelineCanvas::contentStart() const
{
    const QDate start = m_document.plan().programme().start;
    return (start.isValid() ? start : QDate(today().year(), 1, 1)).addMonths(-3);
}

QDate TimelineCanvas::contentEnd() const
{
    const QDate end = m_document.plan().programme().horizonEnd;
    return (end.isValid() ? end : QDate(today().year() + 10, 1, 1)).addMonths(3);
}

void TimelineCanvas::updateScrollBars()
{
    const QRectF rows = TimelinePainter::rowsArea(target(), m_state);
    if (m_state.scale.zoom() == TimeScale::Zoom::Horizon) {
        const Programme &p = m_document.plan().programme();
        if (p.start.isValid() && p.horizonEnd > p.start)
            m_state.scale.fit(p.start, p.horizonEnd, std::max(1.0, rows.width() - 2));
    }
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    const double contentWidth = m_state.scale.zoom() == TimeScale::Zoom::Horizon ? rows.width()
                                                                                   : m_state.scale.x(contentEnd());
    h->setRange(0, std::max(0, int(std::ceil(contentWidth - rows.width()))));
    h->setPageStep(std::max(1, int(rows.width())));
    h->setSingleStep(20);
    v->setRange(0, std::max(0, int(std::ceil(m_layout.contentHeight() - rows.height()))));
    v->setPageStep(std::max(1, int(rows.height())));
    v->setSingleStep(int(m_layout.rowHeight()));
    m_state.scrollX = h->value();
    m_state.scrollY = v->value();
}

void TimelineCanvas::setZoom(TimeScale::Zoom zoom, double anchor)
{
    ensureLayout();
    const QRectF rows = TimelinePainter::rowsArea(target(), m_state);
    if (anchor < 0)
        anchor = rows.width() / 2;
    const double anchorDay = double(m_state.scale.origin().toJulianDay()) +
                             (m_state.scrollX + anchor) / m_state.scale.pixelsPerDay();
    const bool changed = zoom != m_state.scale.zoom();
    if (zoom != TimeScale::Zoom::Horizon)
        m_state.scale.setOrigin(contentStart());
    m_state.scale.setZoom(zoom);
    setHorizontalScrollBarPolicy(zoom == TimeScale::Zoom::Horizon ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    updateScrollBars();
    const double x = (anchorDay - double(m_state.scale.origin().toJulianDay())) * m_state.scale.pixelsPerDay() - anchor;
    setScrollX(x);
    viewport()->update();
    if (changed)
        Q_EMIT zoomChanged(zoom);
}

void TimelineCanvas::setScrollX(double x)
{
    QScrollBar *h = horizontalScrollBar();
    h->setValue(std::clamp(int(std::lround(x)), h->minimum(), h->maximum()));
    m_state.scrollX = h->value();
    viewport()->update();
}

void TimelineCanvas::setLabelMode(TimeScale::LabelMode mode)
{
    m_state.labelMode = mode;
    viewport()->update();
}

void TimelineCanvas::setColourBy(TimelineViewport::ColourBy colourBy)
{
    m_state.colourBy = colourBy;
    viewport()->update();
}

void TimelineCanvas::setGrouping(TimelineLayout::Grouping grouping)
{
    if (grouping == m_layout.grouping())
        return;
    m_layout.setGrouping(grouping);
    m_dirty = true;
    ensureLayout();
    if (m_state.selectedId != NoId)
        scrollToItem(m_state.selectedKind, m_state.selectedId);
    viewport()->update();
}

void TimelineCanvas::setGroupCollapsed(Id group, bool collapsed)
{
    m_layout.setCollapsed(group, collapsed);
    m_dirty = true;
    ensureLayout();
    viewport()->update();
}

void TimelineCanvas::setToday(QDate today)
{
    m_state.today = today;
    viewport()->update();
}

TimelineLayout::Hit TimelineCanvas::hitTest(QPoint p)
{
    ensureLayout();
    const QRectF rows = TimelinePainter::rowsArea(target(), m_state);
    if (p.y() < rows.top() || p.y() >= rows.bottom())
        return {};
    TimelineLayout::Hit hit = m_layout.hitTest(QPointF(contentX(p.x()), p.y() - rows.top() + m_state.scrollY),
                                               m_state.scale);
    if (p.x() < rows.left() && hit.row >= 0 && !hit.isGroup)
        hit.part = TimelineLayout::Part::Body; // the name selects the item
    return hit;
}

QPoint TimelineCanvas::pointFor(EntityKind kind, Id id, QDate date)
{
    ensureLayout();
    const int row = m_layout.rowOf(kind, id);
    const QRectF rows = TimelinePainter::rowsArea(target(), m_state);
    const double y = rows.top() + m_layout.rowTop(row) - m_state.scrollY + m_layout.rowHeight() / 2;
    return QPoint(int(std::lround(TimelinePainter::xOf(date, target(), m_state))), int(y));
}

void TimelineCanvas::scrollToItem(EntityKind kind, Id id)
{
    ensureLayout();
    int row = m_layout.rowOf(kind, id);
    if (row < 0) {
        const Id group = m_layout.groupOf(kind, id);
        if (m_layout.isCollapsed(group)) {
            setGroupCollapsed(group, false);
            row = m_layout.rowOf(kind, id);
        }
    }
    if (row < 0)
        return;
    const QRectF rows = TimelinePainter::rowsArea(target(), m_state);
    const double top = m_layout.rowTop(row);
    const double rh = m_layout.rowHeight();
    QScrollBar *v = verticalScrollBar();
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
    viewport()->update();
}

void TimelineCanvas::selectionChanged(EntityKind kind, Id id)
{
    const bool item = kind == EntityKind::Intervention || kind == EntityKind::Activity;
    m_state.selectedKind = item ? kind : EntityKind::Programme;
    m_state.selectedId = item ? id : NoId;
    if (item && !m_selecting && isVisible())
        scrollToItem(kind, id);
    viewport()->update();
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    m_painter.paint(&painter, target(), m_state);
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    ensureLayout();
    updateScrollBars();
}

void TimelineCanvas::scrollContentsBy(int, int)
{
    m_state.scrollX = horizontalScrollBar()->value();
    m_state.scrollY = verticalScrollBar()->value();
    viewport()->update();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() > 0 ? 1 : event->angleDelta().y() < 0 ? -1 : 0;
    const QList<TimeScale::Zoom> levels = TimeScale::zoomLevels();
    const int index = std::clamp(int(levels.indexOf(zoom())) + steps, 0, int(levels.size()) - 1);
    const double anchor = event->position().x() - m_state.nameWidth;
    if (levels.at(index) != zoom())
        setZoom(levels.at(index), anchor >= 0 ? anchor : -1);
    event->accept();
}

} // namespace horisont
