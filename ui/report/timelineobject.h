#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timelineviewport.h"

#include <QFont>
#include <QSizeF>
#include <QString>

#include <vector>

class QPainter;

namespace horisont {

class Plan;

/// One page of the timeline in a pack: which part of the rows and of the
/// time axis it shows, and at what scale.
struct TimelineTile {
    TimelineViewport viewport; ///< scrollX/scrollY say which part
    double scale = 1.0;        ///< painter scale (layout px per timeline px)
    QSizeF size;               ///< target size in timeline px (before scale)
    QString caption;           ///< "Timeline 2021–2024 (page 2 of 4)"
};

/// The timeline of a pack as tiles, each drawn by the screen's
/// TimelinePainter as vectors with its row names repeated and a caption.
class TimelineObject
{
public:
    static constexpr double CaptionHeight = 22.0;

    TimelineObject(const Plan &plan, const TimelineLayout &layout, std::vector<TimelineTile> tiles);

    const std::vector<TimelineTile> &tiles() const { return m_tiles; }
    /// The size a tile takes on the page, caption included.
    QSizeF tileSize(int index) const;
    void paintTile(QPainter *painter, const QRectF &rect, int index, const QFont &font) const;

private:
    const Plan &m_plan;
    const TimelineLayout &m_layout;
    std::vector<TimelineTile> m_tiles;
};

} // namespace horisont
