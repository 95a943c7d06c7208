// The legend and the band tooltips of TimelinePainter.
#include "timeline/timelinepainter.h"
#include "model/halfopen.h"

#include "labels/labels.h"
#include "model/textlimits.h"
#include "plan/plan.h"
#include "timeline/timelinelayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace horisont {

void TimelinePainter::paintLegend(QPainter *p, const QRectF &target, const TimelineViewport &v) const
{
    const QRectF legend(target.left(), target.bottom() - v.legendHeight, target.width(), v.legendHeight);
    if (legend.height() <= 0)
        return;
    p->fillRect(legend, QColor(0xf8f9fa));
    const QFontMetricsF fm(p->font(), p->device());
    const double baseline = legend.top() + (legend.height() + fm.ascent() - fm.descent()) / 2;
    double x = legend.left() + 6;
    auto entry = [&](const QColor &colour, const QString &name) {
        const QString text = elideText(name, ShortTextMaxLength); // measured whole: bounded first
        const double w = fm.horizontalAdvance(text);
        if (x + 16 + w > legend.right())
            return false;
        p->fillRect(QRectF(x, legend.center().y() - 5, 10, 10), colour);
        p->setPen(QColor(0x1f2933));
        p->drawText(QPointF(x + 14, baseline), text);
        x += 14 + w + 14;
        return true;
    };
    if (v.colourBy == TimelineViewport::ColourBy::Status) {
        for (WorkStatus s : {WorkStatus::Planned, WorkStatus::Ongoing, WorkStatus::Done, WorkStatus::Paused,
                             WorkStatus::Cancelled})
            entry(statusColour(s), Labels::status(s));
    } else {
        // The organisations of the rows in view, in order of appearance.
        const double rh = m_layout.rowHeight();
        const int first = std::max(0, int(std::floor(v.scrollY / rh)));
        const int last = std::min(m_layout.rowCount() - 1, first + int(rowsArea(target, v).height() / rh) + 1);
        QList<Id> seen;
        for (int i = first; i <= last; ++i) {
            const Id org = m_layout.row(i).organisationId;
            if (m_layout.row(i).type != TimelineLayout::RowType::Group && !seen.contains(org))
                seen << org;
        }
        for (Id org : seen) {
            const Organisation *o = m_plan.find<Organisation>(org);
            const QString name = o ? (o->shortName.isEmpty() ? o->name : o->shortName) : tr("No accountable organisation");
            if (!entry(organisationColour(org), name))
                break;
        }
    }
    p->setPen(QColor(0xd62728));
    const QString today = tr("Today");
    const double w = fm.horizontalAdvance(today);
    if (x + w + 20 < legend.right()) {
        p->drawLine(QPointF(legend.right() - w - 16, legend.top() + 4), QPointF(legend.right() - w - 16, legend.bottom() - 4));
        p->drawText(QPointF(legend.right() - w - 8, baseline), today);
    }
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
                return tr("Decision %1, %2: %3").arg(d.reference, d.date.toString(Qt::ISODate), d.body) +
                       QStringLiteral("\n") + d.text.left(300);
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
