#pragma once

#include "document/plandocument.h"

namespace horisont {

class SqliteStore;

/// Verifies a plan file as much as `verification` asks before it is shown
/// (see PlanDocument::Verification): "ok" or the first problem found.
QString verifyPlanFile(SqliteStore &store, PlanDocument::Verification verification);

/// The large tables (ledger, day sums, change log), which a Background
/// opening verifies on a thread of its own: "ok" or the first problem.
QString verifyLargeTables(SqliteStore &store);

} // namespace horisont
