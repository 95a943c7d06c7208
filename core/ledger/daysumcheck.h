#pragma once

#include <QByteArray>
#include <QString>

#include <tuple>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace horisont::daysumcheck {

/// The day sums' key of a transaction or day sum: import, source,
/// organisation, intervention (-1 for none), day (yyyymmdd) and unassigned.
struct GroupKey {
    qint64 import, source, organisation, intervention;
    qint64 day;
    qint64 unassigned;
    bool operator==(const GroupKey &) const = default;
    auto tied() const { return std::tie(import, day, source, organisation, intervention, unassigned); }
};

/// The key of a row read with transactionSql() or DaySql, whose `day`
/// was read from its column 4.
GroupKey keyOf(sqlite3_stmt *s, qint64 day);

/// A 64-bit fingerprint of a group's key under `seed`: a seed chosen anew
/// for every check, so that no stored data can be made to collide on purpose.
quint64 fingerprint(const GroupKey &key, quint64 seed);

/// A transaction or day sum as the quick check compares them.
struct Entry {
    quint64 group; ///< fingerprint() of its key
    qint64 rows, ore, first; ///< a day sum's; for a transaction: 1, its amount, its id
    bool operator<(const Entry &other) const { return group < other.group; }
};

/// What is read of each table, in this column order: import_id, source_id,
/// organisation_id, intervention_id, date, unassigned (isUnassigned() in
/// SQL), amount, id, identity.
QByteArray transactionSql();
/// import_id, source_id, organisation_id, intervention_id, date,
/// unassigned, row_count, amount, first_id, id.
inline constexpr const char *DaySql = "SELECT import_id, source_id, organisation_id, intervention_id, date, unassigned, "
                                      "row_count, amount, first_id, id FROM ledger_day";

/// One group of the day sums' key where the transactions and ledger_day
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

/// The quick answer for a whole ledger, from one entry per row of each
/// table (LedgerScan reads them): sorted and walked side by side — no hash
/// of a million keys scattered over memory, which spent more time on memory
/// than SQLite on reading. Two groups sharing a fingerprint only make it
/// say "disagree", after which firstDisagreement() decides and names the
/// group. Sorts both in place.
bool everyGroupAgrees(std::vector<Entry> &days, std::vector<Entry> &transactions);

/// Holds every transaction against the day sums exactly, with a hash of
/// the groups, to name the first one that disagrees: one more scan of each
/// table, run only when everyGroupAgrees() said no (the day sums have no
/// index on their whole key, and sorting a million transactions in SQLite
/// took thirty times as long as reading them). Returns false with `error`
/// when SQLite fails; otherwise `*first` is the first disagreeing group in
/// key order (found), or not found when every group agrees.
bool firstDisagreement(sqlite3 *db, Disagreement *first, QString *error);

} // namespace horisont::daysumcheck
