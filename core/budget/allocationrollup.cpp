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
    for (const Allocation &a : m_plan.all<Allocation>()) {
        m_entries.insert(a.id, {a.interventionId, a.activityId, a.amount.ore()});
        m_byIntervention[a.interventionId] += a.amount.ore();
        if (a.activityId != NoId)
            m_byActivity[a.activityId] += a.amount.ore();
    }
}

void AllocationRollup::add(Id allocation)
{
    const Allocation *a = m_plan.find<Allocation>(allocation);
    if (!a)
        return;
    m_entries.insert(a->id, {a->interventionId, a->activityId, a->amount.ore()});
    m_byIntervention[a->interventionId] += a->amount.ore();
    if (a->activityId != NoId)
        m_byActivity[a->activityId] += a->amount.ore();
    Q_EMIT changed(a->interventionId, a->activityId);
}

void AllocationRollup::subtract(Id allocation)
{
    const auto it = m_entries.constFind(allocation);
    if (it == m_entries.cend())
        return;
    const Entry e = *it;
    m_entries.erase(it);
    m_byIntervention[e.intervention] -= e.ore;
    if (e.activity != NoId)
        m_byActivity[e.activity] -= e.ore;
    Q_EMIT changed(e.intervention, e.activity);
}

} // namespace horisont
