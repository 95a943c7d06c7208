#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace horisont::serverschema {

/// Where a plan file's schema becomes a server plan's (the dialect's
/// differences themselves are in store/sqldialect). A plan on a server has the tables of the current file format, made from a plan
/// file's own schema (PRAGMA table_info, index_list, foreign_key_list): the
/// same names and columns, INTEGER as BIGINT (öre and ids are 64-bit), REAL
/// as DOUBLE PRECISION, BLOB as BYTEA, and foreign keys checked at commit (but
/// for the ledger's import_id, checked per statement as a set: setreference.h).

/// "name" quoted as an SQL identifier (the tables have "end" and "text").
QString quoted(const QString &identifier);

/// The plan's tables in a file, in the order they were created.
QStringList tables(const QSqlDatabase &sqlite);
/// A table's columns in a file, in their order.
QStringList columns(const QSqlDatabase &sqlite, const QString &table);

/// The database's register of plans (schema "horisont", table "plans"):
/// created on first use, idempotent.
QStringList registryStatements();

/// The statements that create a plan's tables in PostgreSQL schema `schema`
/// after the schema of the file open as `sqlite`; nullopt with *error when
/// the file holds a column type Horisont does not write.
std::optional<QStringList> planStatements(const QSqlDatabase &sqlite, const QString &schema, QString *error);

} // namespace horisont::serverschema
