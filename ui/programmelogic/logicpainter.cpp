#include "programmelogic/logicpainter.h"

#include "elidedtext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace horisont {
namespace {

// One colour per column: problems, causes, interventions, goals, indicators.
const QColor ColumnColours[LogicLayout::ColumnCount] = {
    QColor(0xf6, 0xd5, 0xd1), QColor(0xfb, 0xe7, 0xc6), QColor(0xd4, 0xe4, 0xf7),
    QColor(0xd5, 0xef, 0xd8), QColor(0xe6, 0xdc, 0xf3)};
const QColor Ink(0x22, 0x22, 0x22);
const QColor LinkColour(0x7a, 0x86, 0x94);
const QColor HighlightColour(0x1f, 0x5f, 0xbf);
const QColor WarningColour(0xe0, 0x8a, 0x00);
constexpr qreal DimOpacity = 0.25;

void drawWarning(QPainter *p, const QRectF &node)
{
    const qreal s = 14;
    const QPointF top(node.right() - s / 2 - 4, node.top() + 3);
    QPainterPath triangle;
    triangle.moveTo(top);
    triangle.lineTo(top + QPointF(s / 2, s));
    triangle.lineTo(top + QPointF(-s / 2, s));
    triangle.closeSubpath();
    p->setPen(QPen(WarningColour.darker(130), 1));
    p->setBrush(WarningColour);
    p->drawPath(triangle);
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(10);
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(QRectF(top.x() - s / 2, top.y() + 3, s, s - 3), Qt::AlignCenter, QStringLiteral("!"));
}

} // namespace

QStringList LogicPainter::wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int lines)
{
    QStringList out;
    // A few lines show; measuring a name of an old file whole would take seconds.
    const QStringList words = elideText(text, ShortTextMaxLength).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    int k = 0;
    for (; k < words.size(); ++k) {
        const QString candidate = line.isEmpty() ? words[k] : line + QLatin1Char(' ') + words[k];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (out.size() == lines - 1)
            break;
        out << line;
        line = words[k];
    }
    if (k < words.size()) // the rest goes on the last line, elided
        line += QLatin1Char(' ') + QStringList(words.mid(k)).join(QLatin1Char(' '));
    if (!line.isEmpty())
        out << elidedToWidth(metrics, line, width);
    return out;
}

void LogicPainter::paint(QPainter *p, const QRectF &rect, const LogicPaintState &state)
{
    if (!state.layout)
        return;
    const LogicLayout &layout = *state.layout;
    const QSizeF size = layout.size();
    const qreal scale = (size.width() > rect.width() || size.height() > rect.height())
                            ? std::min(rect.width() / size.width(), rect.height() / size.height())
                            : 1.0;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->translate(rect.topLeft());
    p->scale(scale, scale);
    // Only what is in the clip is drawn (the clip is in diagram coordinates now).
    const QRectF visible =
        (p->hasClipping() ? p->clipBoundingRect() : QRectF(QPointF(0, 0), size)).adjusted(-2, -2, 2, 2);
    const bool dimming = !state.highlightedNodes.isEmpty();
    const QFont baseFont = p->font();

    // Column headings.
    QFont heading = baseFont;
    heading.setBold(true);
    p->setFont(heading);
    p->setPen(Ink);
    for (int c = 0; c < LogicLayout::ColumnCount && c < state.columnTitles.size(); ++c)
        p->drawText(layout.headerRect(c), Qt::AlignLeft | Qt::AlignVCenter, state.columnTitles[c]);

    // Links, dimmed ones first so the chain is drawn over them.
    const QList<LogicNode> &nodes = layout.nodes();
    const QList<LogicLink> &links = layout.links();
    for (int pass = 0; pass < 2; ++pass) {
        for (int k = 0; k < links.size(); ++k) {
            const bool lit = state.highlightedLinks.contains(k);
            if ((pass == 1) != lit)
                continue;
            const QRectF &a = nodes[links[k].left].rect;
            const QRectF &b = nodes[links[k].right].rect;
            if (std::max(a.bottom(), b.bottom()) < visible.top() || std::min(a.top(), b.top()) > visible.bottom())
                continue;
            QPointF c[4];
            LogicLayout::curvePoints(a, b, c);
            QPainterPath path(c[0]);
            path.cubicTo(c[1], c[2], c[3]);
            QColor colour = lit ? HighlightColour : LinkColour;
            qreal width = lit ? 2.0 : 1.2;
            if (k == state.selectedLink) {
                colour = HighlightColour.darker(140);
                width = 3.5;
            }
            p->setOpacity(dimming && !lit ? DimOpacity : 1.0);
            Qt::PenStyle style = links[k].removable() ? Qt::SolidLine : Qt::DashLine;
            p->setPen(QPen(colour, width, style, Qt::RoundCap));
            p->setBrush(Qt::NoBrush);
            p->drawPath(path);
        }
    }

    // Boxes.
    p->setFont(baseFont);
    const QFontMetricsF metrics(baseFont);
    for (int k = 0; k < nodes.size(); ++k) {
        const LogicNode &n = nodes[k];
        if (!n.rect.intersects(visible))
            continue;
        const bool lit = state.highlightedNodes.contains(k);
        p->setOpacity(dimming && !lit ? DimOpacity : 1.0);
        QPen border(ColumnColours[n.column].darker(150), 1);
        if (k == state.selectedNode)
            border = QPen(HighlightColour, state.focus ? 3 : 2);
        else if (k == state.dropTarget)
            border = QPen(state.dropAllowed ? HighlightColour : QColor(Qt::red), 2, Qt::DashLine);
        else if (lit && dimming)
            border = QPen(HighlightColour, 1.5);
        p->setPen(border);
        p->setBrush(ColumnColours[n.column]);
        p->drawRoundedRect(n.rect, 6, 6);
        p->setPen(Ink);
        const QRectF text = n.rect.adjusted(8, 4, n.gaps.isEmpty() ? -8 : -22, -4);
        const QStringList lines = wrap(n.name, metrics, text.width(), 2);
        p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, lines.join(QLatin1Char('\n')));
        if (!n.gaps.isEmpty()) {
            drawWarning(p, n.rect);
            p->setFont(baseFont);
        }
    }

    // A link being dragged.
    if (state.dragFrom >= 0 && state.dragFrom < nodes.size()) {
        p->setOpacity(1.0);
        const QRectF &from = nodes[state.dragFrom].rect;
        const QPointF start(state.dragTo.x() < from.center().x() ? from.left() : from.right(), from.center().y());
        p->setPen(QPen(HighlightColour, 2, Qt::DashLine, Qt::RoundCap));
        p->drawLine(start, state.dragTo);
    }
    p->restore();
}

} // namespace horisont
