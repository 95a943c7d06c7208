#include "store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace horisont::sqldialect {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool deferForeignKeys(QSqlDatabase &db, QString *error)
{
    if (isPostgres(db))
        return true;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return true;
    *error = q.lastError().text();
    return false;
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // The server's search path is the plan's schema: to_regclass finds the table there.
    q.prepare(isPostgres(db) ? QStringLiteral("SELECT 1 WHERE to_regclass(?) IS NOT NULL")
                             : QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QString greatest(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)").arg(isPostgres(db) ? QStringLiteral("GREATEST") : QStringLiteral("max"), a, b);
}

std::optional<QString> postgresType(const QString &sqliteType)
{
    const QString type = sqliteType.toUpper();
    if (type == QLatin1String("INTEGER"))
        return QStringLiteral("BIGINT");
    if (type == QLatin1String("TEXT"))
        return QStringLiteral("TEXT");
    if (type == QLatin1String("REAL"))
        return QStringLiteral("DOUBLE PRECISION");
    if (type == QLatin1String("BLOB"))
        return QStringLiteral("BYTEA");
    return std::nullopt;
}

} // namespace horisont::sqldialect
