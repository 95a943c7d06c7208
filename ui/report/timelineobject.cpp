#include "report/timelineobject.h"

#include "timeline/timelinepainter.h"

#include <QPainter>

namespace horisont {

TimelineObject::TimelineObject(const Plan &plan, const TimelineLayout &layout, std::vector<TimelineTile> tiles,
                               QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_layout(layout)
    , m_tiles(std::move(tiles))
{
}

QSizeF TimelineObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(TileProperty);
    if (index < 0 || index >= int(m_tiles.size()))
        return {};
    const TimelineTile &t = m_tiles[std::size_t(index)];
    return QSizeF(t.size.width() * t.scale, t.size.height() * t.scale + CaptionHeight);
}

void TimelineObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                                const QTextFormat &format)
{
    const int index = format.intProperty(TileProperty);
    if (index < 0 || index >= int(m_tiles.size()))
        return;
    const TimelineTile &t = m_tiles[std::size_t(index)];
    // A tile lies wholly on one page; the painter draws it only for that
    // page (TimelinePainter replaces the clip, so it cannot clip for us).
    if (painter->hasClipping() && painter->clipBoundingRect().intersected(rect).height() < rect.height() / 2)
        return;
    painter->save();
    QFont font = doc->defaultFont(); // its letter spacing keeps ligatures out of the PDF's text
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
    TimelinePainter(m_plan, m_layout).paint(painter, QRectF(QPointF(0, 0), t.size), t.viewport);
    painter->setPen(QPen(QColor(0x9aa5b1), 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(QPointF(0, 0), t.size));
    painter->restore();
}

} // namespace horisont
