#pragma once

#include "edit/editcommand.h"
#include "model/enums.h"
#include "model/ids.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace horisont {

class PlanDocument;

/// The RACI rule of an intervention, in one place for the matrix, the
/// structure's "accountable" column and the properties: a cell (an
/// intervention and an organisation) holds the role it was last given, and
/// an intervention has at most one accountable organisation, so making one
/// accountable takes that role from any other.
namespace responsibilities {

/// An intervention and an organisation: one cell of the RACI matrix.
using Cell = QPair<Id, Id>;

/// Gives every cell exactly `role` (nullopt: clears them). Refuses
/// (nullptr, *error) making two organisations of one intervention
/// accountable at once. nullptr with an empty *error when nothing would change.
EditCommand *setRole(PlanDocument &document, const QList<Cell> &cells, std::optional<RaciRole> role,
                     QString *error = nullptr);

/// Makes `organisation` the one accountable organisation of an intervention
/// (NoId: none), as the structure's "accountable" column does: the role
/// leaves every other organisation, and the other roles of each stay (where
/// setRole would make the cell exactly A).
EditCommand *setAccountable(PlanDocument &document, Id intervention, Id organisation);

} // namespace responsibilities
} // namespace horisont
