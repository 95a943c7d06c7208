#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timelineviewport.h"

#include <QObject>
#include <QTextObjectInterface>

#include <vector>

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

/// The timeline as an object inside a pack's QTextDocument: each tile is
/// one character of this object type, drawn by the screen's TimelinePainter
/// as vectors, its row names repeated on every tile.
class TimelineObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    static constexpr int TileProperty = QTextFormat::UserProperty + 1;
    static constexpr double CaptionHeight = 22.0;

    TimelineObject(const Plan &plan, const TimelineLayout &layout, std::vector<TimelineTile> tiles,
                   QObject *parent = nullptr);

    const std::vector<TimelineTile> &tiles() const { return m_tiles; }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const Plan &m_plan;
    const TimelineLayout &m_layout;
    std::vector<TimelineTile> m_tiles;
};

} // namespace horisont
