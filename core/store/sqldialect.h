#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace horisont::sqldialect {

/// The one place where SQLite's SQL and PostgreSQL's differ. A plan file is
/// SQLite; a plan on a server is PostgreSQL with the same tables (made by
/// serverschema from the file's own schema with postgresType()); the few
/// statements that run on both (a version frozen, a scenario made, an id
/// handed out) ask here for what is written differently.

/// Whether `db` is a PostgreSQL connection (else SQLite).
bool isPostgres(const QSqlDatabase &db);

/// Whether the plan's table `table` exists (a file of an older format lacks some).
bool hasTable(const QSqlDatabase &db, const QString &table);

/// The larger of two values in an expression: SQLite's max(a, b), PostgreSQL's GREATEST(a, b).
QString greatest(const QSqlDatabase &db, const QString &a, const QString &b);

/// Foreign keys checked at commit instead of per statement, for a write
/// whose items refer to each other (a scenario promoted): SQLite's pragma;
/// on a server plan they are declared INITIALLY DEFERRED already.
bool deferForeignKeys(QSqlDatabase &db, QString *error);

/// A column type of a plan file as PostgreSQL writes it: INTEGER as BIGINT
/// (öre and ids are 64-bit), REAL as DOUBLE PRECISION, BLOB as BYTEA, TEXT
/// as TEXT; nullopt for a type Horisont does not write.
std::optional<QString> postgresType(const QString &sqliteType);

/// A statement of a file-format step (migrations.h) as it runs on a plan on
/// a server, so that what a step makes there is what publishing a file of the
/// new format makes: a column's type as postgresType() gives it, a reference
/// checked at commit. Other statements (indexes, rows) are the same in both.
/// nullopt with *error for what cannot be carried over: a PRAGMA, a type
/// Horisont does not write, a column declared UNIQUE inline (publishing names
/// the unique indexes it makes of those itself: a step writes CREATE UNIQUE INDEX).
std::optional<QString> postgresStatement(const QString &sqliteStatement, QString *error);

} // namespace horisont::sqldialect
