#include "fixtures.h"

#include "demo/generator.h"
#include "document/plandocument.h"
#include "store/fileformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <cstdlib>

namespace horisont::bench {

QString generatedPlan(int activities, qint64 transactions)
{
    QDir().mkpath(QStringLiteral(HORISONT_BENCH_DATA));
    // Named with the file format, so that a plan cached by an earlier build is not measured.
    const QString path = QStringLiteral(HORISONT_BENCH_DATA "/plan-%1-%2-v%3.horisont")
                             .arg(activities)
                             .arg(transactions)
                             .arg(fileformat::currentVersion());
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "generating %s …\n", qPrintable(path));
        QString error;
        if (!generatePlan(path, GeneratorOptions{activities, transactions, 1}, &error)) {
            std::fprintf(stderr, "cannot generate %s: %s\n", qPrintable(path), qPrintable(error));
            std::exit(2);
        }
    }
    return path;
}

// The child reports its own VmHWM: the rusage of a spawned child also
// counts the memory of the parent it was spawned from (the bench process,
// which may just have generated a million transactions).
double peakMemoryOfOpening(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-open"), path});
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return -1;
    bool ok = false;
    const double kib = child.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? kib / 1024.0 : -1;
}

int openForMeasurement(const QString &path)
{
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Background);
    if (!doc || !doc->waitForVerification())
        return 1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) { // "VmHWM:     37548 kB"
            std::printf("%s\n", line.mid(6).trimmed().split(' ').value(0).constData());
            return 0;
        }
    }
    return 1;
}

} // namespace horisont::bench
