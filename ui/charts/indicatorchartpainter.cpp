#include "charts/indicatorchartpainter.h"

#include "elidedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace horisont {
namespace {

const QColor SeriesColours[] = {QColor(0x1f, 0x5f, 0xbf), QColor(0xc0, 0x39, 0x2b), QColor(0x27, 0x8e, 0x4b),
                                QColor(0x8e, 0x44, 0xad), QColor(0xd3, 0x84, 0x00), QColor(0x16, 0x8a, 0x8a)};
const QColor TargetColour(0x22, 0x22, 0x22);
const QColor BaselineColour(0x99, 0x99, 0x99);

/// A "nice" step for about `ticks` ticks over `span`.
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

IndicatorChartData IndicatorChartData::fromPlan(const Plan &plan, Id indicator, const QString &wholeArea)
{
    IndicatorChartData data;
    static_cast<IndicatorSeries &>(data) = indicatorSeries(plan, indicator);
    for (Series &series : data.actual) {
        if (series.areaId == NoId)
            series.name = wholeArea;
    }
    return data;
}

void IndicatorChartPainter::paint(QPainter *p, const QRectF &rect, const IndicatorChartData &data)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setClipRect(rect, Qt::IntersectClip);
    const QFont base = p->font();
    const QFontMetricsF fm(base);
    QFont titleFont = base;
    titleFont.setBold(true);
    p->setFont(titleFont);
    p->setPen(Qt::black);
    const QRectF titleRect(rect.left() + 8, rect.top() + 4, rect.width() - 16, fm.height() + 6);
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                elidedToWidth(QFontMetricsF(titleFont),
                              data.unit.isEmpty() ? data.title
                                                  : elideText(data.title, ShortTextMaxLength) + QStringLiteral(" (")
                                                        + data.unit + QLatin1Char(')'),
                              titleRect.width()));
    p->setFont(base);
    if (data.isEmpty()) {
        p->drawText(rect, Qt::AlignCenter, data.noDataText);
        p->restore();
        return;
    }

    // Value range over everything drawn, from zero when all values are positive.
    double lo = 0, hi = 0;
    bool any = false;
    auto include = [&](double v) {
        lo = any ? std::min(lo, v) : std::min(0.0, v);
        hi = any ? std::max(hi, v) : v;
        any = true;
    };
    for (const auto &s : data.actual) {
        for (double v : s.values)
            include(v);
    }
    for (double v : data.target)
        include(v);
    if (data.baseline)
        include(*data.baseline);
    // A flat series (every value the same, often all zero) still gets a
    // readable axis of whole units above it.
    if (hi - lo < 1e-9)
        hi = lo + std::max(1.0, std::abs(lo));
    const double step = niceStep(hi - lo, 5);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    if (hi <= lo)
        hi = lo + step;

    // Legend on the right, plot on the left.
    QStringList legend;
    for (const auto &s : data.actual)
        legend << s.name;
    qreal legendWidth = 0;
    for (const QString &l : legend + QStringList{data.targetLabel, data.baselineLabel})
        legendWidth = std::max(legendWidth, fm.horizontalAdvance(l));
    legendWidth = std::min(legendWidth + 36, rect.width() / 3);
    const qreal axisWidth = fm.horizontalAdvance(QStringLiteral("00000,0")) + 8;
    const QRectF plot(rect.left() + axisWidth, titleRect.bottom() + 10,
                      rect.width() - axisWidth - legendWidth - 16, rect.bottom() - titleRect.bottom() - 16 - fm.height() - 10);
    if (plot.width() < 40 || plot.height() < 40) {
        p->restore();
        return;
    }
    const int first = data.firstYear(), last = data.lastYear();
    const int years = std::max(1, last - first);
    auto x = [&](int year) { return plot.left() + plot.width() * (year - first) / years; };
    auto y = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };

    // Grid and axes.
    p->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 1));
    QLocale locale;
    for (double v = lo; v <= hi + step / 2; v += step) {
        p->drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p->save();
        p->setPen(Qt::black);
        p->drawText(QRectF(rect.left(), y(v) - fm.height() / 2, axisWidth - 6, fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'g', 6));
        p->restore();
    }
    const int yearStep = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("0000 ")) * years / plot.width())));
    p->setPen(Qt::black);
    for (int year = first; year <= last; year += yearStep) {
        p->drawLine(QPointF(x(year), plot.bottom()), QPointF(x(year), plot.bottom() + 4));
        p->drawText(QRectF(x(year) - 30, plot.bottom() + 5, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                    QString::number(year));
    }
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->drawLine(plot.bottomLeft(), plot.topLeft());

    // Baseline: a dotted line across and a marker at its year.
    if (data.baseline) {
        p->setPen(QPen(BaselineColour, 1.5, Qt::DotLine));
        p->drawLine(QPointF(plot.left(), y(*data.baseline)), QPointF(plot.right(), y(*data.baseline)));
        if (data.baselineYear > 0) {
            p->setPen(QPen(BaselineColour.darker(150), 1.5));
            p->setBrush(Qt::white);
            p->drawRect(QRectF(x(data.baselineYear) - 5, y(*data.baseline) - 5, 10, 10));
        }
    }
    // Targets: a dashed step towards each target year, crosses on the targets.
    if (!data.target.isEmpty()) {
        p->setPen(QPen(TargetColour, 1.5, Qt::DashLine));
        QPainterPath path;
        bool started = false;
        for (auto it = data.target.cbegin(); it != data.target.cend(); ++it) {
            const QPointF pt(x(it.key()), y(it.value()));
            started ? path.lineTo(pt) : path.moveTo(pt);
            started = true;
        }
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        p->setPen(QPen(TargetColour, 2));
        for (auto it = data.target.cbegin(); it != data.target.cend(); ++it) {
            const QPointF c(x(it.key()), y(it.value()));
            p->drawLine(c + QPointF(-5, -5), c + QPointF(5, 5));
            p->drawLine(c + QPointF(-5, 5), c + QPointF(5, -5));
        }
    }
    // Measurements, one line per area.
    for (int k = 0; k < data.actual.size(); ++k) {
        const QColor colour = SeriesColours[k % std::size(SeriesColours)];
        const auto &values = data.actual[k].values;
        QPainterPath path;
        bool started = false;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QPointF pt(x(it.key()), y(it.value()));
            started ? path.lineTo(pt) : path.moveTo(pt);
            started = true;
        }
        p->setPen(QPen(colour, k == 0 ? 2.5 : 1.8));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        p->setBrush(colour);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            p->drawEllipse(QPointF(x(it.key()), y(it.value())), 3, 3);
    }

    // Legend.
    qreal ly = plot.top();
    const qreal lx = plot.right() + 16;
    auto entry = [&](const QString &text, const QPen &pen) {
        p->setPen(pen);
        p->drawLine(QPointF(lx, ly + fm.height() / 2), QPointF(lx + 22, ly + fm.height() / 2));
        p->setPen(Qt::black);
        p->drawText(QRectF(lx + 28, ly, legendWidth - 30, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    elidedToWidth(fm, text, legendWidth - 30));
        ly += fm.height() + 6;
    };
    for (int k = 0; k < data.actual.size(); ++k)
        entry(data.actual[k].name, QPen(SeriesColours[k % std::size(SeriesColours)], 2.5));
    if (!data.target.isEmpty())
        entry(data.targetLabel, QPen(TargetColour, 1.5, Qt::DashLine));
    if (data.baseline)
        entry(data.baselineLabel, QPen(BaselineColour, 1.5, Qt::DotLine));
    p->restore();
}

} // namespace horisont
