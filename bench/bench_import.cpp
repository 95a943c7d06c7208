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

using namespace horisont;

namespace {


void BM_ImportLedger(benchmark::State &state)
{
    const QString source = bench::generatedExport(int(state.range(0)));
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
