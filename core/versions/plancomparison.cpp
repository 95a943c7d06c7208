#include "versions/plancomparison.h"

#include "budget/allocationowner.h"
#include "model/columns.h"
#include "model/schema.h"
#include "plan/plan.h"

#include <QDate>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

// What differs between two states of a plan. The texts and tables that
// show a comparison are in plancomparisontexts.cpp.

namespace horisont {
namespace {

using Group = PlanChange::Group;

/// The fields of a kind's span — its start and exclusive end — which one
/// Dates change covers together; -1 for a kind without both.
struct SpanFields {
    int start = -1;
    int end = -1;
    bool exists() const { return start >= 0; }
};

SpanFields spanFieldsOf(EntityKind kind)
{
    // Each kind with a span calls its two ends by one of these pairs.
    static const std::pair<Column, Column> pairs[] = {
        {columns::start, columns::end},
        {columns::start, columns::horizon_end},
        {columns::valid_from, columns::valid_until},
        {columns::period_start, columns::period_end},
    };
    const KindInfo &info = kindInfo(kind);
    for (const auto &[start, end] : pairs) {
        const int s = info.fieldIndex(start), e = info.fieldIndex(end);
        if (s >= 0 && e >= 0)
            return {s, e};
    }
    return {};
}

/// The reference that places an item under another in a tree: moving it
/// elsewhere is a move, not an edit of a field.
bool isParentField(EntityKind kind, const QString &field)
{
    return (kind == EntityKind::Intervention && field == columns::phase_id)
           || (kind == EntityKind::Activity && field == columns::intervention_id)
           || (kind == EntityKind::Goal && field == columns::parent_goal_id)
           || (kind == EntityKind::Cause && field == columns::parent_cause_id)
           || (kind == EntityKind::Organisation && field == columns::parent_id);
}

/// An allocation's amount and what it is counted under: these changes show
/// as money (PlanComparison::money), not one by one.
bool countsAsMoney(EntityKind kind, const QString &field)
{
    if (kind != EntityKind::Allocation)
        return false;
    for (const Column &column : {columns::amount, columns::year, columns::source_id, columns::organisation_id,
                                 columns::intervention_id, columns::activity_id}) {
        if (field == column)
            return true;
    }
    return false;
}

Group groupOf(EntityKind kind, const QString &field)
{
    if (field == columns::name || field == columns::short_name || field == columns::code)
        return Group::Renamed;
    if (isParentField(kind, field))
        return Group::Moved;
    if (field == columns::status)
        return Group::Status;
    switch (kind) {
    case EntityKind::Responsibility:
        return Group::Responsibility;
    case EntityKind::Goal:
        return Group::Goals;
    case EntityKind::Indicator:
    case EntityKind::Measurement:
        return Group::Indicators;
    case EntityKind::Decision:
        return Group::Decisions;
    default:
        return Group::Other;
    }
}

PlanChange changeOf(Group group, EntityKind kind, Id id, const QString &field = {}, const QVariant &before = {},
                    const QVariant &after = {})
{
    PlanChange change;
    change.group = group;
    change.kind = kind;
    change.id = id;
    change.field = field;
    change.before = before;
    change.after = after;
    return change;
}

/// Days from one stored date to another; nullopt unless both are dates.
std::optional<qint64> daysBetween(const QVariant &from, const QVariant &to)
{
    QDate a, b;
    storage::from(from, a);
    storage::from(to, b);
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    return a.daysTo(b);
}

/// One change for a span whose start and/or end moved.
std::optional<PlanChange> spanChange(const Record &before, const Record &after, SpanFields span)
{
    const QVariant &startBefore = before.values.at(span.start), &startAfter = after.values.at(span.start);
    const QVariant &endBefore = before.values.at(span.end), &endAfter = after.values.at(span.end);
    const bool startMoved = startBefore != startAfter, endMoved = endBefore != endAfter;
    if (!startMoved && !endMoved)
        return std::nullopt;
    const KindInfo &info = kindInfo(before.kind);
    PlanChange change = changeOf(Group::Dates, before.kind, before.id);
    if (startMoved != endMoved)
        change.field = info.fields.at(startMoved ? span.start : span.end).name;
    change.before = startBefore;
    change.after = startAfter;
    change.endBefore = endBefore;
    change.endAfter = endAfter;
    // How far the item moved is where it now ends; an item without an end moved with its start.
    change.shiftDays = daysBetween(endBefore, endAfter).value_or(daysBetween(startBefore, startAfter).value_or(0));
    return change;
}

void compareItem(const Record &before, const Record &after, QList<PlanChange> &out)
{
    const KindInfo &info = kindInfo(before.kind);
    const SpanFields span = spanFieldsOf(before.kind);
    for (int f = 0; f < info.fields.size(); ++f) {
        const QString &field = info.fields.at(f).name;
        // A position is only the order among siblings: reordering changes no item.
        if (before.values.at(f) == after.values.at(f) || f == span.start || f == span.end
            || field == columns::position || countsAsMoney(before.kind, field))
            continue;
        out << changeOf(groupOf(before.kind, field), before.kind, before.id, field, before.values.at(f),
                        after.values.at(f));
    }
    if (span.exists()) {
        if (std::optional<PlanChange> change = spanChange(before, after, span))
            out << *change;
    }
}

/// A RACI cell: intervention, activity (NoId: the whole intervention), organisation.
using RaciCell = std::tuple<Id, Id, Id>;

RaciCell cellOf(const Responsibility &r)
{
    return {r.interventionId, r.activityId, r.organisationId};
}

PlanChange roleChange(Id id, std::optional<RaciRole> before, std::optional<RaciRole> after)
{
    const auto stored = [](std::optional<RaciRole> role) { return role ? storage::to(*role) : QVariant(); };
    return changeOf(Group::Responsibility, EntityKind::Responsibility, id, columns::role, stored(before),
                    stored(after));
}

/// Responsibilities only one state has. The RACI matrix gives a cell another
/// role by replacing its row, so a row removed and one added for the same
/// cell are that cell's role changing (no change when the role is the
/// same); the rest are roles given (before null) or taken back (after null).
void addRoleChanges(const QList<Responsibility> &removed, const QList<Responsibility> &added,
                    QList<PlanChange> &out)
{
    std::multimap<RaciCell, Responsibility> gone; // a cell may hold two rows (A and R)
    for (const Responsibility &r : removed)
        gone.emplace(cellOf(r), r);
    for (const Responsibility &now : added) {
        const auto [first, last] = gone.equal_range(cellOf(now));
        auto was = std::find_if(first, last, [&](const auto &entry) { return entry.second.role == now.role; });
        if (was == last)
            was = first;
        if (was == last) {
            out << roleChange(now.id, std::nullopt, now.role);
            continue;
        }
        if (was->second.role != now.role)
            out << roleChange(now.id, was->second.role, now.role);
        gone.erase(was);
    }
    for (const auto &[cell, was] : gone)
        out << roleChange(was.id, was.role, std::nullopt);
}

/// Items only one state has: Added or Removed, but an allocation's money is
/// in PlanComparison::money and a responsibility is a role (addRoleChanges).
void addPresence(const QList<Record> &onlyBefore, const QList<Record> &onlyAfter, QList<PlanChange> &out)
{
    const auto list = [&](const QList<Record> &records, Group group) {
        QList<Responsibility> roles;
        for (const Record &record : records) {
            if (record.kind == EntityKind::Responsibility)
                roles << fromRecord<Responsibility>(record);
            else if (record.kind != EntityKind::Allocation)
                out << changeOf(group, record.kind, record.id);
        }
        return roles;
    };
    const QList<Responsibility> rolesBefore = list(onlyBefore, Group::Removed);
    addRoleChanges(rolesBefore, list(onlyAfter, Group::Added), out);
}

QList<PlanChange> itemChanges(const Plan &before, const Plan &after)
{
    // Both snapshots are in kind and id order: one pass pairs them up.
    const QList<Record> was = before.snapshot(), is = after.snapshot();
    const auto key = [](const Record &r) { return std::pair(int(r.kind), r.id); };
    QList<PlanChange> changes;
    QList<Record> onlyBefore, onlyAfter;
    qsizetype i = 0, j = 0;
    while (i < was.size() || j < is.size()) {
        if (j == is.size() || (i < was.size() && key(was.at(i)) < key(is.at(j))))
            onlyBefore << was.at(i++);
        else if (i == was.size() || key(is.at(j)) < key(was.at(i)))
            onlyAfter << is.at(j++);
        else
            compareItem(was.at(i++), is.at(j++), changes);
    }
    addPresence(onlyBefore, onlyAfter, changes);
    std::stable_sort(changes.begin(), changes.end(), [](const PlanChange &a, const PlanChange &b) {
        return std::tie(a.group, a.kind, a.id, a.field) < std::tie(b.group, b.kind, b.id, b.field);
    });
    return changes;
}

/// year, source, organisation, intervention: ordered as the money list is.
using MoneyKey = std::tuple<int, Id, Id, Id>;
using MoneyBeforeAfter = std::map<MoneyKey, std::pair<Money, Money>>;

void sumAllocations(const Plan &plan, Money std::pair<Money, Money>::*side, MoneyBeforeAfter &sums)
{
    for (const Allocation &a : plan.all<Allocation>())
        sums[{a.year, a.sourceId, a.organisationId, interventionOf(plan, a)}].*side += a.amount;
}

} // namespace

PlanComparison comparePlans(const Plan &before, const Plan &after)
{
    PlanComparison comparison;
    comparison.changes = itemChanges(before, after);
    MoneyBeforeAfter sums;
    sumAllocations(before, &std::pair<Money, Money>::first, sums);
    sumAllocations(after, &std::pair<Money, Money>::second, sums);
    for (const auto &[key, amounts] : sums) {
        const auto &[year, source, organisation, intervention] = key;
        auto &yearTotals = comparison.totalsPerYear[year];
        yearTotals.first += amounts.first;
        yearTotals.second += amounts.second;
        if (amounts.first != amounts.second)
            comparison.money << MoneyChange{year, source, organisation, intervention, amounts.first, amounts.second};
    }
    return comparison;
}

} // namespace horisont
