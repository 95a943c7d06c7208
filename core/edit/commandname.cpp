#include "edit/commandname.h"

#include "model/schema.h"
#include "plan/itemname.h"

#include <QCoreApplication>

namespace horisont::commandname {

CommandText named(const Plan &plan, EntityKind kind, Id id, const CommandText &withName,
                  const CommandText &withoutName)
{
    const QString name = shortItemName(plan, kind, id);
    return name.isEmpty() ? withoutName : withName.arg(name);
}

CommandText changeField(const Plan &plan, EntityKind kind, Id id, const FieldMeta &field)
{
    const CommandText label = fieldNounText(field).lowercased();
    return named(plan, kind, id,
                 CommandText("horisont::commands", QT_TRANSLATE_NOOP("horisont::commands", "Change %1 of «%2»")).arg(label),
                 CommandText("horisont::commands", QT_TRANSLATE_NOOP("horisont::commands", "Change %1")).arg(label));
}

} // namespace horisont::commandname
