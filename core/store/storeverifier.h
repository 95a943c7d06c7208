#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace horisont {

/// Whether an open plan file is whole and of the format it claims: SQLite's
/// own checks, the file's indexes against its tables, its schema against
/// what the migrations create, and its ledger rows against what Horisont
/// writes. Reads only.
class StoreVerifier
{
public:
    explicit StoreVerifier(QSqlDatabase database);

    /// A check of references names this many rows at most.
    static constexpr qsizetype MostMissingReferencesNamed = 5;

    /// "ok", or what SQLite's quick_check (or integrity_check) reported.
    QString check(bool full);
    /// integrity_check of the named tables and their indexes only (that
    /// every index matches its table, which quick_check does not see).
    QString checkTables(const QStringList &tables);
    /// "ok" when every index of the named tables holds as many entries as
    /// its table has rows, with the same sums of keys and row ids: one
    /// sequential scan per index, where integrity_check looks up every row
    /// in every index (8 s instead of 0.2 s per million rows). It finds an
    /// index that has lost, gained or mixed up entries, or whose definition
    /// was changed under it.
    QString indexesMatchTables(const QStringList &tables);
    /// quick_check of the named tables: every page readable and well formed.
    QString checkPagesOf(const QStringList &tables);
    /// "ok", or the first rows whose foreign keys point at nothing (of one
    /// table, or of the whole file): damage, since Horisont writes with
    /// foreign keys on.
    QString foreignKeyCheck(const QString &table);
    /// The same for every table of the file but `skipped` (whose references
    /// a check of its own holds), in the order sqlite_schema lists them.
    QString foreignKeyCheckExcept(const QStringList &skipped);
    /// Empty, or why the file's tables contradict its format number (a
    /// current file whose version was set back, or never set): migrating it
    /// would fail half-way, so it is refused before anything runs.
    QString formatProblem();
    /// Empty, or how the file's tables, indexes, triggers and views differ
    /// from what the migrations to its format create: a dropped or altered
    /// index, a dropped table, a trigger that would run on every import.
    QString schemaProblem();
    /// "ok", or the first row of the ledger's imports or the change log
    /// that Horisont could not have written (a wrong type, an impossible
    /// time, an amount beyond bounds). The transactions and day sums, a
    /// million rows, are held to their rules in the one read LedgerScan
    /// makes of them.
    QString ledgerRowProblem();
    /// How a row Horisont could not have written is named.
    static QString unwrittenRow(const QString &table, qint64 row);
    /// How a row whose reference names no row of `parent` is named.
    static QString missingReference(const QString &table, qint64 row, const QString &parent);
    /// The file's format number; -1 when it cannot be read.
    int userVersion();
    /// Those of `tables` that this file has (all of them in a current file).
    QStringList tablesToRead(const QStringList &tables);

private:
    QString checkEach(const QStringList &tables, const QString &pragma);
    /// Appends foreign_key_check's rows of `table` (all tables if empty) to
    /// `problems`, up to the most named; empty, or SQLite's error.
    QString collectMissingReferences(const QString &table, QStringList *problems);

    QSqlDatabase m_database;
};

} // namespace horisont
