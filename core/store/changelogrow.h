#pragma once

#include "model/changelogentry.h"

#include <QString>

class QSqlQuery;

namespace horisont {

/// The change_log columns, in the order readChangeLogRow() expects them:
/// "SELECT " + changeLogColumns() + " FROM change_log …".
QString changeLogColumns();

/// The change-log line at the current row of a query that selected changeLogColumns().
ChangeLogEntry readChangeLogRow(const QSqlQuery &query);

} // namespace horisont
