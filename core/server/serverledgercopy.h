#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace horisont::serverledgercopy {

/// Copies import batch `batch` from a plan file (`replica`, where it may
/// still be uncommitted) to the server plan `server` is connected to (its
/// search path the plan's schema), inside the server's open transaction:
/// the batch row, its transactions and its day sums, with PostgreSQL's COPY
/// through libpq, a megabyte at a time. False with *error (the server's
/// words, with its SQLSTATE in *state when it gave one); the caller's
/// transaction then rolls everything back.
/// `progress` hears of the transactions copied (done, in all); when it
/// returns false the copy stops and *state is CancelledState.
bool copyImport(QSqlDatabase &server, const QSqlDatabase &replica, qint64 batch,
                const std::function<bool(qint64 done, qint64 total)> &progress, QString *error, QString *state);

/// The *state of a copy its progress cancelled.
inline const QString CancelledState = QStringLiteral("cancelled");

} // namespace horisont::serverledgercopy
