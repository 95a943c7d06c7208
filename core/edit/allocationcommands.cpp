#include "edit/allocationcommands.h"

#include "budget/allocationowner.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "model/schema.h"
#include "plan/itemname.h"
#include "plan/plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont::allocations {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::allocations)
};

Change amountChange(const Allocation &a, Money amount)
{
    return Change::update(EntityKind::Allocation, a.id, fieldIndex(EntityKind::Allocation, columns::amount),
                          storage::to(a.amount), storage::to(amount));
}

/// A command's name marked with QT_TRANSLATE_NOOP("horisont::allocations", …).
CommandText text(const char *source, int n = -1)
{
    return {"horisont::allocations", source, n};
}

/// What the cell is called: "UTV 2026 · 7100 Processledning · Umeåbrå".
QString cellName(const Plan &plan, const Cell &cell)
{
    Allocation a;
    a.sourceId = cell.sourceId;
    a.interventionId = cell.interventionId;
    a.organisationId = cell.organisationId;
    a.year = cell.year;
    if (cell.allocations.size() == 1) {
        if (const Allocation *only = plan.find<Allocation>(cell.allocations.first()))
            a = *only;
    }
    return recordName(plan, toRecord(a));
}

/// "Change allocation «UTV 2026 · …»", or without the name when the cell has none.
CommandText cellText(const Plan &plan, const Cell &cell, const char *withName, const char *withoutName)
{
    const QString name = cellName(plan, cell);
    return name.isEmpty() ? text(withoutName) : text(withName).arg(name);
}
} // namespace

Id accountableOrganisation(const Plan &plan, Id intervention)
{
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.interventionId == intervention && r.activityId == NoId && r.role == RaciRole::Accountable)
            return r.organisationId;
    }
    return NoId;
}

Cell findCell(const Plan &plan, Id source, Id intervention, Id organisation, int year)
{
    Cell cell;
    cell.sourceId = source;
    cell.interventionId = intervention;
    cell.organisationId = organisation != NoId || intervention == NoId ? organisation
                                                                       : accountableOrganisation(plan, intervention);
    cell.year = year;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.year != year || a.sourceId != source || (organisation != NoId && a.organisationId != organisation))
            continue;
        if (intervention != NoId && interventionOf(plan, a) != intervention)
            continue;
        cell.allocations.append(a.id);
    }
    return cell;
}

std::optional<ChangeList> cellChanges(Plan &plan, const Cell &cell, Money amount, QString *error)
{
    if (amount.isNegative()) {
        *error = Tr::tr("An allocation cannot be negative.");
        return std::nullopt;
    }
    std::vector<const Allocation *> current;
    for (Id id : cell.allocations) {
        if (const Allocation *a = plan.find<Allocation>(id))
            current.push_back(a);
    }
    ChangeList changes;
    if (current.empty()) {
        if (amount.isZero())
            return changes;
        if (cell.sourceId == NoId) {
            *error = Tr::tr("Choose a funding source before adding an allocation.");
            return std::nullopt;
        }
        Allocation a;
        a.id = plan.allocateId(EntityKind::Allocation);
        a.sourceId = cell.sourceId;
        a.interventionId = cell.interventionId;
        a.organisationId = cell.organisationId;
        a.year = cell.year;
        a.amount = amount;
        a.status = AllocationStatus::Planned;
        changes.append(Change::insert(toRecord(a)));
        return changes;
    }
    std::vector<qint64> weights;
    for (const Allocation *a : current)
        weights.push_back(std::max<qint64>(a->amount.ore(), 0));
    if (std::all_of(weights.begin(), weights.end(), [](qint64 w) { return w == 0; }))
        std::fill(weights.begin(), weights.end(), 1);
    const std::vector<Money> parts = amount.allocate(weights);
    for (std::size_t i = 0; i < current.size(); ++i) {
        const Allocation &a = *current[i];
        if (parts[i].isZero())
            changes.append(Change::remove(toRecord(a)));
        else if (parts[i] != a.amount)
            changes.append(amountChange(a, parts[i]));
    }
    return changes;
}

EditCommand *setCells(PlanDocument &document, const QList<Cell> &cells, const std::vector<Money> &amounts,
                      const QString &reason, QString *error)
{
    ChangeList all;
    int inserts = 0, removes = 0;
    for (qsizetype i = 0; i < cells.size() && std::size_t(i) < amounts.size(); ++i) {
        const std::optional<ChangeList> changes = cellChanges(document.plan(), cells[i], amounts[std::size_t(i)], error);
        if (!changes)
            return nullptr;
        for (const Change &c : *changes) {
            inserts += c.type == Change::Type::Insert;
            removes += c.type == Change::Type::Remove;
        }
        all += *changes;
    }
    if (all.isEmpty()) {
        *error = commands::unchangedMessage();
        return nullptr;
    }
    const Plan &plan = document.plan();
    CommandText name;
    if (cells.size() > 1)
        name = text(QT_TRANSLATE_N_NOOP("horisont::allocations", "Spread allocation over %n cell(s)"), int(cells.size()));
    else if (inserts == all.size())
        name = cellText(plan, cells.first(), QT_TRANSLATE_NOOP("horisont::allocations", "Add allocation «%1»"),
                        QT_TRANSLATE_NOOP("horisont::allocations", "Add allocation"));
    else if (removes == all.size())
        name = cellText(plan, cells.first(), QT_TRANSLATE_NOOP("horisont::allocations", "Remove allocation «%1»"),
                        QT_TRANSLATE_NOOP("horisont::allocations", "Remove allocation"));
    else
        name = cellText(plan, cells.first(), QT_TRANSLATE_NOOP("horisont::allocations", "Change allocation «%1»"),
                        QT_TRANSLATE_NOOP("horisont::allocations", "Change allocation"));
    return new EditCommand(&document, name, all, reason);
}

EditCommand *setCell(PlanDocument &document, const Cell &cell, Money amount, const QString &reason, QString *error)
{
    return setCells(document, {cell}, {amount}, reason, error);
}

EditCommand *markDecided(PlanDocument &document, const QList<Id> &allocations, Id decision, const QString &reason,
                         QString *error)
{
    const Plan &plan = document.plan();
    if (!plan.find<Decision>(decision)) {
        *error = Tr::tr("Choose the decision the allocations rest on.");
        return nullptr;
    }
    const int status = fieldIndex(EntityKind::Allocation, columns::status);
    const int decisionField = fieldIndex(EntityKind::Allocation, columns::decision_id);
    ChangeList changes;
    int marked = 0;
    for (Id id : allocations) {
        const Allocation *a = plan.find<Allocation>(id);
        if (!a)
            continue;
        marked += a->status != AllocationStatus::Decided || a->decisionId != decision;
        if (a->status != AllocationStatus::Decided)
            changes.append(Change::update(EntityKind::Allocation, id, status, storage::to(a->status),
                                          storage::to(AllocationStatus::Decided)));
        if (a->decisionId != decision)
            changes.append(Change::update(EntityKind::Allocation, id, decisionField,
                                          storage::to(a->decisionId), storage::to(decision)));
    }
    if (changes.isEmpty()) {
        *error = allocations.isEmpty() ? Tr::tr("Select the cells whose allocations were decided.")
                                       : commands::unchangedMessage();
        return nullptr;
    }
    const QString decisionName = shortItemName(plan, EntityKind::Decision, decision);
    const CommandText name =
        decisionName.isEmpty()
            ? text(QT_TRANSLATE_N_NOOP("horisont::allocations", "Mark %n allocation(s) as decided"), marked)
            : text(QT_TRANSLATE_N_NOOP("horisont::allocations", "Mark %n allocation(s) as decided on «%1»"), marked)
                  .arg(decisionName);
    return new EditCommand(&document, name, changes, reason);
}

} // namespace horisont::allocations
