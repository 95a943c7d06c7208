#include "timeline/timelinetooltip.h"

#include "budget/allocationrollup.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "plan/plan.h"

#include <QLocale>

#include <climits>

namespace horisont {

TimelineToolTip::TimelineToolTip(const Plan &plan) : m_plan(plan), m_rollup(std::make_unique<AllocationRollup>(plan))
{}

TimelineToolTip::~TimelineToolTip() = default;

QString TimelineToolTip::text(const TimelineLayout::Row &r, const QLocale &locale, const QString &baselineName) const
{
    if (r.type == TimelineLayout::RowType::Group)
        return tr("%1: %n intervention(s)", nullptr, r.childCount).arg(r.name);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(r.name.toHtmlEscaped());
    const qint64 days = r.start.daysTo(r.end);
    if (r.milestone)
        lines << tr("Milestone on %1").arg(isoDate(r.start));
    else
        lines << tr("%1 – %2 (%n day(s))", nullptr, int(days)).arg(isoDate(r.start), isoDate(r.end.addDays(-1)));
    const Organisation *org = m_plan.find<Organisation>(r.organisationId);
    lines << tr("Accountable: %1").arg(org ? org->name.toHtmlEscaped() : tr("none"));
    const Money budget =
        r.kind == EntityKind::Intervention ? m_rollup->forIntervention(r.id) : m_rollup->forActivity(r.id);
    lines << tr("Planned budget: %1").arg(budget.format(locale));
    lines << tr("Status: %1").arg(Labels::status(r.status));
    if (r.hasBaseline) {
        // How far the item has slipped: its end against the decided end (its start for a milestone or no end).
        const bool byEnd = !r.milestone && r.end.isValid() && r.baselineEnd.isValid();
        const qint64 slip = byEnd ? r.baselineEnd.daysTo(r.end) : r.baselineStart.daysTo(r.start);
        const QString decided = r.milestone || !r.baselineEnd.isValid()
                                    ? isoDate(r.baselineStart)
                                    : tr("%1 – %2").arg(isoDate(r.baselineStart), isoDate(lastDayOf(r.baselineStart, r.baselineEnd)));
        lines << tr("Decided in «%1»: %2").arg(baselineName.toHtmlEscaped(), decided);
        if (slip > 0)
            lines << tr("Slipped %n day(s)", nullptr, int(std::min<qint64>(slip, INT_MAX)));
        else if (slip < 0)
            lines << tr("Ahead by %n day(s)", nullptr, int(std::min<qint64>(-slip, INT_MAX)));
        else
            lines << tr("On the decided dates");
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace horisont
