#include "timeline/timelinecanvas.h"

#include "document/plandocument.h"
#include "plan/plan.h"
#include "selection/planselection.h"
#include "timeline/timelineediting.h"
#include "today.h"
#include "viewporttooltip.h"

#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace horisont {

TimelineCanvas::TimelineCanvas(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QAbstractScrollArea(parent), m_document(document), m_selection(selection), m_painter(document.plan(), m_layout),
      m_toolTip(document.plan()), m_scroller(*this, document.plan(), m_layout, m_state),
      m_editing(new TimelineEditing(*this, document))
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
    m_scroller.start();

    const Plan &plan = document.plan();
    connect(&plan, &Plan::inserted, this, &TimelineCanvas::planChanged);
    connect(&plan, &Plan::removed, this, &TimelineCanvas::planChanged);
    connect(&plan, &Plan::changed, this, &TimelineCanvas::planChanged);
    connect(&plan, &Plan::reset, this, &TimelineCanvas::planChanged);
    connect(&document, &PlanDocument::versionsChanged, this, &TimelineCanvas::planChanged);
    connect(&selection, &PlanSelection::changed, this, &TimelineCanvas::selectionChanged);
    connect(m_editing, &TimelineEditing::statusMessage, this, &TimelineCanvas::statusMessage);
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
    PlanVersion decided;
    std::shared_ptr<const Plan> baseline = m_document.latestDecided(&decided);
    m_layout.setBaseline(std::move(baseline), decided.name);
    m_layout.rebuild(m_document.plan());
    m_scroller.updateScrollBars();
}

void TimelineCanvas::setZoom(TimeScale::Zoom zoom, double anchor)
{
    ensureLayout();
    const bool changed = m_scroller.setZoom(zoom, anchor);
    viewport()->update();
    if (changed)
        Q_EMIT zoomChanged(zoom);
}

void TimelineCanvas::setScrollX(double x)
{
    m_scroller.setScrollX(x);
    viewport()->update();
}

void TimelineCanvas::setLabelMode(TimeScale::LabelMode mode)
{
    m_state.labelMode = mode;
    viewport()->update();
}

void TimelineCanvas::setShowBaseline(bool show)
{
    m_state.showBaseline = show;
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
    m_scroller.scrollToRow(row);
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
    m_scroller.updateScrollBars();
}

void TimelineCanvas::scrollContentsBy(int, int)
{
    m_scroller.followScrollBars();
    viewport()->update();
}

void TimelineCanvas::zoomBy(int steps, double anchor)
{
    const QList<TimeScale::Zoom> levels = TimeScale::zoomLevels();
    const int index = std::clamp(int(levels.indexOf(zoom())) + steps, 0, int(levels.size()) - 1);
    if (levels.at(index) != zoom())
        setZoom(levels.at(index), anchor);
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() > 0 ? 1 : event->angleDelta().y() < 0 ? -1 : 0;
    const double anchor = event->position().x() - m_state.nameWidth;
    zoomBy(steps, anchor >= 0 ? anchor : -1);
    event->accept();
}

QDate TimelineCanvas::boundaryAt(int viewportX) const
{
    return m_state.scale.nearestBoundary(contentX(viewportX));
}

int TimelineCanvas::rowAt(int viewportY) const
{
    return m_layout.rowAt(viewportY - TimelinePainter::rowsArea(target(), m_state).top() + m_state.scrollY);
}

void TimelineCanvas::showPreview(EntityKind kind, Id id, int row, QDate start, QDate end)
{
    m_state.previewActive = true;
    m_state.previewKind = kind;
    m_state.previewId = id;
    m_state.previewRow = row;
    m_state.previewStart = start;
    m_state.previewEnd = end;
    viewport()->update();
}

void TimelineCanvas::hidePreview()
{
    m_state.previewActive = false;
    viewport()->update();
}

void TimelineCanvas::selectHere(EntityKind kind, Id id)
{
    m_selecting = true;
    m_selection.select(kind, id);
    m_selecting = false;
}

bool TimelineCanvas::setDates(EntityKind kind, Id id, QDate start, QDate end)
{
    return m_editing->setDates(kind, id, start, end);
}

bool TimelineCanvas::createActivity(Id intervention, QDate start, QDate end)
{
    return m_editing->createActivity(intervention, start, end);
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!m_editing->mousePress(event))
        QAbstractScrollArea::mousePressEvent(event);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_editing->mouseMove(event);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_editing->mouseRelease(event);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_editing->keyPress(event))
        return;
    const int key = event->key();
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        ensureLayout();
        const int step = key == Qt::Key_Up ? -1 : 1;
        int row = m_state.selectedId != NoId ? m_layout.rowOf(m_state.selectedKind, m_state.selectedId) : -1;
        for (row += step; row >= 0 && row < m_layout.rowCount(); row += step) {
            const TimelineLayout::Row &r = m_layout.row(row);
            if (r.type != TimelineLayout::RowType::Group) {
                m_selection.select(r.kind, r.id); // scrolls to it
                break;
            }
        }
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ControlModifier)
        && (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus)) {
        zoomBy(key == Qt::Key_Minus ? -1 : 1);
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

QString TimelineCanvas::toolTipAt(QPoint pos)
{
    const TimelineLayout::Hit hit = hitTest(pos);
    if (hit.row < 0)
        return m_painter.bandText(pos, target(), m_state);
    if (!hit.isGroup && hit.part == TimelineLayout::Part::Empty && pos.x() >= m_state.nameWidth)
        return QString();
    return m_toolTip.text(m_layout.row(hit.row), locale(), m_layout.baselineName());
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
        return showViewportToolTip(event, viewport(), [this](QPoint pos) { return toolTipAt(pos); });
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace horisont
