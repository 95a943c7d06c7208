#include "document/changelogentries.h"

#include "model/schema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace horisont {
namespace {
QString recordJson(const Record &record)
{
    const KindInfo &info = kindInfo(record.kind);
    QJsonObject object;
    for (int i = 0; i < info.fields.size() && i < record.values.size(); ++i)
        object.insert(info.fields[i].name, QJsonValue::fromVariant(record.values[i]));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QList<ChangeLogEntry> logEntriesFor(const ChangeList &changes, const QString &user, const QString &action,
                                    const CommandText &command, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ChangeLogEntry> entries;
    entries.reserve(changes.size());
    for (const Change &c : changes) {
        ChangeLogEntry e;
        e.at = now;
        e.user = user;
        e.action = action;
        e.command = command;
        e.reason = reason;
        e.entity = kindInfo(c.record.kind).table;
        e.entityId = c.record.id;
        switch (c.type) {
        case Change::Type::Insert:
            e.hasNew = true;
            e.newValue = recordJson(c.record);
            break;
        case Change::Type::Remove:
            e.hasOld = true;
            e.oldValue = recordJson(c.record);
            break;
        case Change::Type::Update:
            e.field = kindInfo(c.record.kind).fields.at(c.field).name;
            e.hasOld = !c.oldValue.isNull();
            e.oldValue = c.oldValue.toString();
            e.hasNew = !c.newValue.isNull();
            e.newValue = c.newValue.toString();
            break;
        }
        entries.append(e);
    }
    return entries;
}

} // namespace horisont
