#include "server/serverupdate.h"

#include "model/schema.h"
#include "plan/plan.h"
#include "server/serverstore.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace horisont {
namespace {

/// The tables a change-log line that is not about one of the plan's items speaks of.
QStringList tablesOf(const ChangeLogEntry &line)
{
    if (!line.scenario.isEmpty())
        return {QStringLiteral("plan_scenario")};
    if (line.entity == QLatin1String("import_batch"))
        return {QStringLiteral("import_batch"), QStringLiteral("ledger_transaction"), QStringLiteral("ledger_day")};
    return {line.entity};
}

} // namespace

std::optional<ServerUpdate> fetchServerUpdate(ServerStore &server, const Plan &plan, Id lastSeen, const QSet<Id> &held,
                                              QString *error)
{
    const auto log = server.logSince(lastSeen, error);
    if (!log)
        return std::nullopt;
    ServerUpdate update;
    update.log = *log;
    update.lastLogId = log->isEmpty() ? lastSeen : log->last().id;
    QMap<EntityKind, QSet<Id>> touched;
    for (const ChangeLogEntry &line : *log) {
        const int kind = kindFromTable(line.entity);
        // A scenario's edits change its content, and an import or a version their own tables.
        if (kind < 0 || !line.scenario.isEmpty()) {
            if (held.contains(line.id))
                continue;
            for (const QString &table : tablesOf(line))
                if (!update.otherTables.contains(table))
                    update.otherTables << table;
        } else {
            touched[EntityKind(kind)].insert(line.entityId);
        }
    }
    ChangeList inserts, updates, removals;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const EntityKind kind = it.key();
        QList<Id> ids = it.value().values();
        std::sort(ids.begin(), ids.end());
        const auto current = server.records(kind, ids, error);
        if (!current)
            return std::nullopt;
        for (Id id : ids) {
            const std::optional<Record> mine = plan.record(kind, id);
            const auto theirs = current->constFind(id);
            if (theirs == current->cend()) {
                if (mine)
                    removals.prepend(Change::remove(*mine)); // children (later kinds) before their parents
                continue;
            }
            if (!mine) {
                inserts.append(Change::insert(*theirs));
                continue;
            }
            for (int field = 0; field < theirs->values.size(); ++field) {
                if (mine->values.value(field) != theirs->values.at(field))
                    updates.append(Change::update(kind, id, field, mine->values.value(field), theirs->values.at(field)));
            }
        }
    }
    update.changes = inserts + updates + removals;
    return update;
}

} // namespace horisont
