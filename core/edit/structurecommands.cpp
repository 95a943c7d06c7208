#include "edit/structurecommands.h"

#include "edit/commandname.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "model/columns.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace horisont::structure {
namespace {
Column parentField(EntityKind kind)
{
    return kind == EntityKind::Intervention ? columns::phase_id : columns::intervention_id;
}

/// A command's name marked with QT_TRANSLATE_NOOP("horisont::structure", …).
CommandText text(const char *source, int n = -1)
{
    return {"horisont::structure", source, n};
}

/// "Add phase «Fas 2»"; "Add phase" when the new item has no name yet.
CommandText adding(const QString &name, const char *withName, const char *withoutName)
{
    return name.isEmpty() ? text(withoutName) : text(withName).arg(name.simplified());
}

template<class T>
QList<const T *> siblingsOf(const Plan &plan, Id parent)
{
    QList<const T *> list;
    for (const T &e : plan.all<T>()) {
        if constexpr (std::is_same_v<T, Phase>)
            list << &e;
        else if constexpr (std::is_same_v<T, Intervention>) {
            if (e.phaseId == parent)
                list << &e;
        } else if (e.interventionId == parent) {
            list << &e;
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const T *a, const T *b) {
        return a->position < b->position || (a->position == b->position && a->id < b->id);
    });
    return list;
}

template<class T>
Id parentOf(const T &e)
{
    if constexpr (std::is_same_v<T, Intervention>)
        return e.phaseId;
    else if constexpr (std::is_same_v<T, Activity>)
        return e.interventionId;
    else
        return NoId;
}

template<class T>
QList<Id> siblingIds(const Plan &plan, Id parent)
{
    QList<Id> ids;
    for (const T *e : siblingsOf<T>(plan, parent))
        ids << e->id;
    return ids;
}

QList<Id> childrenIds(const Plan &plan, EntityKind kind, Id parent)
{
    QList<Id> ids;
    withKind(kind, [&]<class T>() {
        if constexpr (std::is_same_v<T, Phase> || std::is_same_v<T, Intervention> || std::is_same_v<T, Activity>)
            ids = siblingIds<T>(plan, parent);
    });
    return ids;
}

} // namespace

EditCommand *arrange(PlanDocument &document, EntityKind kind, Id parent, const QList<Id> &children,
                     const CommandText &name)
{
    const Plan &plan = document.plan();
    const KindInfo &info = kindInfo(kind);
    const int positionField = info.fieldIndex(columns::position);
    const int parentIndex = kind == EntityKind::Phase ? -1 : info.fieldIndex(parentField(kind));
    ChangeList changes;
    for (int i = 0; i < children.size(); ++i) {
        const std::optional<Record> r = plan.record(kind, children[i]);
        if (!r)
            return nullptr;
        const QVariant newParent = storage::to(parent);
        if (parentIndex >= 0 && r->values.at(parentIndex) != newParent)
            changes << Change::update(kind, r->id, parentIndex, r->values.at(parentIndex), newParent);
        if (r->values.at(positionField).toInt() != i)
            changes << Change::update(kind, r->id, positionField, r->values.at(positionField), i);
    }
    return changes.isEmpty() ? nullptr : new EditCommand(&document, name, changes);
}

EditCommand *move(PlanDocument &document, EntityKind kind, Id id, int step)
{
    const Plan &plan = document.plan();
    Id parent = NoId;
    withKind(kind, [&]<class T>() {
        if constexpr (std::is_same_v<T, Intervention> || std::is_same_v<T, Activity>) {
            if (const T *e = plan.find<T>(id))
                parent = parentOf(*e);
        }
    });
    QList<Id> order = childrenIds(plan, kind, parent);
    const qsizetype at = order.indexOf(id);
    if (at < 0 || at + step < 0 || at + step >= order.size())
        return nullptr;
    order.swapItemsAt(at, at + step);
    const CommandText name =
        step < 0 ? commandname::named(plan, kind, id, text(QT_TRANSLATE_NOOP("horisont::structure", "Move «%1» up")),
                                      text(QT_TRANSLATE_NOOP("horisont::structure", "Move up")))
                 : commandname::named(plan, kind, id, text(QT_TRANSLATE_NOOP("horisont::structure", "Move «%1» down")),
                                      text(QT_TRANSLATE_NOOP("horisont::structure", "Move down")));
    return arrange(document, kind, parent, order, name);
}

EditCommand *addPhase(PlanDocument &document, const QString &name, const QDate &today)
{
    Plan &plan = document.plan();
    const auto phases = siblingsOf<Phase>(plan, NoId);
    Phase phase;
    phase.name = name;
    QDate latestEnd = plan.programme().start;
    for (const Phase *p : phases)
        latestEnd = std::max(latestEnd, p->end);
    phase.start = latestEnd.isValid() ? latestEnd : QDate(today.year(), 1, 1);
    phase.end = phase.start.addYears(1);
    phase.position = phases.isEmpty() ? 0 : phases.back()->position + 1;
    return commands::insert(document, phase,
                            adding(name, QT_TRANSLATE_NOOP("horisont::structure", "Add phase «%1»"),
                                   QT_TRANSLATE_NOOP("horisont::structure", "Add phase")));
}

EditCommand *addIntervention(PlanDocument &document, Id phaseId, const QString &name)
{
    Plan &plan = document.plan();
    const Phase *phase = plan.find<Phase>(phaseId);
    if (!phase)
        return nullptr;
    const auto siblings = siblingsOf<Intervention>(plan, phaseId);
    Intervention in;
    in.phaseId = phaseId;
    in.name = name;
    in.start = phase->start;
    in.end = phase->end;
    in.position = siblings.isEmpty() ? 0 : siblings.back()->position + 1;
    return commands::insert(document, in,
                            adding(name, QT_TRANSLATE_NOOP("horisont::structure", "Add intervention «%1»"),
                                   QT_TRANSLATE_NOOP("horisont::structure", "Add intervention")));
}

namespace {
EditCommand *activityInsert(PlanDocument &document, Id interventionId, const QString &name, bool milestone,
                            QDate start, QDate end, QString *error)
{
    const auto siblings = siblingsOf<Activity>(document.plan(), interventionId);
    Activity a;
    a.interventionId = interventionId;
    a.name = name;
    a.milestone = milestone;
    a.start = start;
    a.end = milestone ? start : end;
    a.position = siblings.isEmpty() ? 0 : siblings.back()->position + 1;
    const CommandText adds = milestone ? adding(name, QT_TRANSLATE_NOOP("horisont::structure", "Add milestone «%1»"),
                                                QT_TRANSLATE_NOOP("horisont::structure", "Add milestone"))
                                       : adding(name, QT_TRANSLATE_NOOP("horisont::structure", "Add activity «%1»"),
                                                QT_TRANSLATE_NOOP("horisont::structure", "Add activity"));
    return commands::insert(document, a, adds, error);
}
} // namespace

EditCommand *addActivity(PlanDocument &document, Id interventionId, const QString &name, bool milestone)
{
    // Taken from the intervention as it is, even where it lies outside the
    // horizon: the checks name that, and the planner moves both.
    const Intervention *in = document.plan().find<Intervention>(interventionId);
    if (!in)
        return nullptr;
    const QDate start = milestone ? in->end.addDays(-1) : in->start;
    return activityInsert(document, interventionId, name, milestone, start,
                          std::min(in->end, in->start.addMonths(3)), nullptr);
}

EditCommand *addActivity(PlanDocument &document, Id interventionId, const QString &name, bool milestone, QDate start,
                         QDate end, QString *error)
{
    if (!document.plan().find<Intervention>(interventionId))
        return nullptr;
    if (const QString why = dates::problem(document.plan(), EntityKind::Activity,
                                           dates::Span{start, milestone ? start : end, milestone});
        !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return activityInsert(document, interventionId, name, milestone, start, end, error);
}

namespace {
// Replaces the area links of one owner (an intervention or a problem) with
// exactly `areas`, keeping the links that stay so their ids survive.
template<class Link>
ChangeList areaLinkChanges(Plan &plan, Id owner, Id Link::*ownerMember, const QList<Id> &areas)
{
    QList<Id> stale;
    QSet<Id> kept;
    for (const Link &link : plan.all<Link>()) {
        if (link.*ownerMember != owner)
            continue;
        if (areas.contains(link.areaId))
            kept.insert(link.areaId);
        else
            stale << link.id;
    }
    ChangeList changes = commands::removalChanges(plan, kindOf<Link>, stale);
    for (Id area : areas) {
        if (!kept.contains(area) && plan.find<Area>(area)) {
            kept.insert(area);
            Link link{};
            link.id = plan.allocateId(kindOf<Link>);
            link.*ownerMember = owner;
            link.areaId = area;
            changes << Change::insert(toRecord(link));
        }
    }
    return changes;
}

/// A command of `changes` named after the item (nullptr when nothing changes).
EditCommand *namedCommand(PlanDocument &document, ChangeList changes, EntityKind kind, Id id, const char *withName,
                          const char *withoutName)
{
    if (changes.isEmpty())
        return nullptr;
    return new EditCommand(&document, commandname::named(document.plan(), kind, id, text(withName), text(withoutName)),
                           std::move(changes));
}
} // namespace

EditCommand *setAreas(PlanDocument &document, Id intervention, const QList<Id> &areas)
{
    return namedCommand(document, areaLinkChanges(document.plan(), intervention, &InterventionArea::interventionId, areas),
                        EntityKind::Intervention, intervention,
                        QT_TRANSLATE_NOOP("horisont::structure", "Set the areas «%1» targets"),
                        QT_TRANSLATE_NOOP("horisont::structure", "Set targeted areas"));
}

EditCommand *setProblemAreas(PlanDocument &document, Id problem, const QList<Id> &areas)
{
    return namedCommand(document, areaLinkChanges(document.plan(), problem, &ProblemArea::problemId, areas),
                        EntityKind::Problem, problem,
                        QT_TRANSLATE_NOOP("horisont::structure", "Set the areas where «%1» shows"),
                        QT_TRANSLATE_NOOP("horisont::structure", "Set the problem's areas"));
}

namespace {

/// Builds the inserts of a deep copy, allocating fresh ids as it goes.
class Copier
{
public:
    explicit Copier(Plan &plan) : m_plan(plan) {}

    Id phase(const Phase &source, int position)
    {
        Phase copy = source;
        copy.id = m_plan.allocateId(EntityKind::Phase);
        copy.position = position;
        m_changes << Change::insert(toRecord(copy));
        int i = 0;
        for (const Intervention *in : siblingsOf<Intervention>(m_plan, source.id))
            intervention(*in, copy.id, i++);
        return copy.id;
    }

    Id intervention(const Intervention &source, Id phase, int position)
    {
        Intervention copy = source;
        copy.id = m_plan.allocateId(EntityKind::Intervention);
        copy.phaseId = phase;
        copy.code.clear(); // project codes match the ledger and must stay unique
        copy.position = position;
        m_changes << Change::insert(toRecord(copy));
        QHash<Id, Id> activities;
        int i = 0;
        for (const Activity *a : siblingsOf<Activity>(m_plan, source.id))
            activities.insert(a->id, activity(*a, copy.id, i++));
        for (const Responsibility &r : m_plan.all<Responsibility>()) {
            if (r.interventionId != source.id)
                continue;
            Responsibility rc = r;
            rc.id = m_plan.allocateId(EntityKind::Responsibility);
            rc.interventionId = copy.id;
            rc.activityId = r.activityId == NoId ? NoId : activities.value(r.activityId);
            m_changes << Change::insert(toRecord(rc));
        }
        for (const InterventionArea &ia : m_plan.all<InterventionArea>()) {
            if (ia.interventionId == source.id)
                m_changes << Change::insert(toRecord(
                    InterventionArea{m_plan.allocateId(EntityKind::InterventionArea), copy.id, ia.areaId}));
        }
        return copy.id;
    }

    Id activity(const Activity &source, Id intervention, int position)
    {
        Activity copy = source;
        copy.id = m_plan.allocateId(EntityKind::Activity);
        copy.interventionId = intervention;
        copy.position = position;
        m_changes << Change::insert(toRecord(copy));
        return copy.id;
    }

    ChangeList changes() const { return m_changes; }

private:
    Plan &m_plan;
    ChangeList m_changes;
};

} // namespace

EditCommand *paste(PlanDocument &document, EntityKind kind, const QList<Id> &ids, Id target)
{
    Plan &plan = document.plan();
    Copier copier(plan);
    int position = 0;
    for (Id sibling : childrenIds(plan, kind, target)) {
        withKind(kind, [&]<class T>() {
            if constexpr (std::is_same_v<T, Phase> || std::is_same_v<T, Intervention> || std::is_same_v<T, Activity>)
                position = std::max(position, plan.find<T>(sibling)->position + 1);
        });
    }
    for (Id id : ids) {
        if (kind == EntityKind::Phase) {
            if (const Phase *p = plan.find<Phase>(id))
                copier.phase(*p, position++);
        } else if (kind == EntityKind::Intervention) {
            const Intervention *in = plan.find<Intervention>(id);
            if (in && plan.find<Phase>(target))
                copier.intervention(*in, target, position++);
        } else if (kind == EntityKind::Activity) {
            const Activity *a = plan.find<Activity>(id);
            if (a && plan.find<Intervention>(target))
                copier.activity(*a, target, position++);
        }
    }
    const ChangeList changes = copier.changes();
    return changes.isEmpty() ? nullptr
                             : new EditCommand(&document,
                                               text(QT_TRANSLATE_N_NOOP("horisont::structure", "Paste %n item(s)"),
                                                    int(ids.size())),
                                               changes);
}

} // namespace horisont::structure
