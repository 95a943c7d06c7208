#include "edit/levelcommands.h"

#include "document/plandocument.h"
#include "ledger/ledger.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace horisont::structure {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::structure)
};

/// Re-points an intervention's or activity's responsibilities and
/// allocations to a new owner: (intervention, activity).
void moveDependents(const Plan &plan, Id fromIntervention, Id fromActivity, Id toIntervention, Id toActivity,
                    ChangeList &changes)
{
    const auto repoint = [&](EntityKind kind, Id id, Id intervention, Id activity) {
        const int in = fieldIndex(kind, columns::intervention_id);
        const int act = fieldIndex(kind, columns::activity_id);
        if (intervention != toIntervention)
            changes << Change::update(kind, id, in, storage::to(intervention), storage::to(toIntervention));
        if (activity != toActivity)
            changes << Change::update(kind, id, act, storage::to(activity), storage::to(toActivity));
    };
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.interventionId == fromIntervention && r.activityId == fromActivity)
            repoint(EntityKind::Responsibility, r.id, r.interventionId, r.activityId);
    }
    // An allocation may name an activity alone (it counts for the activity's
    // intervention): it goes with the activity too.
    for (const Allocation &a : plan.all<Allocation>()) {
        const bool onActivityAlone = fromActivity != NoId && a.activityId == fromActivity && a.interventionId == NoId;
        if ((a.interventionId == fromIntervention && a.activityId == fromActivity) || onActivityAlone)
            repoint(EntityKind::Allocation, a.id, a.interventionId, a.activityId);
    }
}
} // namespace

EditCommand *outdent(PlanDocument &document, Id activityId, QString *error)
{
    Plan &plan = document.plan();
    const Activity *activity = plan.find<Activity>(activityId);
    const Intervention *parent = activity ? plan.find<Intervention>(activity->interventionId) : nullptr;
    if (!parent) {
        *error = Tr::tr("Only an activity can be outdented: it becomes an intervention.");
        return nullptr;
    }
    ChangeList changes;
    // Make room right after the parent intervention.
    for (const Intervention &i : plan.all<Intervention>()) {
        if (i.phaseId == parent->phaseId && i.position > parent->position)
            changes << Change::update(EntityKind::Intervention, i.id, fieldIndex(EntityKind::Intervention, columns::position),
                                      i.position, i.position + 1);
    }
    Intervention created;
    created.id = plan.allocateId(EntityKind::Intervention);
    created.phaseId = parent->phaseId;
    created.name = activity->name;
    created.kind = parent->kind;
    created.horizon = parent->horizon;
    created.start = activity->start;
    created.end = activity->milestone ? activity->start.addDays(1) : activity->end;
    created.status = activity->status;
    created.position = parent->position + 1;
    changes << Change::insert(toRecord(created));
    moveDependents(plan, parent->id, activity->id, created.id, NoId, changes);
    // Taken out as it is: its dependents have just been moved, not removed.
    changes << Change::remove(toRecord(*activity));
    return new EditCommand(
        &document,
        CommandText("horisont::structure", QT_TRANSLATE_NOOP("horisont::structure", "Outdent «%1»")).arg(activity->name),
        changes);
}

EditCommand *indent(PlanDocument &document, Id interventionId, QString *error)
{
    Plan &plan = document.plan();
    const Intervention *in = plan.find<Intervention>(interventionId);
    if (!in) {
        *error = Tr::tr("Only an intervention can be indented: it becomes an activity of the intervention above it.");
        return nullptr;
    }
    const Intervention *above = nullptr;
    for (const Intervention &i : plan.all<Intervention>()) {
        if (i.phaseId == in->phaseId && i.id != in->id
            && (i.position < in->position || (i.position == in->position && i.id < in->id))
            && (!above || i.position > above->position || (i.position == above->position && i.id > above->id)))
            above = &i;
    }
    if (!above) {
        *error = Tr::tr("\"%1\" is the first intervention of its phase: there is nothing to indent it under.").arg(in->name);
        return nullptr;
    }
    QStringList blockers;
    const auto any = [&](const auto &table, auto belongs) {
        for (const auto &e : table) {
            if (belongs(e))
                return true;
        }
        return false;
    };
    if (any(plan.all<Activity>(), [&](const Activity &a) { return a.interventionId == in->id; }))
        blockers << Tr::tr("activities of its own");
    if (!in->code.isEmpty())
        blockers << Tr::tr("a project code");
    if (Ledger(document.store()).bookedOn(EntityKind::Intervention, {in->id}).first > 0)
        blockers << Tr::tr("booked spending");
    if (any(plan.all<InterventionArea>(), [&](const InterventionArea &l) { return l.interventionId == in->id; }))
        blockers << Tr::tr("targeted areas");
    if (any(plan.all<InterventionCause>(), [&](const InterventionCause &l) { return l.interventionId == in->id; })
        || any(plan.all<InterventionGoal>(), [&](const InterventionGoal &l) { return l.interventionId == in->id; }))
        blockers << Tr::tr("links to causes or goals");
    if (any(plan.all<FollowUp>(), [&](const FollowUp &f) { return f.interventionId == in->id; }))
        blockers << Tr::tr("follow-ups");
    if (!blockers.isEmpty()) {
        *error = Tr::tr("\"%1\" cannot become an activity: it has %2.").arg(in->name, blockers.join(QStringLiteral(", ")));
        return nullptr;
    }
    int position = 0;
    for (const Activity &a : plan.all<Activity>()) {
        if (a.interventionId == above->id)
            position = std::max(position, a.position + 1);
    }
    Activity created;
    created.id = plan.allocateId(EntityKind::Activity);
    created.interventionId = above->id;
    created.name = in->name;
    created.start = in->start;
    created.end = in->end;
    created.status = in->status;
    created.position = position;
    ChangeList changes{Change::insert(toRecord(created))};
    moveDependents(plan, in->id, NoId, above->id, created.id, changes);
    changes << Change::remove(toRecord(*in));
    return new EditCommand(
        &document, CommandText("horisont::structure", QT_TRANSLATE_NOOP("horisont::structure", "Indent «%1»")).arg(in->name),
        changes);
}

} // namespace horisont::structure
