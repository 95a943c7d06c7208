#include "store/idhighwater.h"

#include "model/schema.h"
#include "plan/plan.h"
#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace horisont::idhighwater {
namespace {

bool isKept(const QSqlDatabase &db)
{
    return sqldialect::hasTable(db, QStringLiteral("id_high_water"));
}

} // namespace

bool raise(QSqlDatabase &db, const QMap<EntityKind, Id> &highest, QString *error)
{
    if (highest.isEmpty() || !isKept(db))
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO id_high_water (entity, high) VALUES (?, ?) "
                             "ON CONFLICT (entity) DO UPDATE SET high = %1")
                  .arg(sqldialect::greatest(db, QStringLiteral("id_high_water.high"), QStringLiteral("excluded.high"))));
    for (auto it = highest.constBegin(); it != highest.constEnd(); ++it) {
        q.addBindValue(kindInfo(it.key()).table);
        q.addBindValue(qlonglong(it.value()));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QMap<EntityKind, Id> highestIn(const Plan &plan)
{
    QMap<EntityKind, Id> highest;
    forEachKind([&]<class T>() {
        if (const Id id = plan.all<T>().maxId(); id != NoId)
            highest.insert(kindOf<T>, id);
    });
    return highest;
}

void reserveUsed(const QSqlDatabase &db, Plan &plan)
{
    if (!isKept(db))
        return;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity, high FROM id_high_water")))
        return;
    while (q.next()) {
        if (const int kind = kindFromTable(q.value(0).toString()); kind >= 0)
            plan.reserveIdsThrough(EntityKind(kind), q.value(1).toLongLong());
    }
}

} // namespace horisont::idhighwater
