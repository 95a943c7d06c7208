#pragma once

#include "model/ids.h"
#include "server/serverroles.h"

#include <QString>

class QAction;
class QWidget;

namespace horisont {

class PlanDocument;

/// What the user may change in the open plan: the one place the window asks,
/// so that every button, menu entry, cell and property editor agrees. A plan
/// file allows everything unless it is read-only; a plan on a server also
/// asks the user's role (core serverroles::mayWrite, which the database's
/// GRANTs follow), so the window never offers what the server would refuse.
namespace rolegate {

/// What has no item kind of its own.
enum class Work {
    LedgerImport, ///< importing actual spending, removing an import
    Versions,     ///< freezing and deleting versions
};

bool mayChange(const PlanDocument &document, EntityKind kind);
bool mayDo(const PlanDocument &document, Work work);

/// Why the role does not allow it, naming the roles that do (for a
/// tooltip); empty when it does, or when only the read-only state forbids
/// it (the read-only bar says that).
QString whyNot(const PlanDocument &document, EntityKind kind);
QString whyNot(const PlanDocument &document, Work work);

/// Enables the control when the user may (and `otherwise` holds); when the
/// role forbids it, disables it with whyNot() as its tooltip.
void gate(QWidget &control, const PlanDocument &document, EntityKind kind, bool otherwise = true);
void gate(QWidget &control, const PlanDocument &document, Work work, bool otherwise = true);
void gate(QAction &action, const PlanDocument *document, Work work, bool otherwise = true);

/// The role in the user's language ("editor", "redaktör").
QString roleLabel(serverroles::Role role);

} // namespace rolegate
} // namespace horisont
