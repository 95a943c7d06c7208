#pragma once

#include "edit/change.h"
#include "model/changelogentry.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QString>

#include <optional>

namespace horisont {

class Plan;
class ServerStore;

/// What others committed to a server plan since a window last looked: the
/// changes that bring the plan in memory to the server's current state,
/// the change-log lines that say who did it, and whether tables beyond the
/// plan's items changed (a ledger import, a version, a scenario).
struct ServerUpdate {
    ChangeList changes;
    QList<ChangeLogEntry> log;
    Id lastLogId = NoId;
    /// The tables beyond the plan's items that changed, to be read again whole.
    QStringList otherTables;
    bool isEmpty() const { return log.isEmpty(); }
};

/// Reads the change-log lines after `lastSeen` and the current rows of the
/// items they name, and compares those with `plan`: an item the server has
/// and the plan not is inserted, one it lacks removed, and each field that
/// differs updated. Inserts come parents first, removals children first.
/// The changes hold whatever is on the server now, so an update taken twice
/// or after one's own write changes nothing the second time.
/// Lines in `held` are about tables the caller already has as the server
/// has them (it wrote them itself): they name none to read again.
std::optional<ServerUpdate> fetchServerUpdate(ServerStore &server, const Plan &plan, Id lastSeen, const QSet<Id> &held,
                                              QString *error);

} // namespace horisont
