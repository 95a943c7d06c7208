#pragma once

#include <QString>
#include <QStringList>

namespace horisont::setreference {

/// A reference of a plan on a server that the database checks once per
/// statement, for all the statement's rows as one set, instead of by a
/// foreign key, which checks each row on its own: for a column a ledger
/// import fills by the million. It refuses what the foreign key refused,
/// with the foreign key's SQLSTATE, name and words (setreference.cpp says
/// how, and why a concurrent delete cannot slip between).

/// Whether `table`.`column` of a plan is checked so (else by a foreign key).
bool appliesTo(const QString &table, const QString &column);

/// The statements that make `table`.`column` (BIGINT) of the plan in schema
/// `schema` refer to `target`.`targetColumn`: run after every table exists,
/// as the owner of the plan's tables.
QStringList statements(const QString &schema, const QString &table, const QString &column, const QString &target,
                       const QString &targetColumn);

} // namespace horisont::setreference
