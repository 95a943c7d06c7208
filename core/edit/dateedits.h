#pragma once

#include "edit/editcommand.h"
#include "model/schema.h"

#include <QDate>
#include <QString>

#include <optional>

namespace horisont {

class Plan;
class PlanDocument;

/// The one rule for the dates of a phase, an intervention, an activity (or
/// milestone) and a governance period, and the commands that change them.
/// The property panel, the structure, the timeline, the entity lists and
/// the command line all call these, so an edit is refused or accepted alike,
/// with the same message, wherever it comes from.
///
/// The rule: both dates are real dates Horisont can mean (datebounds); a
/// period runs at least one day (end exclusive, end > start); a milestone is
/// one day, stored as end == start; a phase, an intervention and an
/// activity lie within the programme's horizon. Lying within its phase or
/// intervention is not a rule but a finding (plan checks), because a
/// planner moves a parent and its children one after the other.
namespace dates {

/// Start, end (exclusive) and whether the span is a milestone's single day.
struct Span {
    QDate start;
    QDate end;
    bool milestone = false;
    bool operator==(const Span &) const = default;
};

/// Whether this kind of item has a start/end pair that this rule governs.
bool hasDatePair(EntityKind kind);
/// Whether setting `field` of `kind` is a date edit (start, end, or an
/// activity's milestone flag) that must go through this rule.
bool isDateField(EntityKind kind, const QString &field);

/// The item's span as stored, or nullopt when it does not exist.
std::optional<Span> spanOf(const Plan &plan, EntityKind kind, Id id);

/// Why `span` cannot be the dates of an item of `kind` in `plan`; empty
/// when it can.
QString problem(const Plan &plan, EntityKind kind, const Span &span);

/// Sets the item's dates. A milestone keeps its one day: its end follows its
/// start. Refuses (nullptr, *error) a span the rule does not allow; nullptr
/// with an empty *error when nothing would change.
EditCommand *setSpan(PlanDocument &document, EntityKind kind, Id id, QDate start, QDate end, QString *error);
/// Moves the start; a milestone moves as a whole.
EditCommand *setStart(PlanDocument &document, EntityKind kind, Id id, QDate start, QString *error);
/// Sets the exclusive end; a milestone's end is its day, so this moves it.
EditCommand *setEnd(PlanDocument &document, EntityKind kind, Id id, QDate end, QString *error);
/// Sets the last day as a user reads it (the day before the exclusive end);
/// a milestone moves to that day.
EditCommand *setLastDay(PlanDocument &document, EntityKind kind, Id id, QDate lastDay, QString *error);
/// Shifts by months and days: the whole item, or (endOnly) only its end;
/// a milestone always moves as a whole.
EditCommand *shift(PlanDocument &document, EntityKind kind, Id id, int months, int days, bool endOnly,
                   QString *error);
/// Marks or unmarks an activity as a milestone: a milestone becomes the
/// day it starts; an activity that stops being one runs that one day.
EditCommand *setMilestone(PlanDocument &document, Id activity, bool milestone, QString *error);

} // namespace dates
} // namespace horisont
