#pragma once

#include "edit/change.h"
#include "model/changelogentry.h"
#include "server/serveraddress.h"
#include "server/serverplans.h"
#include "server/serverroles.h"

#include "store/preparedqueries.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace horisont {

/// What another user changed between the moment an edit was shown and the
/// moment it was saved: the reason a write was refused.
struct ServerConflict {
    EntityKind kind = EntityKind::Programme;
    Id id = NoId;
    int field = -1;         ///< the field both changed; -1 for the item as a whole
    bool removed = false;   ///< the item is gone
    bool taken = false;     ///< a new item's id was taken by another's new item
    bool referenced = false; ///< what the edit removed is now used by another's new or changed item
    QString scenario;       ///< the scenario another changed since it was read (its content is one value)
    /// The change-log line of the change that came between (user, time,
    /// command, new value); no user when the log does not say.
    ChangeLogEntry by;
};

/// A plan on a PostgreSQL server, as one connection sees it: the
/// counterpart of SqliteStore for a team plan. Every write is one
/// transaction that checks each change against what the writer saw (a
/// field's old value, a removed item's whole content), so that no one's
/// change is ever overwritten unseen; writes to one plan are serialised by
/// an advisory lock, so the change log's ids grow in commit order and a
/// reader that has seen id N has seen everything before it. Each commit
/// notifies the plan's channel; changedOnServer() is emitted when another
/// connection's does.
class ServerStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Saved, Conflict, Failed };
    struct WriteResult {
        Outcome outcome = Outcome::Failed;
        QString error;                          ///< for Failed: the server's words
        std::optional<ServerConflict> conflict; ///< for Conflict
        Id lastLogId = NoId;                    ///< for Saved: the last change-log line written
    };

    ServerStore();
    ~ServerStore() override;
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    /// Connects to the plan `address.plan`, listens to its channel and
    /// learns the connected user and his role. False with *error naming the
    /// server, the plan or what the server said.
    bool open(const ServerAddress &address, QString *error);
    /// Connects again after the connection was lost (same address).
    bool reconnect(QString *error);
    void close();
    /// Whether the connection is alive, as libpq last saw it (no round trip).
    bool isConnected() const;
    /// Asks the server (one round trip) and returns whether it answered.
    bool ping();

    const ServerAddress &address() const { return m_address; }
    const serverplans::RegisteredPlan &registeredPlan() const { return m_plan; }
    QSqlDatabase database() const;
    /// The database user connected (session_user): what the change log records.
    QString user() const { return m_user; }
    /// The connected user's strongest role in the plan; nullopt for none.
    std::optional<serverroles::Role> role() const { return m_role; }

    /// Writes `changes` and `log` in one transaction, refused as a Conflict
    /// when any change does not meet what its writer saw; the change log
    /// records the database user, whatever `log` says.
    /// `alongside` runs first in the same transaction (a scenario promoted
    /// keeps a snapshot and deletes the scenario with its edits).
    WriteResult write(const ChangeList &changes, const QList<ChangeLogEntry> &log,
                      const std::function<bool(QSqlDatabase &server, QString *error)> &alongside = {});
    /// Runs `statements` on the server (their result other than Saved
    /// refuses the write) and appends `log`, in one transaction.
    WriteResult writeWith(const std::function<WriteResult(QSqlDatabase &server)> &statements,
                          const QList<ChangeLogEntry> &log);

    /// The change-log lines after `lastSeen`, in order; nullopt with *error
    /// when the server cannot be read.
    std::optional<QList<ChangeLogEntry>> logSince(Id lastSeen, QString *error);
    /// The last change-log line of an edit in scenario `scenario`; an empty
    /// line when there is none or the server cannot be read.
    ChangeLogEntry lastLineIn(const QString &scenario);
    /// The current records of `kind` among `ids` (those that still exist),
    /// in storage form; nullopt with *error when the server cannot be read.
    std::optional<QHash<Id, Record>> records(EntityKind kind, const QList<Id> &ids, QString *error);

    /// The other Horisont sessions that have this plan open: "user (host)", one each.
    QStringList othersConnected();

Q_SIGNALS:
    /// Another connection committed a change to the plan.
    void changedOnServer();

private:
    bool connect(QString *error);
    QSqlQuery &prepared(const QString &sql);
    std::optional<ServerConflict> applyChange(const Change &change, QString *error);
    ServerConflict conflictOn(EntityKind kind, Id id, int field);
    QString channel() const;
    bool appendLog(const QList<ChangeLogEntry> &log, WriteResult *result);
    QString failureText(const QSqlError &error) const;

    ServerAddress m_address;
    serverplans::RegisteredPlan m_plan;
    QString m_connection;
    QString m_user;
    std::optional<serverroles::Role> m_role;
    qint64 m_planNumber = 0; ///< the register's id: the plan's advisory lock
    PreparedQueries m_statements;
};

} // namespace horisont
