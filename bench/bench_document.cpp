// The foundation's targets, on the generated plan of 20 000 activities and
// 1 000 000 transactions: open and load < 300 ms, peak memory < 300 MB,
// `horisont check` < 1 s.
#include "fixtures.h"

#include "check/plancheck.h"
#include "demo/generator.h"
#include "document/plandocument.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

void BM_GeneratePlan(benchmark::State &state)
{
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        const QString path = dir.filePath(QStringLiteral("g%1.horisont").arg(n++));
        QString error;
        auto doc = generatePlan(path, GeneratorOptions{int(state.range(0)), 0, 1}, &error);
        if (!doc)
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(doc.get());
    }
    state.counters["activities"] = double(state.range(0));
}
BENCHMARK(BM_GeneratePlan)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_OpenPlan(benchmark::State &state)
{
    const QString path = bench::generatedPlan(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        QString error;
        auto doc = PlanDocument::open(path, &error);
        if (!doc || doc->isReadOnly())
            state.SkipWithError("cannot open the generated plan");
        benchmark::DoNotOptimize(doc.get());
    }
    state.counters["peak_MiB"] = bench::peakMemoryMiB();
}
BENCHMARK(BM_OpenPlan)->Args({20000, 1000000})->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_CheckPlan(benchmark::State &state)
{
    const QString path = bench::generatedPlan(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        // What `horisont check` does: open read-only, ledger aggregates, plan checks.
        QString error;
        auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
        CheckContext context;
        context.ledger = Ledger(doc->store()).totals();
        const Findings findings = checkPlan(doc->plan(), context);
        benchmark::DoNotOptimize(findings.size());
    }
}
BENCHMARK(BM_CheckPlan)->Args({20000, 1000000})->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
