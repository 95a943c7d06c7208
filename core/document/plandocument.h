#pragma once

#include "edit/change.h"
#include "ledger/ledger.h"
#include "plan/plan.h"
#include "store/sqlitestore.h"
#include "versions/decidedbaseline.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <future>
#include <memory>
#include <optional>

class QLockFile;
class QTemporaryDir;

namespace horisont {

class LedgerMirror;
class ServerLink;

/// One open plan file: the in-memory plan, its SQLite store, its undo stack
/// and its lock. Every edit goes through apply(), which writes the changes
/// and their change-log lines in one transaction and only then changes the
/// plan in memory, so memory and disk never disagree.
///
/// There is no "unsaved changes" state: a change is on disk when apply()
/// returns true.
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    enum class Access { ReadWrite, ReadOnly };
    /// How much of the file is verified before open() returns. The plan's
    /// structure is always checked first; the ledger and change log, which
    /// can hold millions of rows, are checked either before open() returns
    /// (Full) or on a background thread (Background), in which case no edit
    /// is written before that check has passed.
    enum class Verification { Full, Background };

    /// Opens an existing plan: a file, or a plan on a server when `path` is
    /// a server address (ServerLink::open). Returns nullptr and sets *error (naming the
    /// file) when the file is missing, not a Horisont plan, truncated or
    /// damaged; such a file is never modified. A file that is locked by
    /// another process or written by a newer Horisont opens read-only with
    /// readOnlyReason() saying why.
    static std::unique_ptr<PlanDocument> open(const QString &path, QString *error,
                                              Access access = Access::ReadWrite,
                                              Verification verification = Verification::Full);
    /// Creates a new plan file with an empty programme. Refuses to overwrite
    /// an existing file. The file appears under its name only once complete.
    static std::unique_ptr<PlanDocument> create(const QString &path, const Programme &programme,
                                                QString *error);
    ~PlanDocument() override;

    /// The plan file; for a plan on a server, the replica that the views read (ServerLink).
    QString path() const { return m_path; }
    /// How the window and messages name the plan: its file name, or
    /// "umea on db.kommun.se/planer" for a plan on a server.
    QString displayName() const;
    /// The plan's server, for a plan on one; nullptr for a plan file.
    ServerLink *serverLink() const { return m_server.get(); }
    /// Where a ledger import must also go before the file commits it: the
    /// server, for a plan on one; nullptr for a plan file.
    LedgerMirror *ledgerMirror() const;
    const Plan &plan() const { return m_plan; }
    Plan &plan() { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// Undoes the last command. When the plan refuses it (an import has
    /// since booked spending on what it would remove) nothing changes, the
    /// stack stays where it was, and undoRefused() says why. Use these, not
    /// the stack's own slots, which cannot step back over a refusal.
    bool undo();
    bool redo();
    SqliteStore &store() { return m_store; }

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty() || !m_connectionReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason.isEmpty() ? m_connectionReason : m_readOnlyReason; }
    /// A file of a newer format than this Horisont knows: readable in the
    /// window (read-only), refused by the commands that check or summarise it.
    bool isNewerFormat() const { return m_newerFormat; }
    /// True when another Horisont holds the plan's lock (the plan is then read-only).
    bool isLockedElsewhere() const { return m_lockedElsewhere; }
    /// What opening did that the user should know of: an interrupted edit
    /// completed, side files set aside, a WAL file converted.
    QStringList notices() const { return m_notices; }

    /// Shows the version called `name` instead of the plan: every view, check
    /// and pack then reads it, with the ledger (shared by all versions) as
    /// it is. The document turns read-only for good, its reason naming the
    /// version and its decision. False with *error (listing the versions
    /// there are) for an unknown, altered or unreadable version; the
    /// document is then unchanged.
    bool showVersion(const QString &name, QString *error);
    /// Tells the views that a version was frozen or deleted (planversions calls it).
    void versionsWereChanged() { Q_EMIT versionsChanged(); }
    /// The version shown instead of the plan, if any.
    const std::optional<PlanVersion> &shownVersion() const { return m_shownVersion; }

    /// Works in the scenario called `name` instead of the plan: the views
    /// show it, edits, undo and the change log apply to it, the ledger is
    /// the plan's. The undo stack starts empty. False with *error (naming
    /// the scenarios there are) for an unknown or unreadable scenario; the
    /// document is then unchanged.
    bool workInScenario(const QString &name, QString *error);
    /// Works in the plan again (the undo stack starts empty).
    bool workInPlan(QString *error);
    /// The scenario worked in, if any.
    const std::optional<PlanScenario> &workingScenario() const { return m_scenario; }
    /// Tells the views that a scenario was made or deleted (planscenarios calls it).
    void scenariosWereChanged() { Q_EMIT scenariosChanged(); }
    /// The plan's tables were replaced (a scenario promoted): works in the
    /// plan as it now is, with an empty undo stack.
    void planWasReplaced();

    /// The OS user written to the change log.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    /// Pushes a command onto the undo stack, which applies it. Returns false,
    /// with lastError() set, when it could not be applied; the plan and the
    /// file are then unchanged and the command is discarded.
    bool execute(QUndoCommand *command);

    /// Applies a large batch of inserts (demo, generator) without putting it
    /// on the undo stack, logging one summary line instead of one per entity.
    bool applyBulk(const ChangeList &changes, const CommandText &commandText);

    bool saveCopy(const QString &target, QString *error);

    /// Runs `statements` and appends `log` in one transaction where the
    /// plan lives: its file, or its server (and then its replica too). The
    /// door for what is not an item of the plan: a version frozen or
    /// deleted, a scenario made or deleted, an import removed. The
    /// statements must be plain SQL both SQLite and PostgreSQL take.
    bool writeWith(const std::function<bool(QSqlDatabase &db, QString *error)> &statements,
                   const QList<ChangeLogEntry> &log, QString *error);

    /// Changes the plan's tables by `changes` together with `statements`
    /// and `log`, in one transaction where the plan lives; on a server each
    /// change is checked against what was read, as an edit is. For what is
    /// not an edit but changes the plan (a scenario promoted): not on the
    /// undo stack, and the caller reloads the plan (planWasReplaced).
    bool writeChangesWith(const ChangeList &changes,
                          const std::function<bool(QSqlDatabase &db, QString *error)> &statements,
                          const QList<ChangeLogEntry> &log, const CommandText &command, QString *error);

    /// Aggregates of the ledger, computed once and kept until the ledger
    /// changes (an import calls ledgerChanged()). Several views show them.
    const LedgerTotals &ledgerTotals();
    /// Forgets the cached totals and tells the views.
    void ledgerChanged();

    /// The latest decided version's plan (nullptr when there is none that can
    /// be read), read once for every view of this document that compares with it.
    std::shared_ptr<const Plan> latestDecided(PlanVersion *version);
    /// The same cache, for the checks that take one (checkGovernance).
    DecidedBaseline &decidedBaseline() { return m_decided; }

    /// Waits for the background check of the ledger and change log (if one
    /// is running) and returns true when the whole file is sound. When it is
    /// not, the document turns read-only and *problem says why.
    bool waitForVerification(QString *problem = nullptr);

    /// "ok", or what is wrong with the file as a whole: SQLite's
    /// integrity_check, its foreign keys, the ledger's day sums against the
    /// transactions and the plan's own references. What `horisont check`
    /// verifies before it answers, and Help ▸ Check File.
    QString verifyWholeFile();

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// An undo or redo the plan refused; the command stays on the stack.
    void undoRefused(const QString &message);
    void ledgerTotalsChanged();
    /// A version was frozen or a snapshot deleted: the baseline and the
    /// governance checks read the latest decided version again.
    void versionsChanged();
    /// A scenario was made, deleted or promoted.
    void scenariosChanged();
    /// The document now works in another scenario, or in the plan again.
    void workingScenarioChanged();

private:
    /// The one door to the plan's content: every edit is an EditCommand
    /// (execute(), undo(), redo()), and only it applies changes.
    friend class EditCommand;
    /// Applies changes in one transaction and logs them under `action`
    /// ("do", "undo", "redo").
    bool apply(const ChangeList &changes, const QString &action, const CommandText &commandText,
               const QString &reason);
    /// A scenario's edit: its content is rewritten whole (it is one value in
    /// the file), so the plan in memory changes first and is changed back
    /// when the write fails.
    bool applyInScenario(const ChangeList &changes, const QString &action, const CommandText &commandText,
                         const QString &reason);
    void applyInMemory(const ChangeList &changes);
    /// Another user changed (or deleted) the scenario worked in: takes it as the file now holds it.
    void takeScenarioAsStored();

    /// Opening and creating a file is a job of its own.
    friend class PlanOpening;
    /// A plan on a server writes there first, and brings others' edits in.
    friend class ServerLink;
    friend class ReplicaOpening;
    explicit PlanDocument(const QString &path);
    bool fail(const QString &message);

    QString m_path;
    Plan m_plan;
    SqliteStore m_store;
    QUndoStack m_undoStack;
    std::unique_ptr<QLockFile> m_lock;
    std::future<QString> m_verification;
    QString m_verificationProblem;
    QString m_readOnlyReason;
    QStringList m_notices;
    bool m_newerFormat = false;
    bool m_lockedElsewhere = false;
    std::unique_ptr<QTemporaryDir> m_scratch; ///< holds the recovered copy a read-only view reads
    QString m_userName;
    QString m_lastError;
    std::optional<LedgerTotals> m_ledgerTotals;
    DecidedBaseline m_decided;
    std::optional<PlanVersion> m_shownVersion;
    std::optional<PlanScenario> m_scenario;
    QByteArray m_scenarioContent; ///< the scenario's content as read: its edits are written only over it
    std::unique_ptr<ServerLink> m_server;
    /// Why a plan on a server cannot be changed for now (its connection is lost); empty when it can.
    QString m_connectionReason;
    /// How a plan on a server is named ("umea on localhost/planer"); empty for a file.
    QString m_shownName;
};

/// The user name of this process's OS account.
QString currentOsUser();

} // namespace horisont
