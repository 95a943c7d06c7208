#include "fixtures.h"

#include "demo/generator.h"
#include "document/plandocument.h"

#include <QDir>
#include <QFile>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

namespace horisont::bench {

QString generatedPlan(int activities, qint64 transactions)
{
    QDir().mkpath(QStringLiteral(HORISONT_BENCH_DATA));
    const QString path = QStringLiteral(HORISONT_BENCH_DATA "/plan-%1-%2.horisont").arg(activities).arg(transactions);
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

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace horisont::bench
