#pragma once

#include "edit/change.h"
#include "ledger/ledgermirror.h"
#include "model/changelogentry.h"
#include "model/commandtext.h"
#include "server/serveraddress.h"
#include "server/serverplans.h"
#include "server/serverstore.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace horisont {

class PlanDocument;
struct ServerUpdate;

/// A plan document whose plan lives on a PostgreSQL server. The document
/// works on a replica: a plan file of its own, kept between sessions in the
/// user's cache (replicacache) and brought up to date from the change log
/// when the plan is opened, which every view, check and pack reads as they
/// read any plan file. When the server cannot be reached, the kept replica
/// opens read-only. The server is the truth: an edit is written
/// there first (ServerStore::write, which refuses a change to what someone
/// else changed since), and then the replica and the plan in memory take
/// everything committed since they last looked, this edit and others'
/// alike (fetchServerUpdate). Others' commits arrive by notification.
///
/// When the connection is lost the document turns read-only with a reason
/// that says so, and the link tries to reconnect every few seconds; once
/// back it takes what was committed meanwhile and lets the user edit again.
/// An edit is reported saved only once the server has committed it.
class ServerLink : public QObject, public LedgerMirror
{
    Q_OBJECT
public:
    /// Opens `address.plan`: a replica pulled into a temporary folder,
    /// opened as a plan file, linked to the server. nullptr with *error
    /// naming the server or the plan when it cannot. A reader's document
    /// is read-only, its reason naming his role.
    static std::unique_ptr<PlanDocument> open(const ServerAddress &address, QString *error);
    ~ServerLink() override;

    ServerStore &store() { return m_server; }
    const ServerAddress &address() const { return m_server.address(); }
    /// Whether the connection is alive (as last seen).
    bool isConnected() const { return m_lostReason.isEmpty(); }
    /// Whether the user's role lets him change items of `kind` (the
    /// database's GRANTs on its table); says nothing of the connection.
    bool mayChange(EntityKind kind) const;
    /// The other sessions that have the plan open.
    QStringList othersConnected();

    /// Writes an edit: on the server in one transaction, then into the
    /// replica and memory with whatever else arrived. False with *error
    /// when it was refused (naming who changed what meanwhile; the plan
    /// then shows their value) or could not be saved (nothing was).
    bool write(const ChangeList &changes, const QList<ChangeLogEntry> &log, const CommandText &command,
               QString *error, const std::function<bool(QSqlDatabase &db, QString *error)> &alongside = {});
    /// Runs `statements` on the server with `log` in one transaction, then
    /// on the replica (PlanDocument::writeWith).
    bool writeWith(const std::function<bool(QSqlDatabase &db, QString *error)> &statements,
                   const QList<ChangeLogEntry> &log, QString *error);
    /// An edit in scenario `scenario` refused because another changed the
    /// scenario since this window read it: takes the scenario as it now is
    /// and returns the refusal, naming who changed it and when (also sent
    /// as editRefused).
    QString refuseScenarioEdit(const QString &scenario, const CommandText &command);
    /// Takes what others committed since the last look. False with *error
    /// when the server could not be read (the document then waits to reconnect).
    bool sync(QString *error = nullptr);

    /// A ledger import into the replica goes to the server first, by COPY,
    /// in one transaction with its change-log line: all of it or nothing.
    /// A row another import has meanwhile brought is refused by its identity.
    bool mirrorImport(const QSqlDatabase &replica, qint64 batch,
                      const std::function<bool(qint64 done, qint64 total)> &progress, QString *error) override;
    void importSaved() override;

    /// How often a lost connection is tried again.
    static constexpr int ReconnectIntervalMs = 3000;

Q_SIGNALS:
    /// The connection was lost or is back.
    void connectionChanged(bool connected);
    /// An edit (or an undo) was refused because another user changed what
    /// it changes since it was shown: the message names who changed what.
    void editRefused(const QString &message);
    /// Another user's edit arrived: the change-log lines that say who did what.
    void changesArrived(const QList<horisont::ChangeLogEntry> &lines);

private:
    explicit ServerLink(PlanDocument &document);
    bool takeUpdate(const ServerUpdate &update, bool intoMemory, QString *error);
    /// Reads `tables` of the replica again whole from the server.
    bool refreshTables(QSqlDatabase &replica, const QStringList &tables, QString *error);
    void connectionLost();
    void tryReconnect();

    PlanDocument &m_document;
    ServerStore m_server;
    Id m_lastSeen = NoId;   ///< the last change-log line the replica has
    Id m_mirroredImport = NoId; ///< the change-log line of the import the replica is committing
    /// Change-log lines about other tables whose rows the replica wrote itself (an import, a version):
    /// taken without reading those tables again.
    QSet<Id> m_heldInReplica;
    Id m_ownFrom = NoId;    ///< the change-log lines this document wrote last: m_ownFrom … m_ownThrough
    Id m_ownThrough = NoId;
    QTimer m_reconnect;
    QString m_lostReason;
    bool m_syncing = false;
};

} // namespace horisont
