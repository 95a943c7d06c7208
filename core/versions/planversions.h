#pragma once

#include "model/changelogentry.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace horisont {

class Plan;
class PlanDocument;
class SqliteStore;

/// The decision that adopted a version: "Kommunstyrelsen, 2024-03-12,
/// KS 2024/117". A version without one is a plain snapshot.
struct VersionDecision {
    QString body;
    QDate date;
    QString reference;
    bool isDecided() const { return !body.isEmpty(); }
};

/// A frozen, immutable copy of the plan's content (not the ledger, which is
/// fact and shared by every version), as `plan_version` records it.
struct PlanVersion {
    qint64 id = 0;
    QString name;
    VersionDecision decision;
    QDateTime frozenAt; ///< UTC
    QString frozenBy;
    /// False when its content or decision no longer matches the digest
    /// stored when it was frozen: altered outside Horisont.
    bool intact = true;
};

/// Freezing, listing, reading and deleting a plan's versions: the one home
/// of their rules, which the window and the command line both call.
namespace planversions {

/// Every version of the plan, oldest first (none for a file of a format
/// before versions).
QList<PlanVersion> list(SqliteStore &store);

/// The version called `name` (exactly, after trimming), if any.
std::optional<PlanVersion> find(SqliteStore &store, const QString &name);

/// The latest decided version (by decision date, then by when it was frozen).
std::optional<PlanVersion> latestDecided(SqliteStore &store);
/// Its id alone, without reading any content: for a caller that keeps the
/// version it read last.
std::optional<qint64> latestDecidedId(SqliteStore &store);

/// Why `name` and `decision` cannot make a version, or empty: a name that
/// is blank, too long, "current" or already taken; a decision without its
/// body or date, or dated outside the years a plan can mean.
QString freezeProblem(SqliteStore &store, const QString &name, const VersionDecision &decision);

/// Freezes the document's plan as it stands into a version, in one
/// transaction with its change-log line; not on the undo stack, and no undo
/// removes it. Refused (nullopt, *error) for a read-only plan, one whose
/// verification found damage, or a freezeProblem.
std::optional<PlanVersion> freeze(PlanDocument &document, const QString &name, const VersionDecision &decision,
                                  const QDateTime &now, QString *error);

/// A version ready to be written: for a caller that freezes inside a
/// transaction of its own (promoting a scenario keeps the plan it replaces
/// as a snapshot, in the same transaction). The name and decision must have
/// passed freezeProblem().
struct PendingVersion {
    PlanVersion version;
    QByteArray content;
    ChangeLogEntry log;
};
PendingVersion prepare(PlanDocument &document, const Plan &plan, const QString &name, const VersionDecision &decision,
                       const QDateTime &now);
/// Writes it, inside the caller's transaction (SqliteStore::writeWith).
bool insert(QSqlDatabase &db, const PendingVersion &pending, QString *error);

/// Deletes a snapshot, logged. A decided version is part of the plan's
/// governance and is never deleted: refused, as is a read-only plan.
bool removeSnapshot(PlanDocument &document, const QString &name, const QDateTime &now, QString *error);

/// Loads the version's content into `plan` (replacing it). False with
/// *error naming the version when it is altered, damaged or not there.
bool load(SqliteStore &store, const PlanVersion &version, Plan &plan, QString *error);

/// One line per version that is altered or cannot be read, naming it:
/// what `check` and Help ▸ Check File report.
QStringList problems(SqliteStore &store);

/// "Kommunstyrelsen, 2024-03-12, KS 2024/117", or "snapshot" in the user's language.
QString decisionText(const VersionDecision &decision);

/// "Unknown version «x». The plan's versions: A, B." (or "…has no versions.")
QString unknownVersionMessage(SqliteStore &store, const QString &name);

} // namespace planversions
} // namespace horisont
