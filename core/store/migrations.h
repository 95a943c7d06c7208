#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace horisont {

/// One step of the file format: the SQL that takes a file from version
/// `version - 1` to `version`. Steps are applied in order, all in one
/// transaction, when a plan is opened.
struct Migration {
    int version;
    const char *sql; ///< statements separated by ";\n"
};

/// Every migration, in order. The file format version is the size of this list.
const std::vector<Migration> &migrations();

/// The statements of one step, in order, without the empty ones (a plan
/// file runs them as they are, a plan on a server as sqldialect translates them).
QStringList statementsOf(const Migration &migration);

} // namespace horisont
