#pragma once

#include "model/ids.h"

#include <QString>
#include <QVariant>

namespace horisont {

class EditCommand;
class PlanDocument;

/// Turns what the user typed into a cell of the structure tree into the
/// command that makes the change.
class StructureCellEdit
{
public:
    /// The command that gives StructureModel::Column `column` of the item
    /// `value`, or none. Without a command, *refusal says why for the user;
    /// it is empty or commands::unchangedMessage() when nothing would change.
    static EditCommand *command(PlanDocument &document, EntityKind kind, Id id, int column, const QVariant &value,
                                QString *refusal);
};

} // namespace horisont
