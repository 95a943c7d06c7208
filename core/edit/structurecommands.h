#pragma once

#include "edit/editcommand.h"

#include <QDate>
#include <QList>

namespace horisont {

class PlanDocument;

/// Commands that shape the phase → intervention → activity tree.
namespace structure {

/// Puts `children` (phases: parent NoId; interventions: a phase; activities:
/// an intervention) under `parent` in exactly this order, moving those that
/// come from elsewhere. Returns nullptr when nothing would change.
EditCommand *arrange(PlanDocument &document, EntityKind kind, Id parent, const QList<Id> &children,
                     const QString &text);

/// Moves one item up (-1) or down (+1) among its siblings; nullptr at an end.
EditCommand *move(PlanDocument &document, EntityKind kind, Id id, int step);

/// A new phase after the last one, a new intervention at the end of a phase,
/// or a new activity (or milestone) at the end of an intervention, with
/// dates taken from its parent. `name` is used as given.
EditCommand *addPhase(PlanDocument &document, const QString &name);
EditCommand *addIntervention(PlanDocument &document, Id phase, const QString &name);
EditCommand *addActivity(PlanDocument &document, Id intervention, const QString &name, bool milestone);

/// Copies phases, interventions or activities — with everything below them,
/// their responsibilities and targeted areas, but not their money — under
/// `target` (NoId for phases; a phase for interventions; an intervention for
/// activities). Copied interventions get no project code (codes are unique).
EditCommand *paste(PlanDocument &document, EntityKind kind, const QList<Id> &ids, Id target);

/// Sets start and end together (end exclusive; a milestone keeps end == start).
/// Refuses (nullptr, *error) an end before the start.
EditCommand *setDates(PlanDocument &document, EntityKind kind, Id id, QDate start, QDate end, QString *error);

/// Makes `organisation` the one accountable organisation of an intervention
/// (NoId: none), replacing any other.
EditCommand *setAccountable(PlanDocument &document, Id intervention, Id organisation);

/// Makes exactly these areas the ones an intervention targets.
EditCommand *setAreas(PlanDocument &document, Id intervention, const QList<Id> &areas);

/// Makes exactly these areas the ones where a problem shows.
EditCommand *setProblemAreas(PlanDocument &document, Id problem, const QList<Id> &areas);

} // namespace structure
} // namespace horisont
