#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <optional>

namespace horisont {

/// Who holds the lock that makes a plan writable in one Horisont at a time
/// (the QLockFile "PLAN.lock" beside it).
struct LockHolder {
    qint64 pid = 0;       ///< 0 when the lock file could not be read (it is being written)
    QString host;         ///< empty: this computer
    QString application;
    QDateTime since;      ///< when the lock was taken (the lock file's time)
    bool onThisComputer = true;

    /// "process 4711 on ws-123 since 2026-12-04 09:12", or "a Horisont that is
    /// writing to it" when the lock file names no process.
    QString describe() const;
};

namespace planlock {

QString lockPath(const QString &planPath);

/// Takes `lock` (made on lockPath) when nobody holds it. A holder writes its
/// pid the moment it creates the file, so a file still without one seconds
/// later was left by a Horisont killed in between: it is taken over too.
bool tryLock(QLockFile &lock, const QString &planPath);

/// The holder of the plan's lock when a live process holds it, or nullopt
/// when nobody does. A lock left by a crashed process on this computer is
/// not held; one from another computer cannot be told apart from a live one.
std::optional<LockHolder> holder(const QString &planPath);

/// Removes a lock that the user has judged stale (a Horisont that crashed on
/// another computer of a network share). Refused while a process on this
/// computer holds it.
bool breakStale(const QString &planPath, QString *error);

} // namespace planlock

} // namespace horisont
