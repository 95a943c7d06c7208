#pragma once

#include "model/ids.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelineviewport.h"

#include <QAbstractScrollArea>

#include <memory>

namespace horisont {

class EditCommand;
class AllocationRollup;
class PlanDocument;
class PlanSelection;

/// The interactive timeline: a scroll area painted by TimelinePainter.
/// Rows scroll vertically under a fixed axis and name column, time scrolls
/// horizontally; Ctrl+wheel zooms around the mouse. Click selects (the
/// shared PlanSelection, both ways); dragging a bar moves it, dragging an
/// edge changes its start or end, dragging in an empty part of an
/// intervention's rows creates an activity. Dates snap to month starts
/// unless Shift is held. Left/Right nudge the selected item by a day
/// (Ctrl: a month; Shift: only the end). Every change is one undoable
/// command; refused edits say why through statusMessage().
class TimelineCanvas : public QAbstractScrollArea
{
    Q_OBJECT
public:
    TimelineCanvas(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);
    ~TimelineCanvas() override;

    TimeScale::Zoom zoom() const { return m_state.scale.zoom(); }
    /// Changes the zoom level keeping the date at viewport x `anchor`
    /// (default: the middle of the time area) where it is.
    void setZoom(TimeScale::Zoom zoom, double anchor = -1);
    void setLabelMode(TimeScale::LabelMode mode);
    void setColourBy(TimelineViewport::ColourBy colourBy);
    void setGrouping(TimelineLayout::Grouping grouping);
    void setGroupCollapsed(Id group, bool collapsed);
    void setToday(QDate today);

    /// The rows, rebuilt first if the plan changed.
    const TimelineLayout &layout();
    const TimelineViewport &state() const { return m_state; }
    /// What is at a point of the viewport.
    TimelineLayout::Hit hitTest(QPoint viewportPoint);
    /// The viewport point on the row of an item at the left edge of `date`
    /// (x may lie outside the viewport when the date is not in view).
    QPoint pointFor(EntityKind kind, Id id, QDate date);
    /// Scrolls so that the item's row and start are visible.
    void scrollToItem(EntityKind kind, Id id);
    /// Horizontal scroll position as a scale x (the first visible pixel of time).
    void setScrollX(double x);

    /// Moves (or, with endOnly, stretches) the selected item by days or months.
    bool nudgeSelected(int days, int months, bool endOnly);
    /// Sets the dates of an intervention or activity as one command under
    /// core's date rule (dates::setSpan); false (and statusMessage) when refused.
    bool setDates(EntityKind kind, Id id, QDate start, QDate end);
    /// Creates an activity of an intervention spanning [start, end) as one command.
    bool createActivity(Id intervention, QDate start, QDate end);
    /// The tooltip text at a viewport point.
    QString toolTipAt(QPoint viewportPoint);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void zoomChanged(horisont::TimeScale::Zoom zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class Drag { None, Move, Start, End, Create };
    void planChanged();
    void ensureLayout();
    void updateScrollBars();
    void selectionChanged(EntityKind kind, Id id);
    QRectF target() const { return QRectF(viewport()->rect()); }
    double contentX(double viewportX) const { return viewportX - m_state.nameWidth + m_state.scrollX; }
    /// Runs an edit; a refused one (nullptr) says `refusal` in the status bar.
    bool execute(EditCommand *command, const QString &refusal);
    /// Says in the status bar where an item now lies.
    void reportDates(EntityKind kind, Id id);
    void updateDrag(QPoint pos, Qt::KeyboardModifiers modifiers);
    QDate contentStart() const;
    QDate contentEnd() const;

    PlanDocument &m_document;
    PlanSelection &m_selection;
    std::unique_ptr<AllocationRollup> m_rollup;
    TimelineLayout m_layout;
    TimelinePainter m_painter;
    TimelineViewport m_state;
    bool m_dirty = true;
    bool m_selecting = false;

    Drag m_drag = Drag::None;
    bool m_dragMoved = false;
    QPoint m_pressPos;
    EntityKind m_dragKind = EntityKind::Activity;
    Id m_dragId = NoId;
    Id m_dragIntervention = NoId;
    bool m_dragMilestone = false;
    QDate m_origStart;
    QDate m_origEnd;
};

} // namespace horisont
