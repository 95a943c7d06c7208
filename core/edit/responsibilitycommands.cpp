#include "edit/responsibilitycommands.h"

#include "edit/commandname.h"
#include "edit/commands.h"
#include "plan/itemname.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QHash>

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

/// `source` ("Make «%1» accountable for «%2»") with the organisation's and
/// the intervention's names; `fallback` when either has none. Both marked
/// with QT_TRANSLATE_NOOP("horisont::responsibilities", …).
CommandText cellText(const Plan &plan, Cell cell, const char *source, const char *fallback)
{
    const QString organisation = shortItemName(plan, EntityKind::Organisation, cell.second);
    const QString intervention = shortItemName(plan, EntityKind::Intervention, cell.first);
    if (organisation.isEmpty() || intervention.isEmpty())
        return {"horisont::responsibilities", fallback};
    return CommandText("horisont::responsibilities", source).arg(organisation).arg(intervention);
}

CommandText roleText(const Plan &plan, const QList<Cell> &cells, std::optional<RaciRole> role)
{
    const Cell one = cells.size() == 1 ? cells.first() : Cell{NoId, NoId};
    if (!role)
        return cellText(plan, one, QT_TRANSLATE_NOOP("horisont::responsibilities", "Clear the role of «%1» in «%2»"),
                        QT_TRANSLATE_NOOP("horisont::responsibilities", "Clear responsibility"));
    if (role == RaciRole::Accountable)
        return cellText(plan, one, QT_TRANSLATE_NOOP("horisont::responsibilities", "Make «%1» accountable for «%2»"),
                        QT_TRANSLATE_NOOP("horisont::responsibilities", "Set accountable organisation"));
    return cellText(plan, one, QT_TRANSLATE_NOOP("horisont::responsibilities", "Set the role of «%1» in «%2»"),
                    QT_TRANSLATE_NOOP("horisont::responsibilities", "Set responsibility"));
}
} // namespace

EditCommand *setRole(PlanDocument &document, const QList<Cell> &cells, std::optional<RaciRole> role, QString *error)
{
    if (error)
        error->clear();
    Plan &plan = document.plan();
    const QHash<Cell, QList<const Responsibility *>> current = cellsOf(plan);
    QList<Cell> wanted; // in the caller's order, so new rows get their ids the same way every run
    QHash<Id, Id> madeAccountable; // intervention → the organisation made accountable
    for (const Cell &cell : cells) {
        const Intervention *intervention = plan.find<Intervention>(cell.first);
        if (!intervention || !plan.find<Organisation>(cell.second))
            return nullptr;
        if (!wanted.contains(cell))
            wanted << cell;
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
    // Exactly one accountable: the role leaves every other organisation
    // (in id order, so that the command and its log lines are the same every run).
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.activityId == NoId && r.role == RaciRole::Accountable && madeAccountable.contains(r.interventionId)
            && !wanted.contains(Cell(r.interventionId, r.organisationId)))
            removed << r.id;
    }
    ChangeList changes = commands::removalChanges(plan, EntityKind::Responsibility, removed);
    for (const Cell &cell : std::as_const(added))
        changes << Change::insert(
            toRecord(Responsibility{plan.allocateId(EntityKind::Responsibility), cell.first, NoId, cell.second, *role}));
    if (changes.isEmpty())
        return nullptr;
    return new EditCommand(&document, roleText(plan, cells, role), changes);
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
    if (changes.isEmpty())
        return nullptr;
    const CommandText name =
        organisation != NoId
            ? cellText(plan, {intervention, organisation},
                       QT_TRANSLATE_NOOP("horisont::responsibilities", "Make «%1» accountable for «%2»"),
                       QT_TRANSLATE_NOOP("horisont::responsibilities", "Set accountable organisation"))
            : commandname::named(
                  plan, EntityKind::Intervention, intervention,
                  {"horisont::responsibilities",
                   QT_TRANSLATE_NOOP("horisont::responsibilities", "Remove the accountable organisation of «%1»")},
                  {"horisont::responsibilities",
                   QT_TRANSLATE_NOOP("horisont::responsibilities", "Set accountable organisation")});
    return new EditCommand(&document, name, changes);
}

} // namespace horisont::responsibilities
