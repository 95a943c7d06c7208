#pragma once

#include <QString>

struct sqlite3;

namespace horisont::daysumcheck {

/// One group of the day sums' key (import, source, organisation,
/// intervention, day, unassigned) where the transactions and ledger_day
/// disagree: in rows, in sum, in their first row, or in how many day sums
/// it has (exactly one).
struct Disagreement {
    bool found = false;
    QString import;
    QString source, organisation, intervention; ///< ids, or empty for none
    QString day;
    qint64 transactionRows = 0, transactionOre = 0;
    qint64 summedRows = 0, summedOre = 0;
    int daySums = 0;
};

/// Holds every transaction against the day sums, group by group, in one
/// scan of each table: first as sorted arrays of seeded group fingerprints
/// (cache-friendly: a hash of a million keys spent more time on memory than
/// SQLite on reading), and only when they disagree again exactly, with a
/// hash of the groups, to name the first one (the day sums have no index on
/// their whole key, and sorting a million transactions in SQLite took thirty
/// times as long as reading them). Returns false with `error` when SQLite
/// fails; otherwise `*first` is the first disagreeing group in key order
/// (found), or not found when every group agrees.
bool firstDisagreement(sqlite3 *db, Disagreement *first, QString *error);

} // namespace horisont::daysumcheck
