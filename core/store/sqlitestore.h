#pragma once

#include "edit/change.h"
#include "model/changelogentry.h"
#include "store/storeverifier.h"

#include "store/preparedqueries.h"

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

    /// Whether the file is whole and of the format it claims; StoreVerifier
    /// says what each check finds.
    QString check(bool full = false) { return verifier().check(full); }
    QString checkTables(const QStringList &tables) { return verifier().checkTables(tables); }
    QString indexesMatchTables(const QStringList &tables) { return verifier().indexesMatchTables(tables); }
    QString checkPagesOf(const QStringList &tables) { return verifier().checkPagesOf(tables); }
    QString foreignKeyCheck(const QString &table = QString()) { return verifier().foreignKeyCheck(table); }
    QString foreignKeyCheckExcept(const QStringList &skipped) { return verifier().foreignKeyCheckExcept(skipped); }
    QString formatProblem() { return verifier().formatProblem(); }
    QString schemaProblem() { return verifier().schemaProblem(); }
    QString ledgerRowProblem() { return verifier().ledgerRowProblem(); }
    int userVersion() { return verifier().userVersion(); }
    /// The tables that hold the plan's structure (loaded into memory) and
    /// those that can grow large (ledger, imports, change log).
    static QStringList structureTables();
    static QStringList bulkTables();

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
    /// Applies `changes` to the plan's tables and keeps their ids as handed
    /// out (idhighwater): only inside writeWith's statements, for a write
    /// that changes the plan together with other tables.
    bool applyInTransaction(const ChangeList &changes, QString *error);
    QList<ChangeLogEntry> changeLog(int limit = -1) const;

    /// Makes writeWith() (and write()) refuse with `reason`: a replica of a
    /// plan on a server is written only with what the server committed
    /// (ServerLink), never on its own. An empty reason lifts the refusal.
    void refuseWrites(const QString &reason) { m_refusal = reason; }
    QString writeRefusal() const { return m_refusal; }

    /// Writes a consistent copy with VACUUM INTO under a temporary name,
    /// then renames it over `target`.
    bool saveCopy(const QString &target, QString *error);

private:
    StoreVerifier verifier() const;
    bool exec(const QString &sql, QString *error);
    QSqlQuery &prepared(const QString &sql);
    bool applyChange(const Change &change, QString *error);
    bool appendLog(const ChangeLogEntry &entry, QString *error);

    QString m_connection;
    bool m_readOnly = true;
    QString m_refusal;
    PreparedQueries m_statements;
};

/// Lifts a store's refuseWrites() for as long as it lives: a replica
/// writing what its server committed.
class RefusalLifted
{
public:
    explicit RefusalLifted(SqliteStore &store) : m_store(store), m_refusal(store.writeRefusal()) { store.refuseWrites({}); }
    ~RefusalLifted() { m_store.refuseWrites(m_refusal); }
    RefusalLifted(const RefusalLifted &) = delete;
    RefusalLifted &operator=(const RefusalLifted &) = delete;

private:
    SqliteStore &m_store;
    QString m_refusal;
};

} // namespace horisont
