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
                     const CommandText &name);

/// Moves one item up (-1) or down (+1) among its siblings; nullptr at an end.
EditCommand *move(PlanDocument &document, EntityKind kind, Id id, int step);

/// A new phase after the last one, a new intervention at the end of a phase,
/// or a new activity (or milestone) at the end of an intervention, with
/// dates taken from its parent. `name` is used as given. A first phase of a
/// programme without a start begins on 1 January of `today`'s year.
EditCommand *addPhase(PlanDocument &document, const QString &name, const QDate &today);
EditCommand *addIntervention(PlanDocument &document, Id phase, const QString &name);
EditCommand *addActivity(PlanDocument &document, Id intervention, const QString &name, bool milestone);
/// A new activity (or milestone) with these dates at the end of an
/// intervention, refused (nullptr, *error) under the one date rule
/// (dates::problem) like any date edit.
EditCommand *addActivity(PlanDocument &document, Id intervention, const QString &name, bool milestone, QDate start,
                         QDate end, QString *error);

/// Copies phases, interventions or activities — with everything below them,
/// their responsibilities and targeted areas, but not their money — under
/// `target` (NoId for phases; a phase for interventions; an intervention for
/// activities). Copied interventions get no project code (codes are unique).
EditCommand *paste(PlanDocument &document, EntityKind kind, const QList<Id> &ids, Id target);

/// Makes exactly these areas the ones an intervention targets.
EditCommand *setAreas(PlanDocument &document, Id intervention, const QList<Id> &areas);

/// Makes exactly these areas the ones where a problem shows.
EditCommand *setProblemAreas(PlanDocument &document, Id problem, const QList<Id> &areas);

} // namespace structure
} // namespace horisont
