#pragma once

#include "document/plandocument.h"

#include <random>

namespace horisont::test {

/// What kind of edit randomEdit drew: the generic ones any entity takes,
/// and the domain edits the views make through core's rules.
enum class RandomEdit {
    Field,       ///< commands::setField
    Copy,        ///< commands::insertRecord of a copy
    Remove,      ///< commands::remove with dependents
    Paste,       ///< structure::paste
    Arrange,     ///< structure::arrange (drag and drop) and move (Alt+↑/↓)
    Outdent,     ///< structure::outdent
    Indent,      ///< structure::indent
    Spread,      ///< allocations::setCells with the parts of a spread
    MarkDecided, ///< allocations::markDecided
    Role,        ///< responsibilities::setRole (the RACI matrix)
    Accountable, ///< responsibilities::setAccountable (the structure's column)
    Areas,       ///< structure::setAreas / setProblemAreas
    Count
};

/// Builds one random but valid edit command on the plan: a generic edit
/// (change a field, copy an entity, remove one with its dependents) or a
/// domain edit. Deterministic for a given generator state and plan. Returns
/// nullptr only for an empty plan; `drawn` says which kind it is.
QUndoCommand *randomEdit(PlanDocument &doc, std::mt19937 &random, RandomEdit *drawn = nullptr);

/// One random domain edit of `kind` (Paste … Areas), or nullptr when the
/// plan offers none this time (an indent refused, an order unchanged).
QUndoCommand *randomDomainEdit(PlanDocument &doc, RandomEdit kind, std::mt19937 &random);

} // namespace horisont::test
