#pragma once

#include <QString>

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

} // namespace horisont
