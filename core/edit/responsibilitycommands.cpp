#include "edit/responsibilitycommands.h"

#include "edit/commands.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace horisont::responsibilities {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::responsibilities)
};

/// The intervention-level responsibilities (not an activity's) by cell.
QHash<Cell, QList<const Responsibility *>> cellsOf(const Plan &plan)
{
    QHash<Cell, QList<const Responsibility *>> cells;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.activityId == NoId)
            cells[Cell{r.interventionId, r.organisationId}] << &r;
    }
    return cells;
}
} // namespace

EditCommand *setRole(PlanDocument &document, const QList<Cell> &cells, std::optional<RaciRole> role, QString *error)
{
    if (error)
        error->clear();
    Plan &plan = document.plan();
    const QHash<Cell, QList<const Responsibility *>> current = cellsOf(plan);
    QSet<Cell> wanted;
    QHash<Id, Id> madeAccountable; // intervention → the organisation made accountable
    for (const Cell &cell : cells) {
        const Intervention *intervention = plan.find<Intervention>(cell.first);
        if (!intervention || !plan.find<Organisation>(cell.second))
            return nullptr;
        wanted.insert(cell);
        if (role != RaciRole::Accountable)
            continue;
        if (madeAccountable.value(cell.first, cell.second) != cell.second) {
            if (error)
                *error = Tr::tr("“%1” can have only one accountable organisation: choose one cell per intervention.")
                             .arg(intervention->name);
            return nullptr;
        }
        madeAccountable.insert(cell.first, cell.second);
    }
    QList<Id> removed;
    QList<Cell> added;
    for (const Cell &cell : std::as_const(wanted)) {
        const QList<const Responsibility *> here = current.value(cell);
        const bool alreadySo = role ? here.size() == 1 && here.front()->role == *role : here.isEmpty();
        if (alreadySo)
            continue;
        for (const Responsibility *r : here)
            removed << r->id;
        if (role)
            added << cell;
    }
    // Exactly one accountable: the role leaves every other organisation.
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (wanted.contains(it.key()) || !madeAccountable.contains(it.key().first))
            continue;
        for (const Responsibility *r : it.value()) {
            if (r->role == RaciRole::Accountable)
                removed << r->id;
        }
    }
    ChangeList changes = commands::removalChanges(plan, EntityKind::Responsibility, removed);
    for (const Cell &cell : std::as_const(added))
        changes << Change::insert(
            toRecord(Responsibility{plan.allocateId(EntityKind::Responsibility), cell.first, NoId, cell.second, *role}));
    if (changes.isEmpty())
        return nullptr;
    const QString text = !role                               ? Tr::tr("Clear responsibility")
                         : role == RaciRole::Accountable ? Tr::tr("Set accountable organisation")
                                                             : Tr::tr("Set responsibility");
    return new EditCommand(&document, text, changes);
}

EditCommand *setAccountable(PlanDocument &document, Id intervention, Id organisation)
{
    Plan &plan = document.plan();
    if (!plan.find<Intervention>(intervention) || (organisation != NoId && !plan.find<Organisation>(organisation)))
        return nullptr;
    // The role moves; what else each organisation does stays.
    QList<Id> removed;
    bool alreadyAccountable = false;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.interventionId != intervention || r.activityId != NoId || r.role != RaciRole::Accountable)
            continue;
        if (r.organisationId == organisation && !alreadyAccountable)
            alreadyAccountable = true;
        else
            removed << r.id;
    }
    ChangeList changes = commands::removalChanges(plan, EntityKind::Responsibility, removed);
    if (organisation != NoId && !alreadyAccountable)
        changes << Change::insert(toRecord(Responsibility{plan.allocateId(EntityKind::Responsibility), intervention,
                                                          NoId, organisation, RaciRole::Accountable}));
    return changes.isEmpty() ? nullptr : new EditCommand(&document, Tr::tr("Set accountable organisation"), changes);
}

} // namespace horisont::responsibilities
