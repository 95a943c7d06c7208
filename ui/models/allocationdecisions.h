#pragma once

#include "model/ids.h"

#include <QList>
#include <QStringList>

namespace horisont {

class Plan;

/// How far the money of a set of allocations (one cell of the allocation
/// grid) rests on decisions, and on which.
class AllocationDecisions
{
public:
    enum class State { None, Partly, All };

    AllocationDecisions(const Plan &plan, const QList<Id> &allocations);

    State state() const;
    /// One line per decision ("Decided (2 allocations): KF 2024-03-01"),
    /// then one for the planned allocations, for a tooltip.
    QStringList lines() const;

private:
    const Plan &m_plan;
    QList<Id> m_allocations;
};

} // namespace horisont
