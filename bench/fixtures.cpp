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
#include <random>

namespace horisont::bench {

QString generatedExport(int rows)
{
    QDir().mkpath(QStringLiteral(HORISONT_BENCH_DATA));
    const QString path = QStringLiteral(HORISONT_BENCH_DATA "/ledger-%1.csv").arg(rows);
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\n");
    std::mt19937 random(7);
    const char *orgs[] = {"1100", "2100", "3100", "4100", "4200", "5100", "6100"};
    const char *sources[] = {"UTV", "ORD", "BRA"};
    const char *projects[] = {"7100", "7110", "7120", "7130", "7140", "7150", "7160", "7170", "7180"};
    for (int n = 0; n < rows; ++n) {
        const qint64 ore = qint64(random() % 5'000'000);
        file.write(QStringLiteral("%1;%2;2025-%3-%4;%5;%6;2750;%7;%8;%9 %10,%11;Faktura %12\n")
                       .arg(300000 + n / 3)
                       .arg(n % 3 + 1)
                       .arg(1 + int(random() % 12), 2, 10, QLatin1Char('0'))
                       .arg(1 + int(random() % 28), 2, 10, QLatin1Char('0'))
                       .arg(4000 + int(random() % 3000))
                       .arg(QLatin1String(orgs[random() % 7]))
                       .arg(QLatin1String(sources[random() % 2]))
                       .arg(QLatin1String(projects[random() % 9]))
                       .arg(ore / 100000)
                       .arg((ore / 100) % 1000, 3, 10, QLatin1Char('0'))
                       .arg(ore % 100, 2, 10, QLatin1Char('0'))
                       .arg(n)
                       .toUtf8());
    }
    return path;
}


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
