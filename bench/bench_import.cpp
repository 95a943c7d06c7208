// Importing a ledger export: BM_ImportLedger/N reads, validates, matches and
// writes N rows of a generated Windows-1252-free UTF-8 export into a copy of
// the demo plan (target for 1 000 000 rows: under 5 s).
#include "fixtures.h"

#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "ledger/import/ledgerimport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace horisont;

namespace {

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

void BM_ImportLedger(benchmark::State &state)
{
    const QString source = generatedExport(int(state.range(0)));
    QTemporaryDir dir;
    QString error;
    const QString demo = dir.filePath(QStringLiteral("demo.horisont"));
    demo::createUmea(demo, &error);
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString plan = dir.filePath(QStringLiteral("plan%1.horisont").arg(n++));
        QFile::copy(demo, plan);
        auto doc = PlanDocument::open(plan, &error);
        state.ResumeTiming();
        const ImportResult result = LedgerImport::import(*doc, source, ImportOptions{});
        if (!result.ok || result.imported != state.range(0))
            state.SkipWithError(qPrintable(result.error));
    }
    state.counters["rows/s"] = benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportLedger)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
