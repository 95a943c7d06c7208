#include "budget/allocationrollup.h"

#include "plan/plan.h"

namespace horisont {

AllocationRollup::AllocationRollup(const Plan &plan, QObject *parent) : QObject(parent), m_plan(plan)
{
    rebuild();
    connect(&plan, &Plan::reset, this, &AllocationRollup::rebuild);
    connect(&plan, &Plan::inserted, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Allocation)
            add(id);
    });
    connect(&plan, &Plan::removed, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Allocation)
            subtract(id);
    });
    connect(&plan, &Plan::changed, this, [this](EntityKind kind, Id id, int) {
        if (kind == EntityKind::Allocation) {
            subtract(id);
            add(id);
        }
    });
}

void AllocationRollup::rebuild()
{
    m_entries.clear();
    m_byIntervention.clear();
    m_byActivity.clear();
    m_bySource.clear();
    for (const Allocation &a : m_plan.all<Allocation>()) {
        const Entry e{a.interventionId, a.activityId, a.sourceId, a.amount.ore()};
        m_entries.insert(a.id, e);
        count(e, +1);
    }
}

void AllocationRollup::add(Id allocation)
{
    const Allocation *a = m_plan.find<Allocation>(allocation);
    if (!a)
        return;
    const Entry e{a->interventionId, a->activityId, a->sourceId, a->amount.ore()};
    m_entries.insert(a->id, e);
    count(e, +1);
    Q_EMIT changed(e.intervention, e.activity, e.source);
}

void AllocationRollup::subtract(Id allocation)
{
    const auto it = m_entries.constFind(allocation);
    if (it == m_entries.cend())
        return;
    const Entry e = *it;
    m_entries.erase(it);
    count(e, -1);
    Q_EMIT changed(e.intervention, e.activity, e.source);
}

void AllocationRollup::count(const Entry &e, int sign)
{
    const qint64 ore = sign * e.ore;
    m_byIntervention[e.intervention] += ore;
    if (e.activity != NoId)
        m_byActivity[e.activity] += ore;
    m_bySource[e.source] += ore;
}

} // namespace horisont
