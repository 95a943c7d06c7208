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

// Opening as the application does: structure verified and loaded, the
// ledger and change log verified on a background thread.
void BM_OpenPlan(benchmark::State &state)
{
    const QString path = bench::generatedPlan(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        QString error;
        auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite,
                                      PlanDocument::Verification::Background);
        if (!doc || doc->isReadOnly())
            state.SkipWithError("cannot open the generated plan");
        benchmark::DoNotOptimize(doc.get());
        state.PauseTiming();
        doc.reset(); // waits for the background check, outside the timing
        state.ResumeTiming();
    }
    state.counters["peak_MiB"] = bench::peakMemoryOfOpening(path);
}
BENCHMARK(BM_OpenPlan)->Args({20000, 1000000})->Unit(benchmark::kMillisecond)->Iterations(5);

// Opening with the whole file verified before returning (Verification::Full); the command
// line verifies in the background and waits for it, which BM_CheckPlan measures.
void BM_OpenPlanFullyVerified(benchmark::State &state)
{
    const QString path = bench::generatedPlan(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        QString error;
        auto doc = PlanDocument::open(path, &error);
        if (!doc)
            state.SkipWithError("cannot open the generated plan");
        benchmark::DoNotOptimize(doc.get());
    }
}
BENCHMARK(BM_OpenPlanFullyVerified)->Args({20000, 1000000})->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CheckPlan(benchmark::State &state)
{
    const QString path = bench::generatedPlan(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        // What `horisont check` does: open read-only, verify the ledger on a
        // second thread while computing its aggregates and the plan checks.
        QString error;
        auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly,
                                      PlanDocument::Verification::Background);
        CheckContext context;
        context.ledger = Ledger(doc->store()).totals();
        const Findings findings = checkPlan(doc->plan(), context);
        if (!doc->waitForVerification())
            state.SkipWithError("verification failed");
        benchmark::DoNotOptimize(findings.size());
    }
}
BENCHMARK(BM_CheckPlan)->Args({20000, 1000000})->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
