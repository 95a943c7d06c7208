#pragma once

#include "model/schema.h"

#include <QString>
#include <QVariant>

namespace horisont {

class EditCommand;
class PlanDocument;

/// commands::setField, the command named as the forms name the field and in
/// the user's language ("Change project code", "Ändra projektkod"): what
/// Edit ▸ Undo and the change log show. Core can only name it after the
/// column ("Change code").
EditCommand *setFieldCommand(PlanDocument &document, EntityKind kind, Id id, const QString &field,
                             const QVariant &value, QString *error = nullptr);

} // namespace horisont
