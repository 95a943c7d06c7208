#pragma once

#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace horisont::ledgerrowrules {

// What a value of a ledger row must be for Horisont to have written it,
// read from a column of a stepped statement (the C API: a million rows
// judged in SQL cost more than SQLite's reading them). Each looks at the
// value's storage class first, before anything converts it.

/// The day of a date as yyyymmdd: TEXT of exactly "yyyy-mm-dd", a real
/// calendar day (2023-02-30 is refused, as SQL's date(julianday()) would
/// turn it into another day) from 1900-01-01 to 2201-01-01. 0 for anything else.
qint64 storedDay(sqlite3_stmt *s, int column);

/// An INTEGER greater than zero.
bool isId(sqlite3_stmt *s, int column);

/// NULL or an INTEGER greater than zero.
bool isIdOrNull(sqlite3_stmt *s, int column);

/// An INTEGER whose magnitude is below `bound`.
bool isAmountBelow(sqlite3_stmt *s, int column, qint64 bound);

/// A TEXT that is not empty.
bool isNonEmptyText(sqlite3_stmt *s, int column);

/// The ids of a small table (organisations, sources, imports), to look up
/// references of a large one without a query per row.
class IdSet
{
public:
    /// Reads the ids of `table`; false with `error` when SQLite fails.
    bool load(sqlite3 *db, const char *table, QString *error);
    /// Whether the column (NULL, or an id isIdOrNull() accepted) is NULL or
    /// names a row of the table.
    bool holdsOrNull(sqlite3_stmt *s, int column) const;

private:
    std::vector<qint64> m_ids; ///< sorted: a few thousand at most, binary search is cache-friendly
};

} // namespace horisont::ledgerrowrules
