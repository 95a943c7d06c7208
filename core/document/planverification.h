#pragma once

#include "document/plandocument.h"

#include <functional>
#include <future>

namespace horisont {

class SqliteStore;

/// Verifies a plan file as much as `verification` asks before it is shown
/// (see PlanDocument::Verification): "ok" or the first problem found.
QString verifyPlanFile(SqliteStore &store, PlanDocument::Verification verification);

/// The large tables (ledger, day sums, change log), which a Background
/// opening verifies on a thread of its own: "ok" or the first problem.
QString verifyLargeTables(SqliteStore &store);

/// Runs `check` on a thread and a read-only connection of its own to `file`:
/// its verdict, or why the file could not be opened.
std::future<QString> checkOnOwnConnection(const QString &file, std::function<QString(SqliteStore &)> check);

} // namespace horisont
