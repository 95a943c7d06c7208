#include "store/sqlitestore.h"

#include "model/schema.h"
#include "model/storageform.h"
#include "plan/plan.h"
#include "plan/planintegrity.h"
#include "store/storedvalue.h"
#include "store/changelogrow.h"
#include "store/fileformat.h"
#include "store/idhighwater.h"
#include "store/migrations.h"
#include "store/transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <cstdio>

#include <unistd.h>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::SqliteStore)
};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString selectSql(const KindInfo &info)
{
    QStringList columns{QStringLiteral("id")};
    for (const auto &f : info.fields)
        columns << quoted(f.name);
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QLatin1Char(',')), info.table);
}

QString insertSql(const KindInfo &info)
{
    QStringList columns{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    for (const auto &f : info.fields) {
        columns << quoted(f.name);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(info.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

template<class T>
bool loadKind(QSqlDatabase db, Plan &plan, QString *error)
{
    const KindInfo &info = kindInfo(kindOf<T>);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectSql(info))) {
        *error = Tr::tr("Cannot read table %1: %2").arg(info.table, query.lastError().text());
        return false;
    }
    const auto &fields = fieldsOf<T>();
    const auto refuse = [&](const QVariant &id, const QString &column, const QString &problem) {
        *error = Tr::tr("table %1, row %2: %3 %4").arg(info.table, id.toString(), column, problem);
        return false;
    };
    Id previous = NoId;
    while (query.next()) {
        const QVariant rawId = query.value(0);
        if (const QString problem = storedIdProblem(rawId); !problem.isEmpty())
            return refuse(rawId, QStringLiteral("id"), problem);
        T entity{};
        entity.id = rawId.toLongLong();
        if (entity.id == previous)
            return refuse(rawId, QStringLiteral("id"), Tr::tr("is used twice"));
        previous = entity.id;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const QVariant value = query.value(int(i) + 1);
            const bool reportedByChecks = isMissingRequiredValue(fields[i].meta, value);
            if (const QString problem = storedValueProblem(fields[i].meta, value); !problem.isEmpty() && !reportedByChecks)
                return refuse(rawId, fields[i].meta.name, problem);
            fields[i].set(entity, value);
        }
        plan.loadEntity(std::move(entity));
    }
    if (query.lastError().isValid()) {
        *error = Tr::tr("Cannot read table %1: %2").arg(info.table, query.lastError().text());
        return false;
    }
    return true;
}

std::atomic<int> connectionCounter{0};

} // namespace

SqliteStore::SqliteStore()
    : m_connection(QStringLiteral("horisont-%1").arg(connectionCounter.fetch_add(1)))
{
}

SqliteStore::~SqliteStore()
{
    close();
}

QSqlDatabase SqliteStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

StoreVerifier SqliteStore::verifier() const
{
    return StoreVerifier(database());
}

bool SqliteStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool SqliteStore::open(const QString &path, bool readOnly, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text());
        close();
        return false;
    }
    m_readOnly = readOnly;
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!readOnly) {
        // Plan files live on laptops and network shares, where WAL is unsafe;
        // a rollback journal and full syncs keep one file that survives power loss.
        if (!exec(QStringLiteral("PRAGMA journal_mode = DELETE"), error)
            || !exec(QStringLiteral("PRAGMA synchronous = FULL"), error))
            return false;
    }
    return true;
}

void SqliteStore::close()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqliteStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    if (error)
        *error = Tr::tr("SQL error in \"%1\": %2").arg(sql.left(80), query.lastError().text());
    return false;
}

QSqlQuery &SqliteStore::prepared(const QString &sql)
{
    return m_statements.get(database(), sql);
}

bool SqliteStore::initialise(QString *error)
{
    if (!exec(QStringLiteral("PRAGMA application_id = %1").arg(fileformat::ApplicationId), error))
        return false;
    return migrate(error);
}

bool SqliteStore::migrate(QString *error)
{
    const int from = userVersion();
    if (from >= fileformat::currentVersion())
        return true;
    TransactionGuard transaction(database());
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        for (const QString &statement : statementsOf(m)) {
            if (!exec(statement, error)) {
                *error = Tr::tr("Migrating the file to format %1 failed: %2").arg(m.version).arg(*error);
                return false;
            }
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(fileformat::currentVersion()), error))
        return false;
    if (!transaction.commit()) {
        *error = Tr::tr("Migrating the file failed: %1").arg(database().lastError().text());
        return false;
    }
    return true;
}

bool SqliteStore::load(Plan &plan, QString *error)
{
    const QStringList tables = verifier().tablesToRead(structureTables());
    plan.beginLoad();
    bool ok = true;
    forEachKind([&]<class T>() {
        if (ok && tables.contains(QString::fromLatin1(tableOf<T>())))
            ok = loadKind<T>(database(), plan, error);
    });
    if (ok) {
        if (const QString problem = planIntegrityProblem(plan); !problem.isEmpty()) {
            *error = problem;
            ok = false;
        }
        idhighwater::reserveUsed(database(), plan);
    }
    plan.endLoad();
    return ok;
}

bool SqliteStore::applyChange(const Change &change, QString *error)
{
    const KindInfo &info = kindInfo(change.record.kind);
    QString sql;
    switch (change.type) {
    case Change::Type::Insert: {
        QSqlQuery &q = prepared(insertSql(info));
        q.addBindValue(qlonglong(change.record.id));
        for (const QVariant &v : change.record.values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = Tr::tr("Cannot add to %1: %2").arg(info.table, q.lastError().text());
            return false;
        }
        return true;
    }
    case Change::Type::Remove:
        sql = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table);
        break;
    case Change::Type::Update:
        sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                  .arg(info.table, quoted(info.fields.at(change.field).name));
        break;
    }
    QSqlQuery &q = prepared(sql);
    if (change.type == Change::Type::Update)
        q.addBindValue(change.newValue);
    q.addBindValue(qlonglong(change.record.id));
    if (!q.exec()) {
        *error = Tr::tr("Cannot change %1 %2: %3").arg(info.table).arg(change.record.id).arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = Tr::tr("%1 %2 is not in the file.").arg(info.table).arg(change.record.id);
        return false;
    }
    return true;
}

bool SqliteStore::appendLog(const ChangeLogEntry &e, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO change_log (at, user_name, action, command, entity, entity_id, field, "
        "old_value, new_value, reason, scenario) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.at.toString(Qt::ISODateWithMs));
    q.addBindValue(storage::text(e.user));
    q.addBindValue(storage::text(e.action));
    q.addBindValue(storage::text(e.command.toStored()));
    q.addBindValue(storage::text(e.entity));
    q.addBindValue(qlonglong(e.entityId));
    q.addBindValue(storage::text(e.field));
    q.addBindValue(e.hasOld ? QVariant(e.oldValue) : QVariant());
    q.addBindValue(e.hasNew ? QVariant(e.newValue) : QVariant());
    q.addBindValue(storage::text(e.reason));
    q.addBindValue(e.scenario.isEmpty() ? QVariant() : QVariant(e.scenario));
    if (!q.exec()) {
        *error = Tr::tr("Cannot write the change log: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool SqliteStore::write(const ChangeList &changes, const QList<ChangeLogEntry> &log, QString *error)
{
    return writeWith([&](QSqlDatabase &, QString *why) { return applyInTransaction(changes, why); }, log, error);
}

bool SqliteStore::applyInTransaction(const ChangeList &changes, QString *error)
{
    QMap<EntityKind, Id> inserted;
    for (const Change &c : changes) {
        if (!applyChange(c, error))
            return false;
        if (c.type == Change::Type::Insert)
            inserted[c.record.kind] = std::max(inserted.value(c.record.kind), c.record.id);
    }
    QSqlDatabase db = database();
    return idhighwater::raise(db, inserted, error);
}

bool SqliteStore::writeWith(const std::function<bool(QSqlDatabase &, QString *)> &statements,
                            const QList<ChangeLogEntry> &log, QString *error)
{
    if (m_readOnly) {
        *error = Tr::tr("The plan is open read-only.");
        return false;
    }
    if (!m_refusal.isEmpty()) {
        *error = m_refusal;
        return false;
    }
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = Tr::tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    if (!statements(db, error))
        return false;
    for (const ChangeLogEntry &e : log) {
        if (!appendLog(e, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = Tr::tr("Cannot save the change: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

QList<ChangeLogEntry> SqliteStore::changeLog(int limit) const
{
    QList<ChangeLogEntry> entries;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM change_log ORDER BY id DESC LIMIT ?").arg(changeLogColumns(database())));
    q.addBindValue(limit);
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append(readChangeLogRow(q));
    return entries;
}

bool SqliteStore::saveCopy(const QString &target, QString *error)
{
    const QFileInfo targetInfo(target);
    const QString temporary = targetInfo.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(targetInfo.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temporary);
    if (!q.exec()) {
        QFile::remove(temporary);
        *error = Tr::tr("Cannot write a copy to %1: %2").arg(target, q.lastError().text());
        return false;
    }
    // VACUUM INTO does not sync its output; the copy must be on disk before
    // it takes the target's name.
    {
        QFile written(temporary);
        if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0) {
            QFile::remove(temporary);
            *error = Tr::tr("Cannot write a copy to %1: %2").arg(target, written.errorString());
            return false;
        }
    }
    // rename(2) replaces the target atomically: readers see the old copy or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        *error = Tr::tr("Cannot write a copy to %1: renaming the temporary file failed.").arg(target);
        return false;
    }
    return true;
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

} // namespace horisont
