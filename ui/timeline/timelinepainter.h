#pragma once

#include "model/enums.h"
#include "timeline/timelinelegendpainter.h"
#include "timeline/timelineviewport.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace horisont {

class Plan;
class TimelineLayout;

/// Draws the timeline into any QPainter — a widget's viewport, a QImage or a
/// QPdfWriter page — inside `target`: the two-tier time axis, the bands
/// (horizon and decisions, terms of office, direction periods, phases), the
/// visible rows with the name column, shading of budget years and terms of
/// office, the today line and the legend (TimelineLegendPainter). Only the visible rows and the ticks
/// of the visible dates are drawn. No widget is touched.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(horisont::TimelinePainter)
public:
    TimelinePainter(const Plan &plan, const TimelineLayout &layout);

    void paint(QPainter *painter, const QRectF &target, const TimelineViewport &viewport) const;

    /// Areas of `target`.
    static QRectF timeArea(const QRectF &target, const TimelineViewport &viewport);  ///< header + rows, right of names
    static QRectF rowsArea(const QRectF &target, const TimelineViewport &viewport);  ///< rows, right of names
    /// Screen x of a date inside `target`.
    static double xOf(QDate date, const QRectF &target, const TimelineViewport &viewport);

    /// The tooltip of what is drawn in the bands at `point` (a decision, a
    /// period, a phase), or empty.
    QString bandText(QPointF point, const QRectF &target, const TimelineViewport &viewport) const;

    /// A stable colour per organisation, and one per status.
    static QColor organisationColour(Id organisation);
    static QColor statusColour(WorkStatus status);

private:
    void paintShading(QPainter *p, const QRectF &target, const TimelineViewport &v, QDate from, QDate to) const;
    void paintAxis(QPainter *p, const QRectF &target, const TimelineViewport &v, QDate from, QDate to) const;
    void paintBands(QPainter *p, const QRectF &target, const TimelineViewport &v, QDate from, QDate to) const;
    void paintRows(QPainter *p, const QRectF &target, const TimelineViewport &v) const;
    void paintNames(QPainter *p, const QRectF &target, const TimelineViewport &v) const;
    QColor barColour(int row, const TimelineViewport &v) const;

    const Plan &m_plan;
    const TimelineLayout &m_layout;
    TimelineLegendPainter m_legend;
};

} // namespace horisont
