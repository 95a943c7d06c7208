#pragma once

#include "model/ids.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace horisont {

struct Allocation;
class Plan;

/// Which intervention or organisation is on which row of the allocation
/// grid: interventions in phase order then intervention order,
/// organisations by name, and "not assigned" (NoId) last while it is shown.
class AllocationGridRows
{
public:
    enum class Grouping { ByIntervention, ByOrganisation };

    explicit AllocationGridRows(const Plan &plan) : m_plan(plan) {}

    /// Takes effect with the next rebuild().
    void setGrouping(Grouping grouping) { m_grouping = grouping; }
    Grouping grouping() const { return m_grouping; }
    /// Every intervention or organisation of the plan, sorted; no "not assigned".
    void rebuild();
    /// Whether entities of `kind` are rows.
    bool areRows(EntityKind kind) const;
    /// Whether a change of `field` of a `kind` can change the rows' order.
    bool orderDependsOn(EntityKind kind, int field) const;
    /// The row entity an allocation counts in; NoId when it has none.
    Id entityOf(const Allocation &allocation) const;

    int count() const { return int(m_ids.size()); }
    Id at(int row) const { return row >= 0 && row < count() ? m_ids[std::size_t(row)] : NoId; }
    int rowOf(Id entity) const { return m_index.value(entity, -1); }
    bool showsUnassigned() const { return !m_ids.empty() && m_ids.back() == NoId; }
    /// The row header: "P3 Trygghetsvandringar", an organisation's name or
    /// "(no intervention)"; nothing for an entity no longer in the plan.
    std::optional<QString> label(Id entity) const;

    /// The row a new entity (already in the plan) belongs at.
    int sortedRowFor(Id entity) const;
    void insert(int row, Id entity);
    void remove(int row);
    void appendUnassigned();
    /// Sorts again after a change of the order's keys (positions, names).
    void sort();

private:
    bool less(Id a, Id b) const;
    void renumberFrom(int row);

    const Plan &m_plan;
    Grouping m_grouping = Grouping::ByIntervention;
    std::vector<Id> m_ids;
    QHash<Id, int> m_index;
};

} // namespace horisont
