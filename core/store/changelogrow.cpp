#include "store/changelogrow.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace horisont {

QString changeLogColumns(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool hasScenario =
        q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('change_log') WHERE name = 'scenario'")) && q.next();
    return QStringLiteral("id, at, user_name, action, command, entity, entity_id, field, old_value, new_value, reason, %1")
        .arg(hasScenario ? QStringLiteral("scenario") : QStringLiteral("NULL"));
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
    e.scenario = query.value(11).toString();
    return e;
}

} // namespace horisont
