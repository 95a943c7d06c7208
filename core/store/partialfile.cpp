#include "store/partialfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace horisont::partialfile {
namespace {

QString prefix(const QFileInfo &target, const QString &purpose)
{
    // The host name may hold characters a file name cannot: its hex is safe.
    const QString host = QString::fromLatin1(QSysInfo::machineHostName().toUtf8().toHex().left(32));
    return QStringLiteral(".%1.%2-%3-").arg(target.fileName(), purpose, host);
}

bool isRunning(qint64 pid)
{
    // Signal 0 checks that the process exists; EPERM: it does, as another user's.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

QString pathFor(const QString &target, const QString &purpose)
{
    const QFileInfo info(target);
    return info.dir().filePath(prefix(info, purpose) + QString::number(QCoreApplication::applicationPid()));
}

void removeAbandoned(const QString &target, const QString &purpose)
{
    const QFileInfo info(target);
    const QString mine = prefix(info, purpose);
    const QDir dir = info.dir();
    const QStringList names = dir.entryList({mine + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        bool isPid = false;
        const qint64 pid = name.mid(mine.size()).toLongLong(&isPid);
        if (isPid && !isRunning(pid)) // side files ("-journal", "-wal") go with their partial file
            remove(dir.filePath(name));
    }
}

void remove(const QString &partial)
{
    QFile::remove(partial);
    for (const char *side : {"-journal", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(side));
}

} // namespace horisont::partialfile
