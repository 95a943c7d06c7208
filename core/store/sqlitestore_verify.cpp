// SqliteStore: what a plan file holds and whether it is whole — its
// format version, SQLite's own checks, and which tables to read.
#include "store/sqlitestore.h"

#include "model/schema.h"
#include "store/fileformat.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace horisont {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::SqliteStore)
};
} // namespace

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

QString SqliteStore::checkPagesOf(const QStringList &tables)
{
    return checkEach(tables, QStringLiteral("quick_check"));
}

QString SqliteStore::checkTables(const QStringList &tables)
{
    return checkEach(tables, QStringLiteral("integrity_check"));
}

QString SqliteStore::checkEach(const QStringList &tables, const QString &pragma)
{
    QSqlQuery query(database());
    QStringList problems;
    for (const QString &table : tablesToRead(tables)) {
        if (!query.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma, table)))
            return query.lastError().text();
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QString SqliteStore::indexesMatchTables(const QStringList &tables)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (const QString &table : tablesToRead(tables)) {
        // Per index: the sum of its keys over every row, read once from the
        // table for all of them and once from each index.
        QStringList indexes;
        if (!query.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table)))
            return query.lastError().text();
        while (query.next()) {
            if (query.value(4).toInt() == 0) // partial indexes hold only some rows
                indexes << query.value(1).toString();
        }
        QStringList names;
        QStringList keySums;
        for (const QString &index : std::as_const(indexes)) {
            if (!query.exec(QStringLiteral("PRAGMA index_info(\"%1\")").arg(index)))
                return query.lastError().text();
            QStringList terms;
            bool onExpression = false;
            while (query.next()) {
                const QString column = query.value(2).toString();
                onExpression = onExpression || query.value(1).toInt() < 0;
                terms << QStringLiteral("CASE typeof(\"%1\") WHEN 'integer' THEN \"%1\" % 1000003 "
                                        "ELSE length(CAST(\"%1\" AS BLOB)) END").arg(column);
            }
            if (onExpression || terms.isEmpty())
                continue; // an index on an expression: integrity_check's business
            names << index;
            keySums << QStringLiteral("sum(%1)").arg(terms.join(QLatin1Char('+')));
        }
        if (names.isEmpty())
            continue;
        const auto row = [&](const QString &sql) {
            QStringList values;
            if (query.exec(sql) && query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
            }
            return values;
        };
        const QString counts = QStringLiteral("count(*), sum(rowid % 1000003)");
        const QStringList byTable = row(QStringLiteral("SELECT %1, %2 FROM %3 NOT INDEXED")
                                            .arg(counts, keySums.join(QLatin1Char(',')), table));
        if (byTable.size() != names.size() + 2)
            return query.lastError().text();
        for (int i = 0; i < names.size(); ++i) {
            const QStringList byIndex = row(QStringLiteral("SELECT %1, %2 FROM %3 INDEXED BY \"%4\"")
                                                .arg(counts, keySums.at(i), table, names.at(i)));
            if (byIndex.size() != 3)
                return query.lastError().text();
            if (byIndex.at(0) != byTable.at(0) || byIndex.at(1) != byTable.at(1) || byIndex.at(2) != byTable.at(i + 2))
                return Tr::tr("index %1 does not match table %2").arg(names.at(i), table);
        }
    }
    return QStringLiteral("ok");
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

QString SqliteStore::foreignKeyCheck(const QString &table)
{
    if (!table.isEmpty() && tablesToRead({table}).isEmpty())
        return QStringLiteral("ok"); // a file of an earlier format, read as it is
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString sql = table.isEmpty() ? QStringLiteral("PRAGMA foreign_key_check")
                                        : QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table);
    if (!query.exec(sql))
        return query.lastError().text();
    QStringList problems;
    while (query.next() && problems.size() < 5) {
        problems << Tr::tr("table %1, row %2 refers to a row of %3 that does not exist")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QString SqliteStore::formatProblem()
{
    const int version = userVersion();
    QSqlQuery query(database());
    QStringList present;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (query.next())
            present << query.value(0).toString();
    }
    static const QRegularExpression created(QStringLiteral("CREATE TABLE (\\w+)"));
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        auto tables = created.globalMatch(QString::fromUtf8(m.sql));
        while (tables.hasNext()) {
            const QString table = tables.next().captured(1);
            if (present.contains(table))
                return Tr::tr("it says it is of format %1, but it already holds table %2 of format %3: its format "
                              "number has been changed outside Horisont, and migrating it would fail")
                    .arg(version)
                    .arg(table)
                    .arg(m.version);
        }
    }
    return {};
}

int SqliteStore::userVersion()
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace horisont
