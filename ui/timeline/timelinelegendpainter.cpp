#include "timeline/timelinelegendpainter.h"

#include "labels/labels.h"
#include "model/textlimits.h"
#include "plan/plan.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace horisont {

TimelineLegendPainter::TimelineLegendPainter(const Plan &plan, const TimelineLayout &layout)
    : m_plan(plan), m_layout(layout)
{}

void TimelineLegendPainter::paint(QPainter *p, const QRectF &target, const TimelineViewport &v) const
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
        for (WorkStatus s :
             {WorkStatus::Planned, WorkStatus::Ongoing, WorkStatus::Done, WorkStatus::Paused, WorkStatus::Cancelled})
            entry(TimelinePainter::statusColour(s), Labels::status(s));
    } else {
        // The organisations of the rows in view, in order of appearance.
        const double rh = m_layout.rowHeight();
        const int first = std::max(0, int(std::floor(v.scrollY / rh)));
        const int last =
            std::min(m_layout.rowCount() - 1, first + int(TimelinePainter::rowsArea(target, v).height() / rh) + 1);
        QList<Id> seen;
        for (int i = first; i <= last; ++i) {
            const Id org = m_layout.row(i).organisationId;
            if (m_layout.row(i).type != TimelineLayout::RowType::Group && !seen.contains(org))
                seen << org;
        }
        for (Id org : seen) {
            const Organisation *o = m_plan.find<Organisation>(org);
            const QString name =
                o ? (o->shortName.isEmpty() ? o->name : o->shortName) : tr("No accountable organisation");
            if (!entry(TimelinePainter::organisationColour(org), name))
                break;
        }
    }
    p->setPen(QColor(0xd62728));
    const QString today = tr("Today");
    const double w = fm.horizontalAdvance(today);
    if (x + w + 20 < legend.right()) {
        p->drawLine(QPointF(legend.right() - w - 16, legend.top() + 4),
                    QPointF(legend.right() - w - 16, legend.bottom() - 4));
        p->drawText(QPointF(legend.right() - w - 8, baseline), today);
    }
}

} // namespace horisont
