#pragma once

#include "timeline/timelinelayout.h"

#include <QCoreApplication>

#include <memory>

class QLocale;

namespace horisont {

class AllocationRollup;
class Plan;

/// The tooltip of a timeline row: for an item its dates (the last day, not
/// the exclusive end), accountable organisation, planned budget and status;
/// for a group how many interventions it holds. The planned budget comes from
/// an AllocationRollup kept current with the plan, so hovering never sums.
class TimelineToolTip
{
    Q_DECLARE_TR_FUNCTIONS(horisont::TimelineToolTip)
public:
    explicit TimelineToolTip(const Plan &plan);
    ~TimelineToolTip();

    /// `baselineName` names the version a row's baseline dates come from.
    QString text(const TimelineLayout::Row &row, const QLocale &locale, const QString &baselineName = QString()) const;

private:
    const Plan &m_plan;
    std::unique_ptr<AllocationRollup> m_rollup;
};

} // namespace horisont
