#include "document/planlock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <QLockFile>
#include <QThread>

#include <algorithm>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanLock)
};

} // namespace

QString LockHolder::describe() const
{
    const QString where = onThisComputer ? Tr::tr("this computer") : host;
    const QString when = since.isValid() ? since.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    if (pid <= 0)
        return Tr::tr("a Horisont that is writing to it");
    if (when.isEmpty())
        return Tr::tr("process %1 on %2").arg(pid).arg(where);
    return Tr::tr("process %1 on %2 since %3").arg(pid).arg(where, when);
}

namespace planlock {

QString lockPath(const QString &planPath)
{
    return QFileInfo(planPath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<LockHolder> holder(const QString &planPath)
{
    QLockFile lock(lockPath(planPath));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return std::nullopt;
    }
    if (lock.error() != QLockFile::LockFailedError)
        return std::nullopt; // a folder we cannot write: no Horisont can hold a lock there either
    LockHolder h;
    // The holder writes its pid a moment after creating the file: a reader in
    // between finds it empty, so look again briefly before saying "unknown".
    for (int attempt = 0; attempt < 10 && h.pid <= 0; ++attempt) {
        if (attempt > 0)
            QThread::msleep(20);
        lock.getLockInfo(&h.pid, &h.host, &h.application);
    }
    h.onThisComputer = h.host.isEmpty() || h.host == QSysInfo::machineHostName();
    h.since = QFileInfo(lockPath(planPath)).lastModified();
    return h;
}

bool tryLock(QLockFile &lock, const QString &planPath)
{
    if (lock.tryLock(0))
        return true;
    // A lock without a pid is one being written this instant or one left by
    // a Horisont killed in between. Only its age tells them apart, so a young
    // one is waited for (at most EmptyLockGrace) rather than taken for a writer.
    constexpr qint64 EmptyLockGrace = 2000; // ms
    auto early = holder(planPath);
    if (early && early->pid <= 0 && early->since.isValid()) {
        const qint64 age = early->since.msecsTo(QDateTime::currentDateTime());
        if (age < EmptyLockGrace) {
            // A clock that runs behind the share's (a negative age) waits no longer than the grace.
            QThread::msleep(std::clamp<qint64>(EmptyLockGrace - age, 0, EmptyLockGrace) + 10);
            early = holder(planPath);
        }
    }
    return early && early->pid <= 0 && early->since.isValid()
           && early->since.msecsTo(QDateTime::currentDateTime()) >= EmptyLockGrace && lock.removeStaleLockFile()
           && lock.tryLock(0);
}

bool breakStale(const QString &planPath, QString *error)
{
    const auto current = holder(planPath);
    if (!current)
        return true;
    if (current->onThisComputer && current->pid > 0) {
        *error = Tr::tr("%1 is still held by %2 on this computer, which is running; close it there.")
                     .arg(QFileInfo(planPath).fileName(), current->describe());
        return false;
    }
    QLockFile lock(lockPath(planPath));
    if (!lock.removeStaleLockFile()) {
        *error = Tr::tr("Cannot remove %1.").arg(lockPath(planPath));
        return false;
    }
    return true;
}

} // namespace planlock

} // namespace horisont
