#include "report/timelineobject.h"

#include "timeline/timelinepainter.h"

#include <QPainter>

namespace horisont {

TimelineObject::TimelineObject(const Plan &plan, const TimelineLayout &layout, std::vector<TimelineTile> tiles)
    : m_plan(plan)
    , m_layout(layout)
    , m_tiles(std::move(tiles))
{
}

QSizeF TimelineObject::tileSize(int index) const
{
    if (index < 0 || index >= int(m_tiles.size()))
        return {};
    const TimelineTile &t = m_tiles[std::size_t(index)];
    return QSizeF(t.size.width() * t.scale, t.size.height() * t.scale + CaptionHeight);
}

void TimelineObject::paintTile(QPainter *painter, const QRectF &rect, int index, const QFont &base) const
{
    if (index < 0 || index >= int(m_tiles.size()))
        return;
    const TimelineTile &t = m_tiles[std::size_t(index)];
    painter->save();
    QFont font = base; // its letter spacing keeps ligatures out of the PDF's text
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x1f2933));
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), CaptionHeight - 4),
                      Qt::AlignLeft | Qt::AlignVCenter, t.caption);
    painter->translate(rect.left(), rect.top() + CaptionHeight);
    painter->scale(t.scale, t.scale);
    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    // TimelinePainter replaces the clip; the page's clip comes back with restore().
    TimelinePainter(m_plan, m_layout).paint(painter, QRectF(QPointF(0, 0), t.size), t.viewport);
    painter->setClipping(false);
    painter->setPen(QPen(QColor(0x9aa5b1), 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(QPointF(0, 0), t.size));
    painter->restore();
}

} // namespace horisont
