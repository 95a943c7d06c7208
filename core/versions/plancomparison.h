#pragma once

#include "model/ids.h"
#include "money/money.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QVariant>

namespace horisont {

class Plan;
struct ExportTable;

/// One difference between two states of a plan (a decided version, a
/// snapshot, a scenario, the current plan), as the Changes view, `horisont
/// diff`, the CSV/XLSX export and the packs' "Changes since" section list
/// it. Both states share the plan's ids: a version is a copy of the plan it
/// was frozen from, so an item keeps its id across versions.
struct PlanChange {
    /// What kind of change, in the order the lists group them.
    enum class Group {
        Added,          ///< an item only the later state has
        Removed,        ///< an item only the earlier state has
        Renamed,        ///< its name (or code) differs
        Moved,          ///< its parent differs: an intervention to another phase, an activity to another intervention
        Dates,          ///< its start and/or end differ; shiftDays says by how much
        Status,         ///< its status differs
        Responsibility, ///< a RACI entry added, removed or given another role (a row the matrix replaced for the same cell is one change)
        Goals,          ///< a goal's text or target date differs
        Indicators,     ///< an indicator's baseline, target or definition differs
        Decisions,      ///< a decision's body, date, reference or text differs
        Other,          ///< any other field of an item
    };
    Group group = Group::Other;
    EntityKind kind = EntityKind::Programme;
    Id id = NoId;
    /// The column that differs (kindInfo(kind).fields' name); empty for
    /// Added, Removed and a Dates change that moved both ends.
    QString field;
    /// The values in storage form (storageform.h): what the field held
    /// before and after; null for Added/Removed. A Dates change holds the
    /// start in before/after and the exclusive ends in endBefore/endAfter.
    /// A Responsibility change is always of the field "role": null before
    /// for a role given, null after for one taken back.
    QVariant before;
    QVariant after;
    QVariant endBefore;
    QVariant endAfter;
    /// Dates: how many days the item moved (its end's shift; its start's
    /// when it has no end). Positive is later.
    qint64 shiftDays = 0;
};

/// The money allocated for one year to one intervention by one
/// organisation from one source, in both states, where they differ.
struct MoneyChange {
    int year = 0;
    Id sourceId = NoId;
    Id organisationId = NoId;
    Id interventionId = NoId;
    Money before;
    Money after;
    Money change() const { return after - before; }
};

/// Everything that differs between two states of a plan.
struct PlanComparison {
    /// Every change of an item, by group, then kind, then id. Allocations
    /// are not listed one by one here: their money is in `money`; an
    /// allocation's status or decision is (Status / Other).
    QList<PlanChange> changes;
    /// Allocated amounts summed per year × source × organisation ×
    /// intervention (an activity's allocation counts for its intervention),
    /// only where before ≠ after; by year, then source, organisation,
    /// intervention id.
    QList<MoneyChange> money;
    /// Per year: all allocations before and after (every year either state
    /// allocates, also those that did not change).
    QMap<int, std::pair<Money, Money>> totalsPerYear;

    bool isEmpty() const { return changes.isEmpty() && money.isEmpty(); }
};

/// Compares two states of a plan. Sums are checked (Money throws rather than wraps).
PlanComparison comparePlans(const Plan &before, const Plan &after);

/// How a change reads, in the user's language, for lists and the command
/// line: "Trygghetsvandringar: 2024-01-01 – 2026-12-31 → 2024-03-01 –
/// 2027-02-28 (+59 days)". Dates are shown as their last day (halfopen.h),
/// references by the name of what they point at (in the state that has it),
/// money in `locale` (a pack's own; the command line's by default). `before` and `after` are the two states.
QString changeGroupTitle(PlanChange::Group group);
QString itemOfChange(const PlanChange &change, const Plan &before, const Plan &after);
QString describeChange(const PlanChange &change, const Plan &before, const Plan &after,
                       const QLocale &locale = QLocale());
QString describeMoneyChange(const MoneyChange &change, const Plan &before, const Plan &after,
                            const QLocale &locale = QLocale());
/// "2025: 1 200 000 kr → 1 250 000 kr (+50 000 kr)": one year's allocations in both states.
QString describeYearTotals(int year, Money before, Money after, const QLocale &locale = QLocale());

/// A change in words, one text per column of a list: what describeChange
/// says on one line, taken apart. `item` is the item's name alone (in the
/// later state; a removed item's in the earlier), `kind` its kind, `field`
/// the field's label ("Dates" for a Dates change of both ends; empty for
/// Added and Removed). `before` and `after` are the values as people read
/// them — a Dates change as spans of last days, a reference by name, an
/// enum by its label, money in `locale` — and empty for Added and Removed.
/// `shift` is "(+59 days)" for a Dates change that moved, else empty.
struct ChangeTexts {
    QString item;
    QString kind;
    QString field;
    QString before;
    QString after;
    QString shift;
};
ChangeTexts changeTexts(const PlanChange &change, const Plan &before, const Plan &after,
                        const QLocale &locale = QLocale());

/// The comparison as tables for CSV and XLSX: "changes" (group, kind,
/// item, field, before, after, last day before, last day after, shift in
/// days — a Dates row has its starts in before/after and the last days
/// beside them) and "money-changes" (year, source, organisation,
/// intervention, before, after, change; a totals row).
ExportTable changesTable(const PlanComparison &comparison, const Plan &before, const Plan &after);
ExportTable moneyChangesTable(const PlanComparison &comparison, const Plan &before, const Plan &after);
/// "allocated-per-year": every year either state allocates (totalsPerYear),
/// with all allocations before, after and the change; a totals row.
ExportTable yearTotalsTable(const PlanComparison &comparison);

} // namespace horisont
