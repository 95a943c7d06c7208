#include "models/allocationgridrows.h"

#include "model/schema.h"
#include "models/interventionorder.h"
#include "plan/plan.h"
#include "model/codedname.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont {
namespace {
// These texts were written in AllocationGridModel; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::AllocationGridModel)
};
} // namespace

void AllocationGridRows::rebuild()
{
    m_ids.clear();
    if (m_grouping == Grouping::ByIntervention) {
        for (const Intervention &i : m_plan.all<Intervention>())
            m_ids.push_back(i.id);
    } else {
        for (const Organisation &o : m_plan.all<Organisation>())
            m_ids.push_back(o.id);
    }
    sort();
}

bool AllocationGridRows::areRows(EntityKind kind) const
{
    return (kind == EntityKind::Intervention && m_grouping == Grouping::ByIntervention)
           || (kind == EntityKind::Organisation && m_grouping == Grouping::ByOrganisation);
}

bool AllocationGridRows::orderDependsOn(EntityKind kind, int field) const
{
    if (m_grouping == Grouping::ByOrganisation)
        return kind == EntityKind::Organisation && field == fieldIndex(kind, columns::name);
    return (kind == EntityKind::Phase && field == fieldIndex(kind, columns::position))
           || (kind == EntityKind::Intervention
               && (field == fieldIndex(kind, columns::phase_id) || field == fieldIndex(kind, columns::position)));
}

Id AllocationGridRows::entityOf(const Allocation &a) const
{
    if (m_grouping == Grouping::ByOrganisation)
        return a.organisationId;
    if (a.interventionId != NoId)
        return a.interventionId;
    const Activity *activity = m_plan.find<Activity>(a.activityId);
    return activity ? activity->interventionId : NoId;
}

std::optional<QString> AllocationGridRows::label(Id entity) const
{
    if (entity == NoId)
        return m_grouping == Grouping::ByIntervention ? Tr::tr("(no intervention)") : Tr::tr("(no organisation)");
    if (m_grouping == Grouping::ByIntervention) {
        const Intervention *i = m_plan.find<Intervention>(entity);
        if (!i)
            return std::nullopt;
        return codedName(*i);
    }
    const Organisation *o = m_plan.find<Organisation>(entity);
    return o ? std::optional(o->name) : std::nullopt;
}

bool AllocationGridRows::less(Id a, Id b) const
{
    if (a == NoId || b == NoId) // "not assigned" comes last
        return b == NoId && a != NoId;
    if (m_grouping == Grouping::ByIntervention)
        return InterventionOrder::less(m_plan)(a, b);
    const Organisation *oa = m_plan.find<Organisation>(a);
    const Organisation *ob = m_plan.find<Organisation>(b);
    const int byName = oa && ob ? QString::localeAwareCompare(oa->name, ob->name) : 0;
    return byName != 0 ? byName < 0 : a < b;
}

void AllocationGridRows::sort()
{
    std::sort(m_ids.begin(), m_ids.end(), [this](Id a, Id b) { return less(a, b); });
    m_index.clear();
    renumberFrom(0);
}

int AllocationGridRows::sortedRowFor(Id entity) const
{
    return int(std::lower_bound(m_ids.begin(), m_ids.end(), entity, [this](Id a, Id b) { return less(a, b); })
               - m_ids.begin());
}

void AllocationGridRows::insert(int row, Id entity)
{
    m_ids.insert(m_ids.begin() + row, entity);
    renumberFrom(row);
}

void AllocationGridRows::remove(int row)
{
    m_index.remove(m_ids[std::size_t(row)]);
    m_ids.erase(m_ids.begin() + row);
    renumberFrom(row);
}

void AllocationGridRows::appendUnassigned()
{
    m_ids.push_back(NoId);
    m_index.insert(NoId, count() - 1);
}

void AllocationGridRows::renumberFrom(int row)
{
    for (std::size_t r = std::size_t(row); r < m_ids.size(); ++r)
        m_index.insert(m_ids[r], int(r));
}

} // namespace horisont
