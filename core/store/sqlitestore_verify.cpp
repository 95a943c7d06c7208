// SqliteStore: what a plan file holds and whether it is whole — its
// format version, SQLite's own checks, and which tables to read.
#include "store/sqlitestore.h"

#include "model/schema.h"
#include "store/fileformat.h"

#include <QSqlError>
#include <QSqlQuery>

namespace horisont {

QString SqliteStore::check(bool full)
{
    QSqlQuery query(database());
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

QStringList SqliteStore::tablesToRead(const QStringList &tables)
{
    // A file of an earlier format lacks the tables added since; it reads as
    // if they were empty until it is opened for writing and migrated. In a
    // current file every table must be there: a missing one is damage.
    if (userVersion() >= fileformat::currentVersion())
        return tables;
    QSqlQuery query(database());
    QStringList present;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (query.next())
            present << query.value(0).toString();
    }
    QStringList result;
    for (const QString &table : tables) {
        if (present.contains(table))
            result << table;
    }
    return result;
}

QString SqliteStore::checkTables(const QStringList &tables)
{
    QSqlQuery query(database());
    QStringList problems;
    for (const QString &table : tablesToRead(tables)) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(table)))
            return query.lastError().text();
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QStringList SqliteStore::structureTables()
{
    QStringList tables;
    for (int k = 0; k < EntityKindCount; ++k)
        tables << kindInfo(EntityKind(k)).table;
    return tables;
}

QStringList SqliteStore::bulkTables()
{
    return {QStringLiteral("import_batch"), QStringLiteral("ledger_transaction"), QStringLiteral("ledger_day"),
            QStringLiteral("change_log")};
}

int SqliteStore::userVersion()
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace horisont
