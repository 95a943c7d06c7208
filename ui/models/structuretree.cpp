#include "models/structuretree.h"

#include "plan/plan.h"

#include <algorithm>

namespace horisont {
namespace {

std::pair<int, Id> orderKey(const Plan &plan, StructureTree::Level level, Id id)
{
    switch (level) {
    case StructureTree::PhaseLevel:
        if (const Phase *p = plan.find<Phase>(id))
            return {p->position, id};
        break;
    case StructureTree::InterventionLevel:
        if (const Intervention *i = plan.find<Intervention>(id))
            return {i->position, id};
        break;
    case StructureTree::ActivityLevel:
        if (const Activity *a = plan.find<Activity>(id))
            return {a->position, id};
        break;
    case StructureTree::Root:
        break;
    }
    return {0, id};
}

} // namespace

StructureTree::Level StructureTree::levelOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Phase:
        return PhaseLevel;
    case EntityKind::Intervention:
        return InterventionLevel;
    case EntityKind::Activity:
        return ActivityLevel;
    default:
        return Root;
    }
}

EntityKind StructureTree::kindOf(Level level)
{
    switch (level) {
    case PhaseLevel:
        return EntityKind::Phase;
    case InterventionLevel:
        return EntityKind::Intervention;
    case ActivityLevel:
        return EntityKind::Activity;
    case Root:
        break;
    }
    return EntityKind::Programme;
}

Id StructureTree::planParent(const Plan &plan, Level level, Id id)
{
    if (level == InterventionLevel) {
        const Intervention *i = plan.find<Intervention>(id);
        return i ? i->phaseId : NoId;
    }
    if (level == ActivityLevel) {
        const Activity *a = plan.find<Activity>(id);
        return a ? a->interventionId : NoId;
    }
    return NoId;
}

void StructureTree::rebuild(const Plan &plan)
{
    for (auto &c : m_children)
        c.clear();
    for (auto &p : m_parent)
        p.clear();
    for (auto &r : m_row)
        r.clear();
    auto place = [&](Level level, Id id, Id parent) {
        m_children[level - 1][parent].push_back(id);
        m_parent[level].insert(id, parent);
    };
    for (const Phase &p : plan.all<Phase>())
        place(PhaseLevel, p.id, NoId);
    for (const Intervention &i : plan.all<Intervention>()) {
        if (plan.find<Phase>(i.phaseId))
            place(InterventionLevel, i.id, i.phaseId);
    }
    for (const Activity &a : plan.all<Activity>()) {
        if (m_parent[InterventionLevel].contains(a.interventionId))
            place(ActivityLevel, a.id, a.interventionId);
    }
    for (int parentLevel = 0; parentLevel < 3; ++parentLevel) {
        const auto level = Level(parentLevel + 1);
        for (auto it = m_children[parentLevel].begin(); it != m_children[parentLevel].end(); ++it) {
            std::vector<Id> &list = it.value();
            std::sort(list.begin(), list.end(),
                      [&](Id a, Id b) { return orderKey(plan, level, a) < orderKey(plan, level, b); });
            renumber(level, list, 0);
        }
    }
}

const std::vector<Id> &StructureTree::children(Level parentLevel, Id parent) const
{
    static const std::vector<Id> none;
    const auto it = m_children[parentLevel].constFind(parent);
    return it == m_children[parentLevel].cend() ? none : *it;
}

std::size_t StructureTree::size() const
{
    return std::size_t(m_row[PhaseLevel].size() + m_row[InterventionLevel].size() + m_row[ActivityLevel].size());
}

int StructureTree::rowFor(const Plan &plan, Level level, Id id, Id parent) const
{
    // The row among the other children: a linear count, since `id` may
    // still sit in the list at its old place while it moves.
    const auto key = orderKey(plan, level, id);
    int row = 0;
    for (Id sibling : children(Level(level - 1), parent)) {
        if (sibling != id && orderKey(plan, level, sibling) < key)
            ++row;
    }
    return row;
}

void StructureTree::insert(Level level, Id id, Id parent, int row)
{
    std::vector<Id> &list = m_children[level - 1][parent];
    list.insert(list.begin() + row, id);
    m_parent[level].insert(id, parent);
    renumber(level, list, row);
}

void StructureTree::detach(Level level, Id id)
{
    const Id parent = m_parent[level].value(id);
    std::vector<Id> &list = m_children[level - 1][parent];
    const int row = m_row[level].value(id);
    list.erase(list.begin() + row);
    m_parent[level].remove(id);
    m_row[level].remove(id);
    renumber(level, list, row);
}

void StructureTree::remove(Level level, Id id)
{
    detach(level, id);
    if (level != ActivityLevel)
        m_children[level].remove(id); // its (already removed) children's list
}

void StructureTree::move(Level level, Id id, Id parent, int row)
{
    detach(level, id);
    insert(level, id, parent, row);
}

void StructureTree::renumber(Level level, const std::vector<Id> &list, int from)
{
    for (int r = from; r < int(list.size()); ++r)
        m_row[level].insert(list[std::size_t(r)], r);
}

} // namespace horisont
