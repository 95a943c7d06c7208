#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace horisont {

class Plan;
class PlanDocument;
class SqliteStore;

/// A named what-if of the plan in the same file ("3-year mandate" against
/// "15-year continuation"): a whole plan content, edited in place of the
/// plan (PlanDocument::workInScenario), sharing the plan's ledger.
struct PlanScenario {
    qint64 id = 0;
    QString name;
    /// What it was made from: empty for the plan, else the version's name.
    QString basedOn;
    QDateTime createdAt; ///< UTC
    QString createdBy;
};

/// Creating, listing, reading, writing, promoting and deleting scenarios:
/// the one home of their rules, which the window and the command line call.
namespace planscenarios {

/// Every scenario, oldest first (none for a file of a format before them).
QList<PlanScenario> list(SqliteStore &store);
std::optional<PlanScenario> find(SqliteStore &store, const QString &name);

/// Why `name` cannot name a new scenario, or empty: blank, too long,
/// "current", or the name of a version or scenario already (one name means
/// one state of the plan wherever states are compared).
QString nameProblem(SqliteStore &store, const QString &name);

/// Makes a scenario of the plan as it is in the file (also while the
/// window works in another scenario) or, with `fromVersion`, of that
/// version. One transaction with its change-log line.
std::optional<PlanScenario> create(PlanDocument &document, const QString &name, const QString &fromVersion,
                                   const QDateTime &now, QString *error);

/// Deletes a scenario, logged. Not the one the document works in.
bool remove(PlanDocument &document, const QString &name, const QDateTime &now, QString *error);

/// Loads the scenario's content into `plan`, and its stored bytes into
/// *stored when asked (what saveContent compares against). False with
/// *error naming it when it is damaged or not there.
bool load(SqliteStore &store, const PlanScenario &scenario, Plan &plan, QString *error, QByteArray *stored = nullptr);
/// Loads the plan itself (the tables), whatever the document shows.
bool loadPlan(SqliteStore &store, Plan &plan, QString *error);

/// Writes `content` (plancontent::encode of `plan`) as the scenario's
/// content, inside the caller's transaction, and keeps the plan's ids as
/// handed out. With `replacing`, only while the stored content is still
/// those bytes: when another has changed the scenario since it was read,
/// nothing is written, *changedMeanwhile is set and *error names who
/// changed it and when (from the change log of `db`, the server's for a
/// plan on a server).
bool saveContent(QSqlDatabase &db, const PlanScenario &scenario, const QByteArray &content, const Plan &plan,
                 QString *error, const QByteArray *replacing = nullptr, bool *changedMeanwhile = nullptr);

/// Why the scenario cannot become the plan, or empty: it lacks an item the
/// ledger has spending on (the ledger is fact and stays), or it cannot be read.
QString promoteProblem(SqliteStore &store, const PlanScenario &scenario, const Plan &content);

/// Makes the scenario the plan, in one transaction: the plan as it was is
/// kept as the snapshot «Before “name” …», the plan's tables become the
/// scenario's content (each change logged as an edit of the plan), and the
/// scenario is gone. Not on the undo stack (the snapshot is the way back).
/// The document then works in the plan. The snapshot's name on success.
std::optional<QString> promote(PlanDocument &document, const QString &name, const QDateTime &now,
                               QString *error);

/// One line per scenario that cannot be read: what `check` reports.
QStringList problems(SqliteStore &store);

/// "Unknown scenario «x». The plan's scenarios: A, B." (or "…has none.")
QString unknownScenarioMessage(SqliteStore &store, const QString &name);

} // namespace planscenarios
} // namespace horisont
