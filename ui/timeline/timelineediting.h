#pragma once

#include "model/ids.h"
#include "timeline/timelinelayout.h"

#include <QDate>
#include <QObject>
#include <QPoint>

class QKeyEvent;
class QMouseEvent;

namespace horisont {

class EditCommand;
class PlanDocument;
class TimelineCanvas;

/// Turns mouse gestures and the edit keys on the timeline into selection and
/// core's date commands. A click selects (on a group: collapses it); dragging a bar
/// moves it, dragging an edge changes its start or end, dragging (at least
/// createDistance) across empty time within an intervention's dates, in its
/// rows, creates an activity there (with Ctrl: anywhere in its rows, also
/// over a bar or outside its dates), Left/Right nudge the
/// selected item by a day (Ctrl: a month; Shift: only the end). Dates snap
/// to month starts unless Shift is held. A drag only moves the canvas's
/// preview; the command runs once on release, so a drag is one undo step and
/// Escape leaves the plan untouched. The rules are core's (dates::setSpan,
/// dates::shift, structure::addActivity); refusals come back as
/// statusMessage with core's reason.
class TimelineEditing : public QObject
{
    Q_OBJECT
public:
    TimelineEditing(TimelineCanvas &canvas, PlanDocument &document);

    /// Sets the dates of an intervention or activity as one command;
    /// false (and statusMessage) when refused.
    bool setDates(EntityKind kind, Id id, QDate start, QDate end);
    /// Creates an activity of an intervention spanning [start, end) as one command and selects it.
    bool createActivity(Id intervention, QDate start, QDate end);
    /// Moves (or, with endOnly, stretches) an item by days or months.
    bool nudge(EntityKind kind, Id id, int days, int months, bool endOnly);

    /// False for a button it does not handle.
    bool mousePress(QMouseEvent *event);
    void mouseMove(QMouseEvent *event);
    void mouseRelease(QMouseEvent *event);
    /// Escape during a drag and Left/Right on a selected item; false for any other key.
    bool keyPress(QKeyEvent *event);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    enum class Drag { None, Move, Start, End, Create };
    /// Runs an edit; a refused one (nullptr) says `refusal` in the status bar.
    bool execute(EditCommand *command, const QString &refusal);
    /// Says in the status bar where an item now lies.
    void reportDates(EntityKind kind, Id id);
    void updateDrag(QPoint pos, Qt::KeyboardModifiers modifiers);

    TimelineCanvas &m_canvas;
    PlanDocument &m_document;
    Drag m_drag = Drag::None;
    bool m_dragMoved = false;
    QPoint m_pressPos;
    EntityKind m_dragKind = EntityKind::Activity;
    Id m_dragId = NoId;
    Id m_dragIntervention = NoId;
    bool m_dragMilestone = false;
    bool m_createExplicit = false; ///< Ctrl held: create wherever the drag goes
    QDate m_origStart;
    QDate m_origEnd;
};

} // namespace horisont
