#pragma once

#include "model/ids.h"

#include <QHash>

#include <vector>

namespace horisont {

class Plan;

/// The ordered shape of phases → interventions → activities that the
/// structure model shows. It is kept apart from the plan because while the
/// plan announces a change (the entity already moved or gone), the model
/// must still know where the row was.
class StructureTree
{
public:
    enum Level { Root = 0, PhaseLevel = 1, InterventionLevel = 2, ActivityLevel = 3 };

    static Level levelOf(EntityKind kind);
    static EntityKind kindOf(Level level);

    void rebuild(const Plan &plan);

    bool contains(Level level, Id id) const { return m_row[level].contains(id); }
    /// Children of `parent` (at parentLevel; Root with NoId for the phases).
    const std::vector<Id> &children(Level parentLevel, Id parent) const;
    Id parentOf(Level level, Id id) const { return m_parent[level].value(id, NoId); }
    int rowOf(Level level, Id id) const { return m_row[level].value(id, -1); }
    std::size_t size() const;

    /// The row where `id` belongs among the other children of `parent`,
    /// ordered by position then id (the plan must already hold the entity).
    int rowFor(const Plan &plan, Level level, Id id, Id parent) const;
    /// The parent the plan gives the entity now.
    static Id planParent(const Plan &plan, Level level, Id id);

    void insert(Level level, Id id, Id parent, int row);
    void remove(Level level, Id id);
    /// Moves an item to `row` of `parent`, keeping its own children.
    void move(Level level, Id id, Id parent, int row);

private:
    /// Takes an item out of its parent's list (its own children stay).
    void detach(Level level, Id id);
    void renumber(Level level, const std::vector<Id> &list, int from);

    QHash<Id, std::vector<Id>> m_children[3]; // by parent level: Root, PhaseLevel, InterventionLevel
    QHash<Id, Id> m_parent[4];
    QHash<Id, int> m_row[4];
};

} // namespace horisont
