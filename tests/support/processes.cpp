#include "processes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtDebug>

#include <sys/resource.h>

namespace horisont::test {

QString sqlite3(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, sql});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString horisontExecutable()
{
    return QStringLiteral(HORISONT_EXECUTABLE);
}

QProcessEnvironment horisontEnvironment(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HORISONT_LANG"), language);
    return env;
}

namespace {

/// Runs `process` (set up but not started) to its end or the time-out.
ProcessResult finish(QProcess &process, const QString &program, const QStringList &arguments, int timeoutMs)
{
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        result.timedOut = true;
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    } else {
        result.crashed = true;
        result.signal = process.exitCode(); // on Unix, QProcess reports the terminating signal here
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult run(const QStringList &arguments, int timeoutMs, const QString &language, qint64 addressSpace)
{
    QProcess process;
    process.setProcessEnvironment(horisontEnvironment(language));
    if (addressSpace > 0) {
        // In the child, between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([addressSpace] {
            const rlimit limit{rlim_t(addressSpace), rlim_t(addressSpace)};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
    return finish(process, horisontExecutable(), arguments, timeoutMs);
}

} // namespace

ProcessResult runHorisont(const QStringList &arguments, int timeoutMs, const QString &language)
{
    return run(arguments, timeoutMs, language, 0);
}

ProcessResult runHorisontWithin(qint64 addressSpaceBytes, const QStringList &arguments, int timeoutMs)
{
    return run(arguments, timeoutMs, QStringLiteral("en"), addressSpaceBytes);
}

ProcessResult runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    return finish(process, program, arguments, timeoutMs);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(HORISONT_TEST_DATA)).filePath(relative);
}

} // namespace horisont::test
