#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace horisont {

class Plan;

/// Which responsibilities for a whole intervention sit in which cell of the
/// RACI matrix, so that a cell's roles are found without scanning every
/// responsibility; responsibilities for single activities have no cell.
class RaciCellIndex
{
public:
    using Cell = QPair<Id, Id>; ///< intervention, organisation

    void clear();
    /// The cell the responsibility went to; nothing when it has none.
    std::optional<Cell> place(const Plan &plan, Id responsibility);
    /// The cell the responsibility was in; nothing when it had none.
    std::optional<Cell> forget(Id responsibility);
    /// The roles of a cell, in R, A, C, I order, each once.
    QList<RaciRole> roles(const Plan &plan, const Cell &cell) const;

private:
    QHash<Cell, QList<Id>> m_cells; ///< intervention-level responsibilities of each cell
    QHash<Id, Cell> m_cellOf; ///< where each of those responsibilities is
};

} // namespace horisont
