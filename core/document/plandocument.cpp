#include "document/plandocument.h"

#include "ledger/ledgerdays.h"
#include "model/schema.h"
#include "store/fileformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <cstdio>

#include <pwd.h>
#include <unistd.h>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanDocument)
};

QString recordJson(const Record &record)
{
    const KindInfo &info = kindInfo(record.kind);
    QJsonObject object;
    for (int i = 0; i < info.fields.size() && i < record.values.size(); ++i)
        object.insert(info.fields[i].name, QJsonValue::fromVariant(record.values[i]));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<ChangeLogEntry> logEntriesFor(const ChangeList &changes, const QString &user, const QString &action,
                                    const QString &command, const QString &reason)
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

} // namespace

QString currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        // Services and CI often run without a login environment.
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

PlanDocument::PlanDocument(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()), m_userName(currentOsUser())
{
}

PlanDocument::~PlanDocument()
{
    if (m_verification.valid())
        m_verification.wait();
    // The undo stack's commands point back at this document: drop them first.
    m_undoStack.clear();
    m_store.close();
}

bool PlanDocument::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    return false;
}

bool PlanDocument::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // A plan can stay open for days: only a dead owner makes a lock stale, never its age.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_readOnlyReason = Tr::tr("%1 is open in another Horisont (process %2 on %3). "
                              "You can read the plan here but not change it until it is closed there.")
                               .arg(QFileInfo(m_path).fileName())
                               .arg(pid)
                               .arg(host.isEmpty() ? Tr::tr("this computer") : host);
    } else {
        m_readOnlyReason = Tr::tr("The folder of %1 cannot be written, so the plan is open read-only.")
                               .arg(QFileInfo(m_path).fileName());
    }
    m_lock.reset();
    return false;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, QString *error, Access access,
                                                 Verification verification)
{
    const FileHeaderInfo header = inspectFileHeader(path);
    if (header.verdict != FileHeaderInfo::Verdict::Ok) {
        *error = header.message;
        return nullptr;
    }
    std::unique_ptr<PlanDocument> doc(new PlanDocument(path));
    const QString name = QFileInfo(path).fileName();

    bool writable = access == Access::ReadWrite;
    if (header.userVersion > fileformat::currentVersion()) {
        doc->m_readOnlyReason = Tr::tr("%1 was written by a newer version of Horisont (file format %2; this "
                                       "version knows up to %3). It is open read-only so that nothing in it is lost.")
                                    .arg(name)
                                    .arg(header.userVersion)
                                    .arg(fileformat::currentVersion());
        writable = false;
    } else if (access == Access::ReadOnly) {
        doc->m_readOnlyReason = Tr::tr("Opened read-only on request.");
    } else if (!QFileInfo(path).isWritable()) {
        doc->m_readOnlyReason = Tr::tr("%1 is write-protected, so the plan is open read-only.").arg(name);
        writable = false;
    } else if (!doc->acquireLock()) {
        writable = false;
    }

    // A journal left by a process that died mid-edit must be rolled back
    // before anything can be read, and only a writing connection can do
    // that. Holding the lock means no live Horisont owns that journal.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (hotJournal && !writable) {
        *error = Tr::tr("%1 holds an edit that was interrupted (its journal file is still there). "
                        "Open it for editing in Horisont to complete the recovery.")
                     .arg(name);
        return nullptr;
    }
    // Otherwise look at the file strictly read-only first: a damaged file is
    // reported, never touched.
    if (!doc->m_store.open(doc->m_path, !hotJournal, error)) {
        *error = Tr::tr("%1 is damaged: %2").arg(name, *error);
        return nullptr;
    }
    QString verdict = verification == Verification::Full ? doc->m_store.check(false)
                                                          : doc->m_store.checkTables(SqliteStore::structureTables());
    if (verification == Verification::Full && verdict == QLatin1String("ok"))
        verdict = LedgerDaySums::check(doc->m_store);
    if (verdict != QLatin1String("ok")) {
        *error = Tr::tr("%1 is damaged: %2").arg(name, verdict.section(QLatin1Char('\n'), 0, 0));
        return nullptr;
    }
    if (writable) {
        if (!doc->m_store.open(doc->m_path, false, error) || !doc->m_store.migrate(error))
            return nullptr;
    }
    if (!doc->m_store.load(doc->m_plan, error)) {
        *error = Tr::tr("%1 cannot be read: %2").arg(name, *error);
        return nullptr;
    }
    if (doc->m_plan.all<Programme>().empty()) {
        *error = Tr::tr("%1 has no programme: it is not a complete Horisont plan.").arg(name);
        return nullptr;
    }
    if (verification == Verification::Background) {
        const QString file = doc->m_path;
        doc->m_verification = std::async(std::launch::async, [file] {
            SqliteStore store; // a connection of this thread's own
            QString problem;
            if (!store.open(file, true, &problem))
                return problem;
            const QString tables = store.checkTables(SqliteStore::bulkTables());
            return tables == QLatin1String("ok") ? LedgerDaySums::check(store) : tables;
        });
    }
    return doc;
}

std::unique_ptr<PlanDocument> PlanDocument::create(const QString &path, const Programme &programme,
                                                   QString *error)
{
    const QFileInfo target(path);
    if (target.exists()) {
        *error = Tr::tr("%1 already exists; choose another name.").arg(path);
        return nullptr;
    }
    if (!target.absoluteDir().exists()) {
        *error = Tr::tr("The folder %1 does not exist.").arg(target.absolutePath());
        return nullptr;
    }
    // Build the file under a temporary name so that a half-made plan never
    // appears under the user's name.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    {
        SqliteStore store;
        Plan plan;
        Programme p = programme;
        p.id = 1;
        const bool ok = store.open(temporary, false, error) && store.initialise(error)
                        && store.write({Change::insert(toRecord(p))},
                                       logEntriesFor({Change::insert(toRecord(p))}, currentOsUser(),
                                                     QStringLiteral("do"), Tr::tr("Create plan"), QString()),
                                       error);
        store.close();
        if (!ok) {
            QFile::remove(temporary);
            return nullptr;
        }
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        *error = Tr::tr("Cannot create %1.").arg(path);
        return nullptr;
    }
    return open(path, error);
}

bool PlanDocument::waitForVerification(QString *problem)
{
    if (m_verification.valid()) {
        const QString verdict = m_verification.get();
        if (verdict != QLatin1String("ok")) {
            m_verificationProblem = Tr::tr("%1 is damaged: %2")
                                        .arg(QFileInfo(m_path).fileName(), verdict.section(QLatin1Char('\n'), 0, 0));
            m_readOnlyReason = m_verificationProblem;
        }
    }
    if (problem)
        *problem = m_verificationProblem;
    return m_verificationProblem.isEmpty();
}

bool PlanDocument::execute(QUndoCommand *command)
{
    waitForVerification();
    if (isReadOnly()) {
        delete command;
        return fail(m_readOnlyReason);
    }
    m_lastError.clear();
    m_undoStack.push(command); // deletes the command if its redo() made it obsolete
    return m_lastError.isEmpty();
}

bool PlanDocument::apply(const ChangeList &changes, const QString &action, const QString &commandText,
                         const QString &reason)
{
    waitForVerification();
    if (isReadOnly())
        return fail(m_readOnlyReason);
    QString error;
    if (!m_store.write(changes, logEntriesFor(changes, m_userName, action, commandText, reason), &error))
        return fail(Tr::tr("\"%1\" could not be saved, and nothing was changed: %2").arg(commandText, error));
    for (const Change &c : changes) {
        switch (c.type) {
        case Change::Type::Insert:
            m_plan.insert(c.record);
            break;
        case Change::Type::Remove:
            m_plan.remove(c.record.kind, c.record.id);
            break;
        case Change::Type::Update:
            m_plan.update(c.record.kind, c.record.id, c.field, c.newValue);
            break;
        }
    }
    return true;
}

bool PlanDocument::applyBulk(const ChangeList &changes, const QString &commandText)
{
    waitForVerification();
    if (isReadOnly())
        return fail(m_readOnlyReason);
    ChangeLogEntry summary;
    summary.at = QDateTime::currentDateTimeUtc();
    summary.user = m_userName;
    summary.action = QStringLiteral("do");
    summary.command = commandText;
    summary.entity = QStringLiteral("plan");
    summary.hasNew = true;
    summary.newValue = Tr::tr("%n entities", nullptr, int(changes.size()));
    QString error;
    if (!m_store.write(changes, {summary}, &error))
        return fail(Tr::tr("\"%1\" could not be saved, and nothing was changed: %2").arg(commandText, error));
    m_store.load(m_plan, &error);
    return true;
}

const LedgerTotals &PlanDocument::ledgerTotals()
{
    if (!m_ledgerTotals)
        m_ledgerTotals = Ledger(m_store).totals();
    return *m_ledgerTotals;
}

void PlanDocument::ledgerChanged()
{
    m_ledgerTotals.reset();
    Q_EMIT ledgerTotalsChanged();
}

bool PlanDocument::saveCopy(const QString &target, QString *error)
{
    if (QFileInfo(target).absoluteFilePath() == m_path) {
        *error = Tr::tr("A copy cannot replace the plan itself.");
        return false;
    }
    return m_store.saveCopy(target, error);
}

} // namespace horisont
