#include "fixtures.h"

#include "demo/generator.h"
#include "document/plandocument.h"
#include "store/fileformat.h"

#include <QDir>
#include <QFile>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

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

double peakMemoryOfOpening(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    char self[] = "/proc/self/exe";
    char flag[] = "--measure-open";
    char *argv[] = {self, flag, const_cast<char *>(file.constData()), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, self, nullptr, nullptr, argv, environ) != 0)
        return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0;
}

int openForMeasurement(const QString &path)
{
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Background);
    return doc && doc->waitForVerification() ? 0 : 1;
}

} // namespace horisont::bench
