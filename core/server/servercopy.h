#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

namespace horisont::servercopy {

/// Rows from a plan file into a plan on a server with PostgreSQL's COPY
/// (through libpq, a megabyte at a time): hundreds of thousands of rows a
/// second, where one INSERT a row manages a few thousand. Inside the
/// server's open transaction, which rolls everything back on failure.

/// The rows of `table` in `file` that `where` selects (an SQL condition on
/// the file's table, `?` bound to `bind`; empty for every row) into
/// `serverTable` (quoted, qualified where the search path does not find
/// it). `rowDone` hears of each row (false stops the copy: *state is then
/// CancelledState). False with *error (the server's words, its SQLSTATE in
/// *state when it gave one).
bool copyRows(QSqlDatabase &server, const QSqlDatabase &file, const QString &table, const QString &serverTable,
              const QString &where, const QVariant &bind, const std::function<bool(qint64 row)> &rowDone,
              QString *error, QString *state);

/// Import batch `batch` of `file` (where it may still be uncommitted): its
/// batch row, transactions and day sums, into the plan the server's search
/// path names. `progress` hears of the transactions copied (done, in all).
bool copyImport(QSqlDatabase &server, const QSqlDatabase &file, qint64 batch,
                const std::function<bool(qint64 done, qint64 total)> &progress, QString *error, QString *state);

/// The *state of a copy its progress cancelled.
inline const QString CancelledState = QStringLiteral("cancelled");

} // namespace horisont::servercopy
