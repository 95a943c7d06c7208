#pragma once

#include "model/ids.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinescroller.h"
#include "timeline/timelinetooltip.h"
#include "timeline/timelineviewport.h"

#include <QAbstractScrollArea>

namespace horisont {

class PlanDocument;
class PlanSelection;
class TimelineEditing;

/// The interactive timeline: a scroll area painted by TimelinePainter.
/// Rows scroll vertically under a fixed axis and name column, time scrolls
/// horizontally (TimelineScroller); Ctrl+wheel and Ctrl+Plus/Minus zoom
/// around the mouse. It follows the shared PlanSelection and Up/Down move it.
/// Clicks, drags and Left/Right are TimelineEditing's: selecting, collapsing
/// a group, changing dates; refused edits say why through statusMessage().
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
    /// Draws (or hides) each item's dates in the latest decided version.
    void setShowBaseline(bool show);
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

    /// The date boundary nearest a viewport x, and the row at a viewport y.
    QDate boundaryAt(int viewportX) const;
    int rowAt(int viewportY) const;
    /// Draws an item (or, with id NoId, a new activity on `row`) at these
    /// dates until hidePreview(): a drag in progress.
    void showPreview(EntityKind kind, Id id, int row, QDate start, QDate end);
    void hidePreview();
    /// Selects an item the user picked on the timeline itself, which is in
    /// view already: unlike a selection from elsewhere it does not scroll.
    void selectHere(EntityKind kind, Id id);

    /// Date edits as TimelineEditing makes them from gestures.
    bool setDates(EntityKind kind, Id id, QDate start, QDate end);
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
    void planChanged();
    void ensureLayout();
    void selectionChanged(EntityKind kind, Id id);
    QRectF target() const { return QRectF(viewport()->rect()); }
    double contentX(double viewportX) const { return viewportX - m_state.nameWidth + m_state.scrollX; }
    /// Zooms in (steps > 0) or out by whole levels around rows-area x `anchor`.
    void zoomBy(int steps, double anchor = -1);

    PlanDocument &m_document;
    PlanSelection &m_selection;
    TimelineLayout m_layout;
    TimelinePainter m_painter;
    TimelineToolTip m_toolTip;
    TimelineViewport m_state;
    TimelineScroller m_scroller;
    TimelineEditing *m_editing;
    bool m_dirty = true;
    bool m_selecting = false;
};

} // namespace horisont
