#include "timeline/timelineediting.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "edit/structurecommands.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "timeline/timelinecanvas.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace horisont {

namespace {
int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

/// How far a drag across empty time must go before it means "create": a
/// click that slips a few pixels is not a wish for a new activity.
int createDistance()
{
    return std::max(12, 2 * QApplication::startDragDistance());
}
} // namespace

TimelineEditing::TimelineEditing(TimelineCanvas &canvas, PlanDocument &document)
    : QObject(&canvas), m_canvas(canvas), m_document(document)
{}

bool TimelineEditing::execute(EditCommand *command, const QString &refusal)
{
    const commands::Outcome outcome = commands::execute(m_document, command, refusal);
    if (outcome.state == commands::Outcome::Refused)
        Q_EMIT statusMessage(outcome.refusal);
    return outcome.applied();
}

bool TimelineEditing::setDates(EntityKind kind, Id id, QDate start, QDate end)
{
    QString error;
    if (!execute(dates::setSpan(m_document, kind, id, start, end, &error), error))
        return false;
    reportDates(kind, id);
    return true;
}

void TimelineEditing::reportDates(EntityKind kind, Id id)
{
    const std::optional<dates::Span> span = dates::spanOf(m_document.plan(), kind, id);
    if (!span)
        return;
    const QString name = Labels::entityName(m_document.plan(), kind, id);
    Q_EMIT statusMessage(
        span->milestone ? tr("“%1” is now on %2.").arg(name, isoDate(span->start))
                        : tr("“%1” now runs %2 – %3.").arg(name, isoDate(span->start), isoDate(span->end.addDays(-1))));
}

bool TimelineEditing::createActivity(Id intervention, QDate start, QDate end)
{
    QString error;
    const QString name = tr("New activity");
    EditCommand *command = structure::addActivity(m_document, intervention, name, false, start, end, &error);
    const Id created = command ? command->createdId() : NoId;
    if (!execute(command, error))
        return false;
    m_canvas.selectHere(EntityKind::Activity, created);
    Q_EMIT statusMessage(tr("Added “%1”, %2 – %3.").arg(name, isoDate(start), isoDate(end.addDays(-1))));
    return true;
}

bool TimelineEditing::nudge(EntityKind kind, Id id, int days, int months, bool endOnly)
{
    if (kind != EntityKind::Activity && kind != EntityKind::Intervention)
        return false;
    QString error;
    if (!execute(dates::shift(m_document, kind, id, months, days, endOnly, &error), error))
        return false;
    reportDates(kind, id);
    return true;
}

bool TimelineEditing::mousePress(QMouseEvent *event)
{
    m_drag = Drag::None;
    m_dragMoved = false;
    if (event->button() != Qt::LeftButton)
        return false;
    m_canvas.setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const TimelineLayout::Hit hit = m_canvas.hitTest(pos);
    if (hit.row < 0)
        return true;
    const TimelineLayout &layout = m_canvas.layout();
    if (hit.isGroup) {
        m_canvas.setGroupCollapsed(hit.id, !layout.isCollapsed(hit.id));
        return true;
    }
    const TimelineLayout::Row &row = layout.row(hit.row);
    m_pressPos = pos;
    m_dragKind = hit.kind;
    m_dragId = hit.id;
    m_dragIntervention = hit.interventionId;
    m_dragMilestone = row.milestone;
    m_origStart = row.start;
    m_origEnd = row.end;
    // Empty time in an intervention's rows creates an activity; Ctrl makes
    // any drag in them (over a bar too, or outside the intervention's dates)
    // a creation, the explicit gesture.
    m_createExplicit = bool(event->modifiers() & Qt::ControlModifier);
    if (pos.x() >= m_canvas.state().nameWidth && m_dragIntervention != NoId
        && (hit.part == TimelineLayout::Part::Empty || m_createExplicit)) {
        m_drag = Drag::Create;
        m_dragId = NoId;
        m_dragKind = EntityKind::Activity;
        return true;
    }
    if (hit.part == TimelineLayout::Part::Empty)
        return true;
    m_canvas.selectHere(hit.kind, hit.id);
    if (pos.x() < m_canvas.state().nameWidth)
        return true; // a click on the name only selects
    m_drag = row.milestone || hit.part == TimelineLayout::Part::Body ? Drag::Move
             : hit.part == TimelineLayout::Part::StartEdge           ? Drag::Start
                                                                     : Drag::End;
    return true;
}

void TimelineEditing::updateDrag(QPoint pos, Qt::KeyboardModifiers modifiers)
{
    const bool snap = !(modifiers & Qt::ShiftModifier);
    auto snapped = [&](QDate d) { return snap ? TimeScale::nearestMonthStart(d) : d; };
    QDate start = m_origStart, end = m_origEnd;
    switch (m_drag) {
    case Drag::Move: {
        const qint64 delta = std::llround((pos.x() - m_pressPos.x()) / m_canvas.state().scale.pixelsPerDay());
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
    case Drag::Start:
        start = snapped(m_canvas.boundaryAt(pos.x()));
        break;
    case Drag::End:
        end = snapped(m_canvas.boundaryAt(pos.x()));
        break;
    case Drag::Create: {
        const QDate a = snapped(m_canvas.boundaryAt(m_pressPos.x()));
        const QDate b = snapped(m_canvas.boundaryAt(pos.x()));
        start = std::min(a, b);
        end = std::max(a, b);
        break;
    }
    case Drag::None:
        return;
    }
    const int row = m_drag == Drag::Create ? m_canvas.rowAt(m_pressPos.y())
                                           : m_canvas.layout().rowOf(EntityKind::Intervention, m_dragIntervention);
    m_canvas.showPreview(m_dragKind, m_dragId, row, start, end);
}

void TimelineEditing::mouseMove(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const TimelineLayout::Hit hit = m_canvas.hitTest(pos);
        const bool edge = pos.x() >= m_canvas.state().nameWidth
                          && (hit.part == TimelineLayout::Part::StartEdge || hit.part == TimelineLayout::Part::EndEdge);
        m_canvas.viewport()->setCursor(edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < (m_drag == Drag::Create ? createDistance() : 3))
        return;
    m_dragMoved = true;
    updateDrag(pos, event->modifiers());
}

void TimelineEditing::mouseRelease(QMouseEvent *event)
{
    const Drag drag = m_drag;
    if (drag == Drag::None || event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() >= (drag == Drag::Create ? createDistance() : 3))
        m_dragMoved = true;
    if (m_dragMoved)
        updateDrag(pos, event->modifiers());
    m_drag = Drag::None;
    const QDate start = m_canvas.state().previewStart, end = m_canvas.state().previewEnd;
    m_canvas.hidePreview();
    if (!m_dragMoved) {
        if (drag == Drag::Create && (pos - m_pressPos).manhattanLength() >= 3)
            Q_EMIT statusMessage(tr("Nothing was created: to create an activity, drag further across its dates."));
        return;
    }
    if (drag == Drag::Create) {
        if (start >= end) {
            Q_EMIT statusMessage(tr("Drag across at least one day to create an activity."));
            return;
        }
        // A plain drag creates only within the intervention's dates, where a
        // new activity belongs; outside them it is more likely a slip than a
        // plan, so it takes Ctrl. Either way core's date rule decides.
        const std::optional<dates::Span> in = dates::spanOf(m_document.plan(), EntityKind::Intervention, m_dragIntervention);
        if (!m_createExplicit && in && (start < in->start || end > in->end)) {
            Q_EMIT statusMessage(
                tr("Nothing was created: %1 – %2 lies outside “%3” (%4 – %5). Drag within its dates, or hold Ctrl "
                   "to create the activity there anyway.")
                    .arg(isoDate(start), isoDate(end.addDays(-1)),
                         Labels::entityName(m_document.plan(), EntityKind::Intervention, m_dragIntervention),
                         isoDate(in->start), isoDate(in->end.addDays(-1))));
            return;
        }
        createActivity(m_dragIntervention, start, end);
    } else if (start != m_origStart || end != m_origEnd) {
        setDates(m_dragKind, m_dragId, start, end);
    }
}

bool TimelineEditing::keyPress(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;
        m_canvas.hidePreview();
        Q_EMIT statusMessage(tr("Drag cancelled."));
        event->accept();
        return true;
    }
    const TimelineViewport &state = m_canvas.state();
    if ((key == Qt::Key_Left || key == Qt::Key_Right) && state.selectedId != NoId) {
        const int sign = key == Qt::Key_Left ? -1 : 1;
        const bool byMonth = event->modifiers() & Qt::ControlModifier;
        const bool endOnly = event->modifiers() & Qt::ShiftModifier;
        nudge(state.selectedKind, state.selectedId, byMonth ? 0 : sign, byMonth ? sign : 0, endOnly);
        event->accept();
        return true;
    }
    return false;
}

} // namespace horisont
