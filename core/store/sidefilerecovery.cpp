#include "store/sidefilerecovery.h"

#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace horisont::sidefiles {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::SideFileRecovery)
};

const QString JournalSuffix = QStringLiteral("-journal");
const QString WalSuffix = QStringLiteral("-wal");
const QString ShmSuffix = QStringLiteral("-shm");

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to);
    if (QFile::copy(from, to))
        return true;
    *error = Tr::tr("Cannot copy %1 to %2.").arg(from, to);
    return false;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString stampNow()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void removeWithSideFiles(const QString &path)
{
    for (const QString &suffix : {QString(), JournalSuffix, WalSuffix, ShmSuffix})
        QFile::remove(path + suffix);
}

} // namespace

Replayed replayIntoCopy(const QString &planPath, const QString &folder, bool withSideFiles)
{
    Replayed result;
    const QString copy = QDir(folder).filePath(QStringLiteral(".%1.recovering-%2")
                                                   .arg(QFileInfo(planPath).fileName(),
                                                        QUuid::createUuid().toString(QUuid::Id128)));
    bool ok = copyFile(planPath, copy, &result.error);
    if (ok && withSideFiles) {
        for (const QString &suffix : {JournalSuffix, WalSuffix}) {
            if (ok && QFileInfo(planPath + suffix).size() > 0)
                ok = copyFile(planPath + suffix, copy + suffix, &result.error);
        }
    }
    if (!ok) {
        result.ioFailure = true;
        discard(copy);
        return result;
    }
    {
        // Opening for writing replays the journal or the WAL into the copy and
        // turns it into a rollback-journal file, as every plan is.
        // SQLite replays a journal only when it first reads the file.
        SqliteStore store;
        ok = store.open(copy, false, &result.error);
        if (ok) {
            QSqlQuery read(store.database());
            ok = read.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && read.next()
                 && read.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            if (!ok)
                result.error = read.lastError().text();
        }
        store.close();
    }
    if (ok && (QFileInfo::exists(copy + JournalSuffix) || QFileInfo::exists(copy + WalSuffix))) {
        result.error = Tr::tr("SQLite left the replayed copy unfinished");
        ok = false;
    }
    if (ok && !syncFile(copy)) {
        result.error = Tr::tr("Cannot write the replayed copy to disk.");
        result.ioFailure = true;
        ok = false;
    }
    if (!ok) {
        discard(copy);
        return result;
    }
    QFile::remove(copy + ShmSuffix);
    result.path = copy;
    return result;
}

void discard(const QString &copyPath)
{
    removeWithSideFiles(copyPath);
}

bool adopt(const QString &copyPath, const QString &planPath, QString *error)
{
    // The copy takes the plan's name first; only then are the side files it
    // absorbed removed. Killed in between, the next opening finds the
    // recovered plan with its old side files and replays them once more in a
    // copy — they restore the same pages, so the result is the same.
    if (std::rename(QFile::encodeName(copyPath).constData(), QFile::encodeName(planPath).constData()) != 0) {
        *error = Tr::tr("Cannot put the recovered copy in place of %1.").arg(planPath);
        discard(copyPath);
        return false;
    }
    for (const QString &suffix : {JournalSuffix, WalSuffix, ShmSuffix})
        QFile::remove(planPath + suffix);
    return true;
}

QStringList keepBeforeWal(const QString &planPath, QString *error)
{
    const QString stamp = stampNow();
    const QString planCopy = planPath + QStringLiteral(".before-wal-") + stamp;
    const QString walCopy = planPath + WalSuffix + QStringLiteral(".applied-") + stamp;
    if (!copyFile(planPath, planCopy, error) || !copyFile(planPath + WalSuffix, walCopy, error)) {
        QFile::remove(planCopy);
        return {};
    }
    if (!syncFile(planCopy) || !syncFile(walCopy)) {
        *error = Tr::tr("Cannot write %1 to disk.").arg(planCopy);
        QFile::remove(planCopy);
        QFile::remove(walCopy);
        return {};
    }
    return {QFileInfo(planCopy).fileName(), QFileInfo(walCopy).fileName()};
}

QStringList setAside(const QString &planPath, QString *error)
{
    const QString stamp = stampNow();
    QStringList names;
    for (const QString &suffix : {JournalSuffix, WalSuffix}) {
        const QString side = planPath + suffix;
        if (!QFileInfo::exists(side))
            continue;
        // "plan.horisont-journal.not-replayed-20261204-153000": still SQLite's
        // bytes for anyone who wants to look, but a name SQLite never opens.
        const QString aside = side + QStringLiteral(".not-replayed-") + stamp;
        if (std::rename(QFile::encodeName(side).constData(), QFile::encodeName(aside).constData()) != 0) {
            *error = Tr::tr("Cannot rename %1 out of the way.").arg(side);
            return {};
        }
        names << QFileInfo(aside).fileName();
    }
    QFile::remove(planPath + ShmSuffix);
    return names;
}

} // namespace horisont::sidefiles
