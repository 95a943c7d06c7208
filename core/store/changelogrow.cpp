#include "store/changelogrow.h"

#include <QSqlQuery>
#include <QVariant>

namespace horisont {

QString changeLogColumns()
{
    return QStringLiteral("id, at, user_name, action, command, entity, entity_id, field, old_value, new_value, reason");
}

ChangeLogEntry readChangeLogRow(const QSqlQuery &query)
{
    ChangeLogEntry e;
    e.id = query.value(0).toLongLong();
    e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    e.user = query.value(2).toString();
    e.action = query.value(3).toString();
    e.command = CommandText::fromStored(query.value(4).toString());
    e.entity = query.value(5).toString();
    e.entityId = query.value(6).toLongLong();
    e.field = query.value(7).toString();
    e.hasOld = !query.value(8).isNull();
    e.oldValue = query.value(8).toString();
    e.hasNew = !query.value(9).isNull();
    e.newValue = query.value(9).toString();
    e.reason = query.value(10).toString();
    return e;
}

} // namespace horisont
