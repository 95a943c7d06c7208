#pragma once

#include "programmelogic/logiclayout.h"

#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>

class QPainter;

namespace horisont {

/// Everything the painter draws besides the layout: what is selected and
/// highlighted, and a link being dragged. The screen and the PDF packs fill it.
struct LogicPaintState {
    const LogicLayout *layout = nullptr;
    QStringList columnTitles;   ///< five translated headings
    int selectedNode = -1;
    int selectedLink = -1;
    QSet<int> highlightedNodes; ///< empty: nothing dimmed
    QSet<int> highlightedLinks;
    bool focus = false;         ///< draw the selection as focused
    // A link being dragged out of an intervention.
    int dragFrom = -1;
    QPointF dragTo;
    int dropTarget = -1;
    bool dropAllowed = false;
};

/// Draws the programme-logic diagram into any QPainter: the window, an image
/// or a PDF page. The diagram (layout coordinates) is placed at rect's top
/// left, scaled down to fit rect when it is larger. No widget calls.
class LogicPainter
{
public:
    static void paint(QPainter *painter, const QRectF &rect, const LogicPaintState &state);

    /// The name wrapped into at most `lines` lines of `width`, the last elided.
    static QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int lines);
};

} // namespace horisont
