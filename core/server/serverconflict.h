#pragma once

#include "model/commandtext.h"

#include <QString>

namespace horisont {

class Plan;
struct ServerConflict;

/// Why an edit of a server plan was refused, for the one who made it:
/// the command, who changed what in between, when, and to what. `plan` is
/// the plan as the refused edit saw it (it still names a removed item).
QString conflictMessage(const ServerConflict &conflict, const Plan &plan, const CommandText &command);

} // namespace horisont
