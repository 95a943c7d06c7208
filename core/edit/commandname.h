#pragma once

#include "model/commandtext.h"
#include "model/ids.h"

namespace horisont {

class Plan;
struct FieldMeta;

/// How the edit commands name themselves after the item they change, so
/// that Edit ▸ Undo, the change log and the command line all read
/// "Change end of «Trygghetsvandringar»" whoever made the edit.
namespace commandname {

/// `withName` (a text whose last argument is the item's name, "Change dates
/// of «%1»") filled with the item's name; `withoutName` for an item that
/// has none (a link, a responsibility).
CommandText named(const Plan &plan, EntityKind kind, Id id, const CommandText &withName,
                  const CommandText &withoutName);

/// "Change end of «X»", "Change project code of «X»"; "Change rationale"
/// for an item without a name.
CommandText changeField(const Plan &plan, EntityKind kind, Id id, const FieldMeta &field);

} // namespace commandname
} // namespace horisont
