#include "budget/audittrail.h"

#include "ledger/ledgerdays.h"
#include "model/schema.h"
#include "plan/plan.h"
#include "store/changelogrow.h"
#include "store/sqlitestore.h"
#include "model/codedname.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace horisont {
namespace {

using Values = QHash<QString, QVariant>; // field name -> storage-form value

const QString fundingSourceTable = kindInfo(EntityKind::FundingSource).table;

/// The budget tables whose change-log lines belong in the trail. Forecasts
/// arrived with file format 2; on an older file the name simply matches nothing.
const QStringList &budgetTables()
{
    static const QStringList tables{fundingSourceTable, kindInfo(EntityKind::Allocation).table,
                                    kindInfo(EntityKind::Forecast).table};
    return tables;
}

Values recordValues(const QString &json)
{
    Values values;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().toVariant());
    return values;
}

/// The item's values as they are now, or nullopt once it has gone.
std::optional<Values> currentValues(const Plan &plan, const QString &table, Id id)
{
    const int kind = kindFromTable(table);
    if (kind < 0)
        return std::nullopt;
    const std::optional<Record> record = plan.record(EntityKind(kind), id);
    if (!record)
        return std::nullopt;
    const KindInfo &info = kindInfo(EntityKind(kind));
    Values values;
    for (int i = 0; i < info.fields.size() && i < record->values.size(); ++i)
        values.insert(info.fields[i].name, record->values[i]);
    return values;
}

Id idValue(const Values &values, const QString &field)
{
    const QVariant v = values.value(field);
    return v.isNull() || !v.isValid() ? NoId : Id(v.toLongLong());
}

QString itemName(const Plan &plan, const QString &table, const Values &values)
{
    if (table == fundingSourceTable)
        return values.value(columns::name).toString();
    QStringList parts;
    QString head;
    const Id source = idValue(values, columns::source_id);
    if (const FundingSource *s = plan.find<FundingSource>(source))
        head = s->code.isEmpty() ? s->name : s->code;
    const int year = values.value(columns::year).toInt();
    if (year > 0)
        head = head.isEmpty() ? QString::number(year) : head + QLatin1Char(' ') + QString::number(year);
    if (!head.isEmpty())
        parts << head;
    if (const Intervention *i = plan.find<Intervention>(idValue(values, columns::intervention_id)))
        parts << (codedName(*i));
    if (const Organisation *o = plan.find<Organisation>(idValue(values, columns::organisation_id)))
        parts << (o->shortName.isEmpty() ? o->name : o->shortName);
    return parts.join(QStringLiteral(" · "));
}

bool inPeriod(const QDateTime &atUtc, const AuditFilter &filter)
{
    const QDate day = atUtc.toLocalTime().date();
    return (!filter.from.isValid() || day >= filter.from) && (!filter.until.isValid() || day < filter.until);
}

bool concerns(Id wanted, Id actual, const ChangeLogEntry &e, const QString &refField)
{
    if (actual == wanted)
        return true;
    // A change that moves an allocation from or to the wanted source or
    // organisation concerns it too.
    return e.field == refField
           && ((e.hasOld && e.oldValue.toLongLong() == wanted) || (e.hasNew && e.newValue.toLongLong() == wanted));
}

std::vector<AuditEntry> changeEntries(SqliteStore &store, const Plan &plan, const AuditFilter &filter)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE entity IN (?, ?, ?) ORDER BY id").arg(changeLogColumns(store.database())));
    for (const QString &t : budgetTables())
        q.addBindValue(t);
    std::vector<ChangeLogEntry> lines;
    // The last values logged for each item, so that an item deleted since
    // is still named and attributed to its source and organisation.
    QHash<QString, Values> logged;
    if (q.exec()) {
        while (q.next()) {
            ChangeLogEntry e = readChangeLogRow(q);
            // A scenario's edits are what-ifs: the plan's money never held them.
            if (!e.scenario.isEmpty())
                continue;
            const QString key = e.entity + QLatin1Char('/') + QString::number(e.entityId);
            Values &values = logged[key];
            if (e.field.isEmpty()) {
                const Values whole = recordValues(e.hasNew ? e.newValue : e.oldValue);
                for (auto it = whole.begin(); it != whole.end(); ++it)
                    values.insert(it.key(), it.value());
            } else {
                values.insert(e.field, e.hasNew ? QVariant(e.newValue) : QVariant());
            }
            lines.push_back(std::move(e));
        }
    }
    QHash<QString, Values> resolved; // current values where the item still exists
    std::vector<AuditEntry> entries;
    for (ChangeLogEntry &e : lines) {
        if (!inPeriod(e.at, filter))
            continue;
        const QString key = e.entity + QLatin1Char('/') + QString::number(e.entityId);
        auto it = resolved.find(key);
        if (it == resolved.end())
            it = resolved.insert(key, currentValues(plan, e.entity, e.entityId).value_or(logged.value(key)));
        const Values &values = *it;
        AuditEntry entry;
        if (e.entity == fundingSourceTable) {
            entry.sourceId = e.entityId;
        } else {
            entry.sourceId = idValue(values, columns::source_id);
            entry.organisationId = idValue(values, columns::organisation_id);
        }
        if (filter.sourceId && !concerns(*filter.sourceId, entry.sourceId, e, columns::source_id))
            continue;
        if (filter.organisationId
            && !concerns(*filter.organisationId, entry.organisationId, e, columns::organisation_id))
            continue;
        entry.itemName = itemName(plan, e.entity, values);
        entry.change = std::move(e);
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<AuditEntry> importEntries(SqliteStore &store, const AuditFilter &filter)
{
    std::vector<AuditEntry> entries;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, user_name, file_name, rows_read, rows_imported, total_ore "
                               "FROM import_batch ORDER BY id")))
        return entries;
    QString restriction;
    if (filter.sourceId)
        restriction += QStringLiteral(" AND source_id = ?");
    if (filter.organisationId)
        restriction += QStringLiteral(" AND organisation_id = ?");
    // Only the chosen source's / organisation's part of each import.
    QSqlQuery part(store.database());
    if (!restriction.isEmpty())
        part.prepare(QStringLiteral("SELECT coalesce(sum(row_count), 0), coalesce(sum(amount), 0) FROM %1 "
                                    "WHERE import_id = ?")
                         .arg(LedgerDaySums::table(store))
                     + restriction);
    while (q.next()) {
        AuditEntry entry;
        entry.type = AuditEntry::Type::Import;
        entry.change.id = q.value(0).toLongLong();
        entry.change.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        entry.change.user = q.value(2).toString();
        entry.change.action = QStringLiteral("do");
        entry.change.entity = QStringLiteral("import_batch");
        entry.change.entityId = entry.change.id;
        if (!inPeriod(entry.change.at, filter))
            continue;
        entry.fileName = q.value(3).toString();
        entry.itemName = entry.fileName;
        entry.rowsRead = q.value(4).toLongLong();
        entry.rowsImported = q.value(5).toLongLong();
        entry.total = Money::fromOre(q.value(6).toLongLong());
        if (!restriction.isEmpty()) {
            int at = 0;
            part.bindValue(at++, entry.change.id);
            if (filter.sourceId)
                part.bindValue(at++, *filter.sourceId);
            if (filter.organisationId)
                part.bindValue(at++, *filter.organisationId);
            if (!part.exec() || !part.next() || part.value(0).toLongLong() == 0)
                continue;
            entry.rowsRead = entry.rowsImported = part.value(0).toLongLong();
            entry.total = Money::fromOre(part.value(1).toLongLong());
            entry.sourceId = filter.sourceId.value_or(NoId);
            entry.organisationId = filter.organisationId.value_or(NoId);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

/// Imports taken back (remove-import): their change-log lines, with the
/// record as it was. Which sources and organisations a removed import
/// touched went with its rows, so a filtered trail leaves them out, as it
/// leaves out the import itself once removed.
std::vector<AuditEntry> removedImportEntries(SqliteStore &store, const AuditFilter &filter)
{
    std::vector<AuditEntry> entries;
    if (filter.sourceId || filter.organisationId)
        return entries;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM change_log WHERE entity = ? ORDER BY id").arg(changeLogColumns(store.database())));
    q.addBindValue(QStringLiteral("import_batch"));
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry entry;
        entry.type = AuditEntry::Type::ImportRemoved;
        entry.change = readChangeLogRow(q);
        if (!inPeriod(entry.change.at, filter))
            continue;
        const Values removed = recordValues(entry.change.oldValue);
        entry.fileName = removed.value(QStringLiteral("file_name")).toString();
        entry.itemName = entry.fileName;
        entry.rowsRead = entry.rowsImported = removed.value(QStringLiteral("rows_imported")).toLongLong();
        entry.total = Money::fromOre(removed.value(QStringLiteral("total_ore")).toLongLong());
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

std::vector<AuditEntry> budgetAuditTrail(SqliteStore &store, const Plan &plan, const AuditFilter &filter)
{
    std::vector<AuditEntry> entries = changeEntries(store, plan, filter);
    for (std::vector<AuditEntry> more : {importEntries(store, filter), removedImportEntries(store, filter)})
        entries.insert(entries.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AuditEntry &a, const AuditEntry &b) { return a.change.at < b.change.at; });
    return entries;
}

QString budgetItemName(const Plan &plan, const Record &record)
{
    const QString table = kindInfo(record.kind).table;
    if (!budgetTables().contains(table))
        return {};
    const KindInfo &info = kindInfo(record.kind);
    Values values;
    for (int i = 0; i < info.fields.size() && i < record.values.size(); ++i)
        values.insert(info.fields[i].name, record.values[i]);
    return itemName(plan, table, values);
}

} // namespace horisont
