#pragma once

#include "edit/editcommand.h"
#include "model/ids.h"
#include "money/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace horisont {

class Plan;
class PlanDocument;

namespace allocations {

/// One cell of an allocation grid: the allocations that make it up, and
/// where a new allocation goes when there are none.
struct Cell {
    QList<Id> allocations;
    Id sourceId = NoId;       ///< for a new allocation; required when `allocations` is empty
    Id interventionId = NoId; ///< for a new allocation (may be NoId: an organisation-level allocation)
    Id organisationId = NoId; ///< for a new allocation
    int year = 0;
};

/// The changes that make a cell hold `amount`: one allocation is updated;
/// several are given parts in proportion to their current amounts (evenly
/// when those are all zero) with largest-remainder rounding, so the parts
/// sum exactly; an empty cell gets a new, planned allocation; zero removes
/// the cell's allocations (and parts that round to zero). New ids are taken
/// from `plan`. Returns nullopt with *error set for a negative amount or an
/// empty cell without a source.
std::optional<ChangeList> cellChanges(Plan &plan, const Cell &cell, Money amount, QString *error);

/// The cell of `source` in `year` for an intervention and/or organisation
/// (NoId: any): the allocations in it — an allocation on an activity alone
/// counts for the activity's intervention — and, for a new one, the
/// intervention and the organisation (for an intervention without a given
/// organisation, its accountable one).
Cell findCell(const Plan &plan, Id source, Id intervention, Id organisation, int year);

/// The accountable organisation of an intervention (its intervention-level
/// Accountable responsibility), or NoId when it has none.
Id accountableOrganisation(const Plan &plan, Id intervention);

/// Sets one cell (see cellChanges) as one undoable command carrying
/// `reason` into the change log. nullptr (and *error) when refused or when
/// nothing would change.
EditCommand *setCell(PlanDocument &document, const Cell &cell, Money amount, const QString &reason, QString *error);

/// Sets several cells at once (a spread) as one undoable command.
EditCommand *setCells(PlanDocument &document, const QList<Cell> &cells, const std::vector<Money> &amounts,
                      const QString &reason, QString *error);

/// Marks allocations as decided on `decision` as one undoable command.
EditCommand *markDecided(PlanDocument &document, const QList<Id> &allocations, Id decision, const QString &reason,
                         QString *error);

} // namespace allocations
} // namespace horisont
