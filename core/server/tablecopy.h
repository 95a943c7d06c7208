#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace horisont::tablecopy {

/// Copies every row of `fromTable` in `from` into `toTable` in `to`, the
/// named columns as they are; both tables are given quoted (and qualified
/// where need be). Works between a plan file and a server plan in either
/// direction, inside whatever transactions the caller holds. False with
/// *error naming the table (and the row that was refused).
bool copyRows(const QSqlDatabase &from, const QString &fromTable, QSqlDatabase to, const QString &toTable,
              const QStringList &columns, QString *error);

} // namespace horisont::tablecopy
