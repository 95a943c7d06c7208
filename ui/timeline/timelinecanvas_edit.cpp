// Editing on the timeline: selecting, dragging, nudging and tooltips.
#include "timeline/timelinecanvas.h"

#include "budget/allocationrollup.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "edit/structurecommands.h"
#include "labels/labels.h"
#include "plan/plan.h"
#include "selection/planselection.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace horisont {

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}
} // namespace

bool TimelineCanvas::execute(EditCommand *command, const QString &refusal)
{
    if (!command) {
        if (!refusal.isEmpty())
            Q_EMIT statusMessage(refusal);
        return false;
    }
    if (!m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        return false;
    }
    return true;
}

bool TimelineCanvas::setDates(EntityKind kind, Id id, QDate start, QDate end)
{
    QString error;
    if (!execute(dates::setSpan(m_document, kind, id, start, end, &error), error))
        return false;
    reportDates(kind, id);
    return true;
}

void TimelineCanvas::reportDates(EntityKind kind, Id id)
{
    const std::optional<dates::Span> span = dates::spanOf(m_document.plan(), kind, id);
    if (!span)
        return;
    const QString name = Labels::entityName(m_document.plan(), kind, id);
    Q_EMIT statusMessage(span->milestone ? tr("“%1” is now on %2.").arg(name, iso(span->start))
                                         : tr("“%1” now runs %2 – %3.").arg(name, iso(span->start), iso(span->end.addDays(-1))));
}

bool TimelineCanvas::createActivity(Id intervention, QDate start, QDate end)
{
    QString error;
    const QString name = tr("New activity");
    EditCommand *command = structure::addActivity(m_document, intervention, name, false, start, end, &error);
    const Id created = command ? command->createdId() : NoId;
    if (!execute(command, error))
        return false;
    m_selecting = true;
    m_selection.select(EntityKind::Activity, created);
    m_selecting = false;
    Q_EMIT statusMessage(tr("Added “%1”, %2 – %3.").arg(name, iso(start), iso(end.addDays(-1))));
    return true;
}

bool TimelineCanvas::nudgeSelected(int days, int months, bool endOnly)
{
    const EntityKind kind = m_state.selectedKind;
    const Id id = m_state.selectedId;
    if (kind != EntityKind::Activity && kind != EntityKind::Intervention)
        return false;
    QString error;
    if (!execute(dates::shift(m_document, kind, id, months, days, endOnly, &error), error))
        return false;
    reportDates(kind, id);
    return true;
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    m_drag = Drag::None;
    m_dragMoved = false;
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const TimelineLayout::Hit hit = hitTest(pos);
    if (hit.row < 0)
        return;
    if (hit.isGroup) {
        setGroupCollapsed(hit.id, !m_layout.isCollapsed(hit.id));
        return;
    }
    const TimelineLayout::Row &row = m_layout.row(hit.row);
    m_pressPos = pos;
    m_dragKind = hit.kind;
    m_dragId = hit.id;
    m_dragIntervention = hit.interventionId;
    m_dragMilestone = row.milestone;
    m_origStart = row.start;
    m_origEnd = row.end;
    if (hit.part != TimelineLayout::Part::Empty) {
        m_selecting = true;
        m_selection.select(hit.kind, hit.id);
        m_selecting = false;
        if (pos.x() < m_state.nameWidth)
            return; // a click on the name only selects
        m_drag = row.milestone || hit.part == TimelineLayout::Part::Body ? Drag::Move
                 : hit.part == TimelineLayout::Part::StartEdge      ? Drag::Start
                                                                    : Drag::End;
    } else {
        m_drag = Drag::Create;
        m_dragId = NoId;
    }
}

void TimelineCanvas::updateDrag(QPoint pos, Qt::KeyboardModifiers modifiers)
{
    const bool snap = !(modifiers & Qt::ShiftModifier);
    const TimeScale &scale = m_state.scale;
    auto snapped = [&](QDate d) { return snap ? TimeScale::nearestMonthStart(d) : d; };
    QDate start = m_origStart, end = m_origEnd;
    switch (m_drag) {
    case Drag::Move: {
        const qint64 delta = std::llround((pos.x() - m_pressPos.x()) / scale.pixelsPerDay());
        start = m_origStart.addDays(delta);
        if (snap) {
            start = TimeScale::nearestMonthStart(start);
            end = m_origStart.day() == 1 && m_origEnd.day() == 1
                      ? m_origEnd.addMonths(monthsBetween(m_origStart, start))
                      : start.addDays(m_origStart.daysTo(m_origEnd));
        } else {
            end = m_origEnd.addDays(delta);
        }
        if (m_dragMilestone)
            end = start;
        break;
    }
    case Drag::Start: start = snapped(scale.nearestBoundary(contentX(pos.x()))); break;
    case Drag::End: end = snapped(scale.nearestBoundary(contentX(pos.x()))); break;
    case Drag::Create: {
        const QDate a = snapped(scale.nearestBoundary(contentX(m_pressPos.x())));
        const QDate b = snapped(scale.nearestBoundary(contentX(pos.x())));
        start = std::min(a, b);
        end = std::max(a, b);
        break;
    }
    case Drag::None: return;
    }
    m_state.previewActive = true;
    m_state.previewKind = m_dragKind;
    m_state.previewId = m_dragId;
    m_state.previewRow = m_layout.rowOf(EntityKind::Intervention, m_dragIntervention);
    if (m_drag == Drag::Create)
        m_state.previewRow = m_layout.rowAt(m_pressPos.y() - TimelinePainter::rowsArea(target(), m_state).top() + m_state.scrollY);
    m_state.previewStart = start;
    m_state.previewEnd = end;
    viewport()->update();
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const TimelineLayout::Hit hit = hitTest(pos);
        const bool edge = pos.x() >= m_state.nameWidth && (hit.part == TimelineLayout::Part::StartEdge ||
                                                            hit.part == TimelineLayout::Part::EndEdge);
        viewport()->setCursor(edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < 3)
        return;
    m_dragMoved = true;
    updateDrag(pos, event->modifiers());
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    if (drag == Drag::None || event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() >= 3)
        m_dragMoved = true;
    if (m_dragMoved)
        updateDrag(pos, event->modifiers());
    m_drag = Drag::None;
    const QDate start = m_state.previewStart, end = m_state.previewEnd;
    m_state.previewActive = false;
    viewport()->update();
    if (!m_dragMoved)
        return;
    if (drag == Drag::Create) {
        if (start >= end) {
            Q_EMIT statusMessage(tr("Drag across at least one day to create an activity."));
            return;
        }
        createActivity(m_dragIntervention, start, end);
    } else if (start != m_origStart || end != m_origEnd) {
        setDates(m_dragKind, m_dragId, start, end);
    }
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;
        m_state.previewActive = false;
        viewport()->update();
        Q_EMIT statusMessage(tr("Drag cancelled."));
        event->accept();
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int sign = key == Qt::Key_Left ? -1 : 1;
        const bool byMonth = event->modifiers() & Qt::ControlModifier;
        const bool endOnly = event->modifiers() & Qt::ShiftModifier;
        if (m_state.selectedId != NoId) {
            nudgeSelected(byMonth ? 0 : sign, byMonth ? sign : 0, endOnly);
            event->accept();
            return;
        }
    }
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
    if ((event->modifiers() & Qt::ControlModifier) &&
        (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus)) {
        const QList<TimeScale::Zoom> levels = TimeScale::zoomLevels();
        const int index = std::clamp(int(levels.indexOf(zoom())) + (key == Qt::Key_Minus ? -1 : 1), 0,
                                     int(levels.size()) - 1);
        setZoom(levels.at(index));
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
    const TimelineLayout::Row &r = m_layout.row(hit.row);
    if (hit.isGroup)
        return tr("%1: %n intervention(s)", nullptr, r.childCount).arg(r.name);
    if (hit.part == TimelineLayout::Part::Empty && pos.x() >= m_state.nameWidth)
        return QString();
    const Plan &plan = m_document.plan();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(r.name.toHtmlEscaped());
    const qint64 days = r.start.daysTo(r.end);
    if (r.milestone)
        lines << tr("Milestone on %1").arg(iso(r.start));
    else
        lines << tr("%1 – %2 (%n day(s))", nullptr, int(days)).arg(iso(r.start), iso(r.end.addDays(-1)));
    const Organisation *org = plan.find<Organisation>(r.organisationId);
    lines << tr("Accountable: %1").arg(org ? org->name.toHtmlEscaped() : tr("none"));
    const Money budget = r.kind == EntityKind::Intervention ? m_rollup->forIntervention(r.id)
                                                            : m_rollup->forActivity(r.id);
    lines << tr("Planned budget: %1").arg(budget.format(locale()));
    lines << tr("Status: %1").arg(Labels::status(r.status));
    return lines.join(QStringLiteral("<br>"));
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace horisont
