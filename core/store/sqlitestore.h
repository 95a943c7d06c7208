#pragma once

#include "edit/change.h"
#include "model/changelogentry.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace horisont {

class Plan;

/// The SQLite file of one plan. Knows SQL; knows nothing of commands or
/// undo. Every write happens inside one transaction.
class SqliteStore
{
public:
    SqliteStore();
    ~SqliteStore();
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    /// Opens an existing file. With readOnly the file is opened with
    /// SQLITE_OPEN_READONLY and can never be written.
    bool open(const QString &path, bool readOnly, QString *error);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase database() const;

    /// "ok", or what SQLite's quick_check (or integrity_check) reported.
    QString check(bool full = false);
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
    /// The tables that hold the plan's structure (loaded into memory) and
    /// those that can grow large (ledger, imports, change log).
    static QStringList structureTables();
    static QStringList bulkTables();
    /// "ok", or the first rows whose foreign keys point at nothing (of one
    /// table, or of the whole file): damage, since Horisont writes with
    /// foreign keys on.
    QString foreignKeyCheck(const QString &table = QString());
    /// Empty, or why the file's tables contradict its format number (a
    /// current file whose version was set back, or never set): migrating it
    /// would fail half-way, so it is refused before anything runs.
    QString formatProblem();
    /// Empty, or how the file's tables, indexes, triggers and views differ
    /// from what the migrations to its format create: a dropped or altered
    /// index, a dropped table, a trigger that would run on every import.
    QString schemaProblem();
    /// "ok", or the first row of the ledger, its imports or the change log
    /// that Horisont could not have written (a wrong type, an impossible
    /// date or time, an amount beyond bounds, an empty identity). One scan.
    QString ledgerRowProblem();
    int userVersion();

    /// Creates the schema in a newly created, empty file.
    bool initialise(QString *error);
    /// Applies the migrations after the file's version, in one transaction.
    bool migrate(QString *error);

    bool load(Plan &plan, QString *error);
    bool write(const ChangeList &changes, const QList<ChangeLogEntry> &log, QString *error);
    /// Runs `statements` (false with *error refuses) and appends `log` in one
    /// transaction: all of it reaches the file, or none. For the ledger's own
    /// tables, which are not entities (removing an import).
    bool writeWith(const std::function<bool(QSqlDatabase &db, QString *error)> &statements,
                   const QList<ChangeLogEntry> &log, QString *error);
    QList<ChangeLogEntry> changeLog(int limit = -1) const;

    /// Writes a consistent copy with VACUUM INTO under a temporary name,
    /// then renames it over `target`.
    bool saveCopy(const QString &target, QString *error);

private:
    bool exec(const QString &sql, QString *error);
    /// Those of `tables` that this file has (all of them in a current file).
    QStringList tablesToRead(const QStringList &tables);
    QString checkEach(const QStringList &tables, const QString &pragma);
    QSqlQuery &prepared(const QString &sql);
    bool applyChange(const Change &change, QString *error);
    bool appendLog(const ChangeLogEntry &entry, QString *error);

    QString m_connection;
    bool m_readOnly = true;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace horisont
