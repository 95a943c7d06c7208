#include "timeline/timelinelayout.h"

#include "plan/plan.h"
#include "timeline/timescale.h"

#include <algorithm>
#include <cmath>

namespace horisont {

struct TimelineLayout::Scratch {
    QHash<Id, std::vector<const Activity *>> activitiesOf;
    QHash<Id, Id> accountable;
};

namespace {
template<class T>
void sortByPosition(std::vector<const T *> &list)
{
    std::sort(list.begin(), list.end(), [](const T *a, const T *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
}
} // namespace

bool TimelineLayout::isCollapsed(Id group) const
{
    return m_collapsed.contains((qint64(m_grouping) << 56) ^ group);
}

void TimelineLayout::setCollapsed(Id group, bool collapsed)
{
    const qint64 k = (qint64(m_grouping) << 56) ^ group;
    if (collapsed)
        m_collapsed.insert(k);
    else
        m_collapsed.remove(k);
}

void TimelineLayout::rebuild(const Plan &plan)
{
    m_rows.clear();
    m_rowOf.clear();
    m_groupOf.clear();
    Scratch scratch;
    const auto &activities = plan.all<Activity>();
    scratch.activitiesOf.reserve(qsizetype(plan.all<Intervention>().size()));
    for (const Activity &a : activities)
        scratch.activitiesOf[a.interventionId].push_back(&a);
    for (auto &list : scratch.activitiesOf)
        sortByPosition(list);
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.activityId == NoId && r.role == RaciRole::Accountable)
            scratch.accountable.insert(r.interventionId, r.organisationId);
    }
    m_rows.reserve(activities.size() + plan.all<Intervention>().size() * 2 + 16);

    // Interventions in plan order: phase position, then their own position.
    std::vector<const Phase *> phases;
    for (const Phase &p : plan.all<Phase>())
        phases.push_back(&p);
    sortByPosition(phases);
    QHash<Id, int> phaseOrder;
    for (std::size_t i = 0; i < phases.size(); ++i)
        phaseOrder.insert(phases[i]->id, int(i));
    std::vector<const Intervention *> interventions;
    for (const Intervention &in : plan.all<Intervention>())
        interventions.push_back(&in);
    std::sort(interventions.begin(), interventions.end(), [&](const Intervention *a, const Intervention *b) {
        const int pa = phaseOrder.value(a->phaseId, INT_MAX), pb = phaseOrder.value(b->phaseId, INT_MAX);
        if (pa != pb)
            return pa < pb;
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });

    switch (m_grouping) {
    case Grouping::Phase: {
        QHash<Id, std::vector<const Intervention *>> byPhase;
        std::vector<const Intervention *> orphans;
        for (const Intervention *in : interventions) {
            if (phaseOrder.contains(in->phaseId))
                byPhase[in->phaseId].push_back(in);
            else
                orphans.push_back(in);
        }
        for (const Phase *p : phases)
            addGroup(EntityKind::Phase, p->id, p->name, byPhase.value(p->id), scratch);
        if (!orphans.empty())
            addGroup(EntityKind::Phase, NoId, tr("No phase"), orphans, scratch);
        break;
    }
    case Grouping::Organisation: {
        QHash<Id, std::vector<const Intervention *>> byOrg;
        for (const Intervention *in : interventions)
            byOrg[scratch.accountable.value(in->id, NoId)].push_back(in);
        std::vector<const Organisation *> orgs;
        for (const Organisation &o : plan.all<Organisation>()) {
            if (byOrg.contains(o.id))
                orgs.push_back(&o);
        }
        std::sort(orgs.begin(), orgs.end(), [](const Organisation *a, const Organisation *b) {
            const int c = QString::localeAwareCompare(a->name, b->name);
            return c != 0 ? c < 0 : a->id < b->id;
        });
        for (const Organisation *o : orgs)
            addGroup(EntityKind::Organisation, o->id, o->name, byOrg.value(o->id), scratch);
        if (byOrg.contains(NoId))
            addGroup(EntityKind::Organisation, NoId, tr("No accountable organisation"), byOrg.value(NoId), scratch);
        break;
    }
    case Grouping::Area: {
        QHash<Id, QList<Id>> areasOf;
        for (const InterventionArea &ia : plan.all<InterventionArea>())
            areasOf[ia.interventionId].append(ia.areaId);
        QHash<Id, std::vector<const Intervention *>> byArea;
        for (const Intervention *in : interventions) {
            const QList<Id> areas = areasOf.value(in->id);
            if (areas.isEmpty())
                byArea[NoId].push_back(in);
            for (Id area : areas)
                byArea[area].push_back(in);
        }
        std::vector<const Area *> areas;
        for (const Area &a : plan.all<Area>()) {
            if (byArea.contains(a.id))
                areas.push_back(&a);
        }
        std::sort(areas.begin(), areas.end(), [](const Area *a, const Area *b) {
            const int c = QString::localeAwareCompare(a->name, b->name);
            return c != 0 ? c < 0 : a->id < b->id;
        });
        for (const Area *a : areas)
            addGroup(EntityKind::Area, a->id, a->name, byArea.value(a->id), scratch);
        if (byArea.contains(NoId))
            addGroup(EntityKind::Area, NoId, tr("No area"), byArea.value(NoId), scratch);
        break;
    }
    }
    addBaselineDates();
}

void TimelineLayout::setBaseline(std::shared_ptr<const Plan> baseline, const QString &name)
{
    m_baseline = std::move(baseline);
    m_baselineName = name;
}

void TimelineLayout::addBaselineDates()
{
    if (!m_baseline)
        return;
    for (Row &row : m_rows) {
        if (row.type == RowType::Intervention) {
            if (const Intervention *then = m_baseline->find<Intervention>(row.id))
                row.hasBaseline = true, row.baselineStart = then->start, row.baselineEnd = then->end;
        } else if (row.type == RowType::Activity) {
            if (const Activity *then = m_baseline->find<Activity>(row.id))
                row.hasBaseline = true, row.baselineStart = then->start, row.baselineEnd = then->end;
        }
        row.hasBaseline = row.hasBaseline && row.baselineStart.isValid();
    }
}

void TimelineLayout::addGroup(EntityKind kind, Id id, const QString &name,
                              const std::vector<const Intervention *> &list, const Scratch &scratch)
{
    Row group;
    group.type = RowType::Group;
    group.kind = kind;
    group.id = id;
    group.name = name;
    group.childCount = int(list.size());
    for (const Intervention *in : list) {
        if (!group.start.isValid() || in->start < group.start)
            group.start = in->start;
        if (!group.end.isValid() || in->end > group.end)
            group.end = in->end;
    }
    m_rows.push_back(group);
    const bool collapsed = isCollapsed(id);
    static const std::vector<const Activity *> none;
    for (const Intervention *in : list) {
        const Id org = scratch.accountable.value(in->id, NoId);
        const qint64 inKey = key(EntityKind::Intervention, in->id);
        if (!m_groupOf.contains(inKey))
            m_groupOf.insert(inKey, id);
        const auto it = scratch.activitiesOf.constFind(in->id);
        const auto &acts = it == scratch.activitiesOf.cend() ? none : *it;
        if (collapsed) {
            for (const Activity *a : acts)
                m_groupOf.insert(key(EntityKind::Activity, a->id), id);
            continue;
        }
        if (!m_rowOf.contains(inKey))
            m_rowOf.insert(inKey, int(m_rows.size()));
        m_rows.push_back(Row{RowType::Intervention, EntityKind::Intervention, in->id, in->id, org, in->name,
                             in->start, in->end, false, in->status, int(acts.size())});
        for (const Activity *a : acts) {
            const qint64 k = key(EntityKind::Activity, a->id);
            if (!m_rowOf.contains(k)) {
                m_rowOf.insert(k, int(m_rows.size()));
                m_groupOf.insert(k, id);
            }
            m_rows.push_back(Row{RowType::Activity, EntityKind::Activity, a->id, in->id, org, a->name, a->start,
                                 a->end, a->milestone || a->end == a->start, a->status, 0});
        }
    }
}

int TimelineLayout::rowAt(double y) const
{
    if (y < 0)
        return -1;
    const int r = int(std::floor(y / m_rowHeight));
    return r < rowCount() ? r : -1;
}

int TimelineLayout::rowOf(EntityKind kind, Id id) const
{
    return m_rowOf.value(key(kind, id), -1);
}

TimelineLayout::Hit TimelineLayout::hitTest(QPointF point, const TimeScale &scale) const
{
    Hit hit;
    hit.row = rowAt(point.y());
    if (hit.row < 0)
        return hit;
    const Row &r = row(hit.row);
    hit.kind = r.kind;
    hit.id = r.id;
    hit.interventionId = r.interventionId;
    if (r.type == RowType::Group) {
        hit.isGroup = true;
        hit.part = Part::Body;
        return hit;
    }
    const double x = point.x();
    const double x0 = scale.x(r.start);
    const double x1 = scale.x(r.end);
    if (r.milestone) {
        const double half = m_rowHeight * 0.35;
        if (std::abs(x - x0) <= half + 1.0)
            hit.part = Part::Body;
        return hit;
    }
    const double edge = std::min(EdgeTolerance, (x1 - x0) / 3.0);
    if (x >= x0 - EdgeTolerance && x <= x0 + edge)
        hit.part = Part::StartEdge;
    else if (x >= x1 - edge && x <= x1 + EdgeTolerance)
        hit.part = Part::EndEdge;
    else if (x > x0 && x < x1)
        hit.part = Part::Body;
    return hit;
}

} // namespace horisont
