#pragma once

#include "model/changelogentry.h"

#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace horisont {

/// The change_log columns, in the order readChangeLogRow() expects them:
/// "SELECT " + changeLogColumns(db) + " FROM change_log …". A file of a
/// format before scenarios (read, not migrated) gives NULL for the scenario.
QString changeLogColumns(const QSqlDatabase &db);

/// The change-log line at the current row of a query that selected changeLogColumns().
ChangeLogEntry readChangeLogRow(const QSqlQuery &query);

} // namespace horisont
