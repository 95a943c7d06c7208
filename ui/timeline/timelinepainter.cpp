#include "timeline/timelinepainter.h"

#include "elidedtext.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "plan/plan.h"
#include "timeline/timelinelayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace horisont {

namespace {
constexpr std::array<QRgb, 12> Palette = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
                                          0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf, 0x393b79, 0xad494a};

void diamond(QPainter *p, QPointF centre, double half)
{
    const QPointF points[4] = {{centre.x(), centre.y() - half}, {centre.x() + half, centre.y()},
                               {centre.x(), centre.y() + half}, {centre.x() - half, centre.y()}};
    p->drawPolygon(points, 4);
}

/// Draws `text` centred on the visible part of [x0, x1] when it fits.
void label(QPainter *p, const QFontMetricsF &fm, double x0, double x1, double left, double right, double baseline,
           const QString &text)
{
    const double a = std::max(x0, left), b = std::min(x1, right);
    const double w = fm.horizontalAdvance(text);
    if (b - a < w + 4)
        return;
    p->drawText(QPointF((a + b - w) / 2, baseline), text);
}
} // namespace

TimelinePainter::TimelinePainter(const Plan &plan, const TimelineLayout &layout)
    : m_plan(plan), m_layout(layout), m_legend(plan, layout)
{
}

QRectF TimelinePainter::timeArea(const QRectF &target, const TimelineViewport &v)
{
    return QRectF(target.left() + v.nameWidth, target.top(), std::max(0.0, target.width() - v.nameWidth),
                  std::max(0.0, target.height() - v.legendHeight));
}

QRectF TimelinePainter::rowsArea(const QRectF &target, const TimelineViewport &v)
{
    const QRectF t = timeArea(target, v);
    return QRectF(t.left(), t.top() + v.headerHeight(), t.width(), std::max(0.0, t.height() - v.headerHeight()));
}

double TimelinePainter::xOf(QDate date, const QRectF &target, const TimelineViewport &v)
{
    return target.left() + v.nameWidth + v.scale.x(date) - v.scrollX;
}

QColor TimelinePainter::organisationColour(Id organisation)
{
    if (organisation == NoId)
        return QColor(0xa0a0a0);
    return QColor(Palette[quint64(organisation) % Palette.size()]); // unsigned: an id can be negative in a damaged file
}

QColor TimelinePainter::statusColour(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Planned: return QColor(0x7fa7d1);
    case WorkStatus::Ongoing: return QColor(0x1f77b4);
    case WorkStatus::Done: return QColor(0x2ca02c);
    case WorkStatus::Paused: return QColor(0xff9f1c);
    case WorkStatus::Cancelled: return QColor(0xb0b0b0);
    }
    return Qt::gray;
}

QColor TimelinePainter::barColour(int row, const TimelineViewport &v) const
{
    const TimelineLayout::Row &r = m_layout.row(row);
    return v.colourBy == TimelineViewport::ColourBy::Organisation ? organisationColour(r.organisationId)
                                                                  : statusColour(r.status);
}

void TimelinePainter::paint(QPainter *p, const QRectF &target, const TimelineViewport &v) const
{
    p->save();
    p->setClipRect(target);
    p->fillRect(target, Qt::white);
    QFont font = p->font();
    font.setPixelSize(11);
    p->setFont(font);

    const QRectF time = timeArea(target, v);
    const QDate from = v.scale.date(v.scrollX);
    const QDate to = v.scale.date(v.scrollX + time.width()).addDays(1);

    p->save();
    p->setClipRect(time);
    paintShading(p, target, v, from, to);
    paintAxis(p, target, v, from, to);
    paintBands(p, target, v, from, to);
    paintRows(p, target, v);
    if (v.today.isValid() && v.today >= from && v.today < to) {
        const double x = xOf(v.today, target, v);
        p->setPen(QPen(QColor(0xd62728), 1.5));
        p->drawLine(QPointF(x, time.top() + 2 * v.axisTierHeight), QPointF(x, time.bottom()));
    }
    p->restore();
    paintNames(p, target, v);
    m_legend.paint(p, target, v);
    p->restore();
}

void TimelinePainter::paintShading(QPainter *p, const QRectF &target, const TimelineViewport &v, QDate from,
                                   QDate to) const
{
    const QRectF rows = rowsArea(target, v);
    const QRectF time = timeArea(target, v);
    for (const TimeScale::Tick &year : TimeScale::budgetYears(from, to, m_plan.programme().fiscalYearStartMonth)) {
        if (year.start.year() % 2 == 0)
            continue;
        const double x0 = xOf(year.start, target, v), x1 = xOf(year.end, target, v);
        p->fillRect(QRectF(QPointF(x0, rows.top()), QPointF(x1, rows.bottom())), QColor(0xf3f4f6));
    }
    // Terms of office: a tinted boundary where a new term begins.
    p->setPen(QPen(QColor(0x6b8fb5), 1.0, Qt::DashLine));
    for (const Period &period : m_plan.all<Period>()) {
        if (period.kind != PeriodKind::TermOfOffice || period.start < from || period.start >= to)
            continue;
        const double x = xOf(period.start, target, v);
        p->drawLine(QPointF(x, time.top() + 2 * v.axisTierHeight), QPointF(x, rows.bottom()));
    }
}

void TimelinePainter::paintAxis(QPainter *p, const QRectF &target, const TimelineViewport &v, QDate from,
                                QDate to) const
{
    const QRectF time = timeArea(target, v);
    const QDate programmeStart = m_plan.programme().start;
    const double tier = v.axisTierHeight;
    p->fillRect(QRectF(time.left(), time.top(), time.width(), 2 * tier), QColor(0xe8ecf1));
    const TimeScale::Unit units[2] = {v.scale.majorUnit(), v.scale.minorUnit()};
    for (int t = 0; t < 2; ++t) {
        const double top = time.top() + t * tier;
        const auto mode = t == 0 ? v.labelMode : TimeScale::LabelMode::Calendar;
        QFont f = p->font();
        f.setBold(t == 0);
        p->setFont(f);
        const QFontMetricsF tfm(f, p->device());
        const QList<TimeScale::Tick> ticks = TimeScale::ticks(units[t], from, to, v.locale, mode, programmeStart);
        auto textOf = [&](const TimeScale::Tick &tick) {
            return t == 0 && units[0] == TimeScale::Unit::Month
                       ? QStringLiteral("%1 %2").arg(tick.label).arg(tick.start.year())
                       : tick.label;
        };
        // Where not every label fits, every second, fifth… year (or other
        // upper tick) keeps its label, written from the tick onwards; the
        // lower tier's labels, read within them, are left out.
        double widest = 0;
        double narrowest = std::numeric_limits<double>::max();
        for (const TimeScale::Tick &tick : ticks) {
            widest = std::max(widest, tfm.horizontalAdvance(textOf(tick)) + 4);
            narrowest = std::min(narrowest, v.scale.x(tick.end) - v.scale.x(tick.start));
        }
        const int stride = ticks.isEmpty() ? 0 : TimeScale::labelStride(narrowest, widest);
        const double baseline = top + (tier + tfm.ascent() - tfm.descent()) / 2;
        for (const TimeScale::Tick &tick : ticks) {
            const double x0 = xOf(tick.start, target, v), x1 = xOf(tick.end, target, v);
            p->setPen(QColor(0x9aa5b1));
            p->drawLine(QPointF(x0, top), QPointF(x0, top + tier));
            p->setPen(QColor(0x1f2933));
            if (stride == 1)
                label(p, tfm, x0, x1, time.left(), time.right(), baseline, textOf(tick));
            else if (t == 0 && TimeScale::isLabelled(units[t], tick.start, stride) && x0 >= time.left() - 1)
                p->drawText(QPointF(x0 + 2, baseline), textOf(tick));
        }
    }
    QFont f = p->font();
    f.setBold(false);
    p->setFont(f);
    p->setPen(QColor(0x9aa5b1));
    p->drawLine(QPointF(time.left(), time.top() + 2 * tier), QPointF(time.right(), time.top() + 2 * tier));
}

void TimelinePainter::paintBands(QPainter *p, const QRectF &target, const TimelineViewport &v, QDate from,
                                 QDate to) const
{
    const QRectF time = timeArea(target, v);
    const QFontMetricsF fm(p->font(), p->device());
    const double bh = v.bandHeight;
    auto bandTop = [&](int band) { return time.top() + 2 * v.axisTierHeight + band * bh; };
    auto bar = [&](int band, QDate start, QDate end, const QColor &colour, const QString &text) {
        if (end <= from || start >= to)
            return;
        const double x0 = xOf(start, target, v), x1 = xOf(end, target, v);
        const QRectF r(QPointF(x0, bandTop(band) + 2), QPointF(x1, bandTop(band) + bh - 1));
        p->fillRect(r, colour);
        p->setPen(QColor(0x1f2933));
        label(p, fm, x0, x1, time.left(), time.right(), r.top() + (r.height() + fm.ascent() - fm.descent()) / 2,
              elidedToWidth(fm, text, std::max(0.0, std::min(x1, time.right()) - std::max(x0, time.left()) - 4)));
    };
    const Programme &programme = m_plan.programme();
    bar(0, programme.start, programme.horizonEnd, QColor(0xdbe4ee), QString());
    int term = 0;
    int direction = 0;
    for (const Period &period : m_plan.all<Period>()) {
        if (period.kind == PeriodKind::TermOfOffice)
            bar(1, period.start, period.end, (term++ % 2) ? QColor(0xc9d8ea) : QColor(0xe1eaf4), period.name);
        else if (period.kind == PeriodKind::DirectionPeriod)
            bar(2, period.start, period.end, (direction++ % 2) ? QColor(0xd7e9d3) : QColor(0xe6f2e3), period.name);
    }
    int phase = 0;
    for (const Phase &ph : m_plan.all<Phase>())
        bar(3, ph.start, ph.end, (phase++ % 2) ? QColor(0xf3dfc1) : QColor(0xf8ebd6), ph.name);
    // Decisions and phase gates as markers on the horizon band.
    p->setPen(QColor(0x5b3a00));
    p->setBrush(QColor(0xf2a900));
    for (const Decision &d : m_plan.all<Decision>()) {
        if (d.date < from || d.date >= to)
            continue;
        diamond(p, QPointF(xOf(d.date, target, v), bandTop(0) + bh / 2), bh * 0.35);
    }
    p->setBrush(QColor(0x7b2d26));
    for (const Phase &ph : m_plan.all<Phase>()) {
        if (ph.end < from || ph.end >= to)
            continue;
        const double x = xOf(ph.end, target, v);
        p->drawRect(QRectF(x - 1, bandTop(3) + 1, 2, bh - 1));
    }
    p->setBrush(Qt::NoBrush);
}

void TimelinePainter::paintRows(QPainter *p, const QRectF &target, const TimelineViewport &v) const
{
    const QRectF rows = rowsArea(target, v);
    const double rh = m_layout.rowHeight();
    const int first = std::max(0, int(std::floor(v.scrollY / rh)));
    const int last = std::min(m_layout.rowCount() - 1, int(std::floor((v.scrollY + rows.height()) / rh)));
    p->save();
    p->setClipRect(rows);
    auto xOfD = [&](QDate d) { return xOf(d, target, v); };
    for (int i = first; i <= last; ++i) {
        const TimelineLayout::Row &r = m_layout.row(i);
        const double top = rows.top() + i * rh - v.scrollY;
        const bool selected = v.selectedId != NoId && r.type != TimelineLayout::RowType::Group &&
                              r.kind == v.selectedKind && r.id == v.selectedId;
        if (r.type == TimelineLayout::RowType::Group) {
            p->fillRect(QRectF(rows.left(), top, rows.width(), rh), QColor(0xe4e7eb));
            if (r.start.isValid() && r.end > r.start)
                p->fillRect(QRectF(QPointF(xOfD(r.start), top + rh * 0.4), QPointF(xOfD(r.end), top + rh * 0.6)),
                            QColor(0x52606d));
            continue;
        }
        if (selected)
            p->fillRect(QRectF(rows.left(), top, rows.width(), rh), QColor(0xfff3c4));
        QDate start = r.start, end = r.end;
        const bool previewed = v.previewActive && v.previewId == r.id && v.previewKind == r.kind;
        if (previewed) {
            start = v.previewStart;
            end = v.previewEnd;
        }
        if (v.showBaseline && r.hasBaseline) {
            // The decided dates: a thin bar along the row's foot, under the bar as it is now.
            const double left = xOfD(r.baselineStart);
            const double right = std::max(r.baselineEnd.isValid() ? xOfD(r.baselineEnd) : left, left + 2);
            p->fillRect(QRectF(QPointF(left, top + rh * 0.84), QPointF(right, top + rh * 0.95)), QColor(0x7b8794));
        }
        const QColor colour = barColour(i, v);
        const bool intervention = r.type == TimelineLayout::RowType::Intervention;
        if (r.milestone) {
            p->setPen(selected ? QPen(Qt::black, 2) : QPen(colour.darker(150)));
            p->setBrush(colour);
            diamond(p, QPointF(xOfD(start), top + rh / 2), rh * 0.35);
            p->setBrush(Qt::NoBrush);
        } else {
            const double h = intervention ? rh * 0.64 : rh * 0.46;
            const QRectF bar(QPointF(xOfD(start), top + (rh - h) / 2), QPointF(std::max(xOfD(end), xOfD(start) + 1), top + (rh + h) / 2));
            p->fillRect(bar, intervention ? colour : colour.lighter(135));
            if (selected || previewed) {
                p->setPen(QPen(Qt::black, 2));
                p->drawRect(bar);
            }
        }
    }
    if (v.previewActive && v.previewId == NoId && v.previewRow >= first && v.previewRow <= last) {
        const double top = rows.top() + v.previewRow * rh - v.scrollY;
        const QRectF bar(QPointF(xOfD(v.previewStart), top + rh * 0.27), QPointF(xOfD(v.previewEnd), top + rh * 0.73));
        p->fillRect(bar, QColor(0, 0, 0, 40));
        p->setPen(QPen(Qt::black, 1, Qt::DashLine));
        p->drawRect(bar);
    }
    p->restore();
}

void TimelinePainter::paintNames(QPainter *p, const QRectF &target, const TimelineViewport &v) const
{
    const QRectF names(target.left(), target.top(), v.nameWidth, target.height() - v.legendHeight);
    p->fillRect(names, QColor(0xf8f9fa));
    const QFontMetricsF fm(p->font(), p->device());
    const double baseline = (fm.ascent() - fm.descent());
    // Header: the programme, then the bands' names.
    QFont title = p->font();
    title.setBold(true);
    p->save();
    p->setFont(title);
    p->setPen(QColor(0x1f2933));
    const QFontMetricsF tfm(title, p->device());
    p->drawText(QPointF(names.left() + 6, target.top() + (2 * v.axisTierHeight + tfm.ascent() - tfm.descent()) / 2),
                elidedToWidth(tfm, m_plan.programme().name, v.nameWidth - 10));
    p->restore();
    p->setPen(QColor(0x52606d));
    const QString bands[4] = {tr("Horizon and decisions"), tr("Terms of office"), tr("Direction periods"), tr("Phases")};
    double y = target.top() + 2 * v.axisTierHeight;
    for (int b = 0; b < std::min(4, v.bandCount); ++b, y += v.bandHeight)
        p->drawText(QPointF(names.left() + 6, y + (v.bandHeight + baseline) / 2),
                    fm.elidedText(bands[b], Qt::ElideRight, v.nameWidth - 10));
    const QRectF rows(names.left(), target.top() + v.headerHeight(), v.nameWidth, names.height() - v.headerHeight());
    const double rh = m_layout.rowHeight();
    const int first = std::max(0, int(std::floor(v.scrollY / rh)));
    const int last = std::min(m_layout.rowCount() - 1, int(std::floor((v.scrollY + rows.height()) / rh)));
    p->save();
    p->setClipRect(rows);
    QFont bold = p->font();
    bold.setBold(true);
    const QFont normal = p->font();
    const QFontMetricsF bfm(bold, p->device());
    for (int i = first; i <= last; ++i) {
        const TimelineLayout::Row &r = m_layout.row(i);
        const double top = rows.top() + i * rh - v.scrollY;
        const double textY = top + (rh + baseline) / 2;
        if (r.type == TimelineLayout::RowType::Group) {
            p->fillRect(QRectF(rows.left(), top, rows.width(), rh), QColor(0xe4e7eb));
            p->setFont(bold);
            p->setPen(QColor(0x1f2933));
            const QString text = QStringLiteral("%1 %2").arg(m_layout.isCollapsed(r.id) ? QChar(0x25B8) : QChar(0x25BE), r.name);
            p->drawText(QPointF(rows.left() + 4, textY), elidedToWidth(bfm, text, rows.width() - 8));
            p->setFont(normal);
            continue;
        }
        const bool selected = r.kind == v.selectedKind && r.id == v.selectedId;
        if (selected)
            p->fillRect(QRectF(rows.left(), top, rows.width(), rh), QColor(0xfff3c4));
        const double indent = r.type == TimelineLayout::RowType::Intervention ? 14 : 28;
        p->setPen(r.type == TimelineLayout::RowType::Intervention ? QColor(0x1f2933) : QColor(0x3e4c59));
        const QString text = r.milestone ? QStringLiteral("\u25C6 ") + r.name : r.name;
        p->drawText(QPointF(rows.left() + indent, textY), elidedToWidth(fm, text, rows.width() - indent - 4));
    }
    p->restore();
    p->setPen(QColor(0x9aa5b1));
    p->drawLine(QPointF(names.right(), names.top()), QPointF(names.right(), names.bottom()));
}

QString TimelinePainter::bandText(QPointF point, const QRectF &target, const TimelineViewport &v) const
{
    const QRectF time = timeArea(target, v);
    const double top = time.top() + 2 * v.axisTierHeight;
    if (!time.contains(point) || point.y() < top || point.y() >= top + v.bandCount * v.bandHeight)
        return QString();
    const int band = int((point.y() - top) / v.bandHeight);
    const QDate day = v.scale.date(point.x() - time.left() + v.scrollX);
    if (band == 0) {
        for (const Decision &d : m_plan.all<Decision>()) {
            if (std::abs(xOf(d.date, target, v) - point.x()) <= v.bandHeight * 0.4)
                return tr("Decision %1, %2: %3").arg(d.reference, d.date.toString(Qt::ISODate), d.body)
                       + QStringLiteral("\n") + d.text.left(300);
        }
        const Programme &pr = m_plan.programme();
        return tr("Programme horizon: %1").arg(isoSpan(pr.start, pr.horizonEnd));
    }
    if (band == 3) {
        for (const Phase &ph : m_plan.all<Phase>()) {
            if (day >= ph.start && day < ph.end)
                return tr("Phase %1: %2").arg(ph.name, isoSpan(ph.start, ph.end));
        }
        return QString();
    }
    const PeriodKind kind = band == 1 ? PeriodKind::TermOfOffice : PeriodKind::DirectionPeriod;
    for (const Period &period : m_plan.all<Period>()) {
        if (period.kind == kind && day >= period.start && day < period.end)
            return QStringLiteral("%1: %2").arg(period.name, isoSpan(period.start, period.end));
    }
    return QString();
}

} // namespace horisont
