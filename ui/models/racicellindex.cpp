#include "models/racicellindex.h"

#include "plan/plan.h"

#include <algorithm>

namespace horisont {

void RaciCellIndex::clear()
{
    m_cells.clear();
    m_cellOf.clear();
}

std::optional<RaciCellIndex::Cell> RaciCellIndex::place(const Plan &plan, Id responsibility)
{
    const Responsibility *r = plan.find<Responsibility>(responsibility);
    if (!r || r->activityId != NoId)
        return std::nullopt;
    const Cell cell{r->interventionId, r->organisationId};
    m_cells[cell].append(responsibility);
    m_cellOf.insert(responsibility, cell);
    return cell;
}

std::optional<RaciCellIndex::Cell> RaciCellIndex::forget(Id responsibility)
{
    const auto it = m_cellOf.constFind(responsibility);
    if (it == m_cellOf.constEnd())
        return std::nullopt;
    const Cell cell = *it;
    m_cellOf.erase(it);
    QList<Id> &ids = m_cells[cell];
    ids.removeAll(responsibility);
    if (ids.isEmpty())
        m_cells.remove(cell);
    return cell;
}

QList<RaciRole> RaciCellIndex::roles(const Plan &plan, const Cell &cell) const
{
    QList<RaciRole> roles;
    for (Id id : m_cells.value(cell)) {
        if (const Responsibility *r = plan.find<Responsibility>(id); r && !roles.contains(r->role))
            roles.append(r->role);
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

} // namespace horisont
