#include "store/storeverifier.h"

#include "store/fileformat.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace horisont {

namespace {
// These texts were written in SqliteStore; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::SqliteStore)
};
} // namespace

StoreVerifier::StoreVerifier(QSqlDatabase database) : m_database(std::move(database))
{}

QString StoreVerifier::check(bool full)
{
    QSqlQuery query(m_database);
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

QStringList StoreVerifier::tablesToRead(const QStringList &tables)
{
    // A file of an earlier format lacks the tables added since; it reads as
    // if they were empty until it is opened for writing and migrated. In a
    // current file every table must be there: a missing one is damage.
    if (userVersion() >= fileformat::currentVersion())
        return tables;
    QSqlQuery query(m_database);
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

QString StoreVerifier::checkPagesOf(const QStringList &tables)
{
    return checkEach(tables, QStringLiteral("quick_check"));
}

QString StoreVerifier::checkTables(const QStringList &tables)
{
    return checkEach(tables, QStringLiteral("integrity_check"));
}

QString StoreVerifier::checkEach(const QStringList &tables, const QString &pragma)
{
    QSqlQuery query(m_database);
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

QString StoreVerifier::indexesMatchTables(const QStringList &tables)
{
    QSqlQuery query(m_database);
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
                                        "ELSE length(CAST(\"%1\" AS BLOB)) END")
                             .arg(column);
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
        const QStringList byTable =
            row(QStringLiteral("SELECT %1, %2 FROM %3 NOT INDEXED").arg(counts, keySums.join(QLatin1Char(',')), table));
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

QString StoreVerifier::foreignKeyCheck(const QString &table)
{
    if (!table.isEmpty() && tablesToRead({table}).isEmpty())
        return QStringLiteral("ok"); // a file of an earlier format, read as it is
    QStringList problems;
    const QString error = collectMissingReferences(table, &problems);
    if (!error.isEmpty())
        return error;
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QString StoreVerifier::foreignKeyCheckExcept(const QStringList &skipped)
{
    QSqlQuery query(m_database);
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'")))
        return query.lastError().text();
    while (query.next()) {
        if (!skipped.contains(query.value(0).toString()))
            tables << query.value(0).toString();
    }
    QStringList problems;
    for (const QString &table : std::as_const(tables)) {
        const QString error = collectMissingReferences(table, &problems);
        if (!error.isEmpty())
            return error;
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QString StoreVerifier::collectMissingReferences(const QString &table, QStringList *problems)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString sql = table.isEmpty() ? QStringLiteral("PRAGMA foreign_key_check")
                                        : QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table);
    if (!query.exec(sql))
        return query.lastError().text();
    while (problems->size() < MostMissingReferencesNamed && query.next()) {
        *problems << missingReference(query.value(0).toString(), query.value(1).toLongLong(),
                                      query.value(2).toString());
    }
    return {};
}

namespace {

/// type|name → sql (in name order, so the first problem named is the
/// same on every run) of every table, index, trigger and view that the
/// migrations up to `version` create, as SQLite itself records them.
QMap<QString, QString> schemaAt(int version)
{
    static QHash<int, QMap<QString, QString>> cache;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    QMap<QString, QString> objects;
    const QString connection = QStringLiteral("horisont-expected-schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            for (const Migration &m : migrations()) {
                if (m.version > version)
                    break;
                for (const QString &statement : statementsOf(m))
                    query.exec(statement);
            }
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
            while (query.next())
                objects.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString(),
                               query.value(2).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    cache.insert(version, objects);
    return objects;
}

} // namespace

QString StoreVerifier::schemaProblem()
{
    const int version = userVersion();
    if (version <= 0 || version > fileformat::currentVersion())
        return {};
    const QMap<QString, QString> expected = schemaAt(version);
    QMap<QString, QString> present;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
        return query.lastError().text();
    while (query.next())
        present.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString(),
                       query.value(2).toString());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QString name = it.key().section(QLatin1Char('|'), 1);
        if (!present.contains(it.key()))
            return Tr::tr("its %1 %2 is missing").arg(it.key().section(QLatin1Char('|'), 0, 0), name);
        if (present.value(it.key()) != it.value())
            return Tr::tr("its %1 %2 has been changed outside Horisont")
                .arg(it.key().section(QLatin1Char('|'), 0, 0), name);
    }
    // A trigger or view runs or reads on Horisont's behalf: none belongs in a plan.
    for (auto it = present.constBegin(); it != present.constEnd(); ++it) {
        const QString type = it.key().section(QLatin1Char('|'), 0, 0);
        if (type == QLatin1String("trigger") || type == QLatin1String("view"))
            return Tr::tr("it holds a %1 (%2) that Horisont never creates")
                .arg(type, it.key().section(QLatin1Char('|'), 1));
    }
    return {};
}

QString StoreVerifier::formatProblem()
{
    const int version = userVersion();
    QSqlQuery query(m_database);
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

QString StoreVerifier::ledgerRowProblem()
{
    if (tablesToRead({QStringLiteral("ledger_day")}).isEmpty())
        return QStringLiteral("ok"); // an earlier format, read as it is
    const QString badTime = QStringLiteral("(typeof(%1) != 'text' OR datetime(%1) IS NULL)");
    const QList<QPair<QString, QString>> rules{
        {QStringLiteral("import_batch"), badTime.arg(QStringLiteral("at"))
                                             + QStringLiteral(" OR typeof(total_ore) != 'integer' OR "
                                                              "abs(total_ore) >= 1000000000000000000")},
        {QStringLiteral("change_log"),
         badTime.arg(QStringLiteral("at")) + QStringLiteral(" OR typeof(entity_id) != 'integer' OR entity_id < 0")},
    };
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    for (const auto &[table, wrong] : rules) {
        if (!query.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 LIMIT 1").arg(table, wrong)))
            return query.lastError().text();
        if (query.next())
            return unwrittenRow(table, query.value(0).toLongLong());
    }
    return QStringLiteral("ok");
}

QString StoreVerifier::unwrittenRow(const QString &table, qint64 row)
{
    return Tr::tr("table %1, row %2 holds a value Horisont cannot have written").arg(table).arg(row);
}

QString StoreVerifier::missingReference(const QString &table, qint64 row, const QString &parent)
{
    return Tr::tr("table %1, row %2 refers to a row of %3 that does not exist").arg(table).arg(row).arg(parent);
}

int StoreVerifier::userVersion()
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace horisont
