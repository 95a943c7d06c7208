// Decided versions on the generated plan of 20 000 activities and
// 1 000 000 transactions: freezing < 1 s, and a version costs the file no
// more than the plan's own rows (the ledger stays out of it).
#include "fixtures.h"

#include "document/plandocument.h"
#include "export/exporttable.h"
#include "versions/plancomparison.h"
#include "versions/plancontent.h"
#include "versions/planversions.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

void BM_Freeze(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("freeze.horisont"));
    if (!QFile::copy(bench::generatedPlan(int(state.range(0)), 1000000), path)) {
        state.SkipWithError("cannot copy the generated plan");
        return;
    }
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Background);
    if (!doc || !doc->waitForVerification()) {
        state.SkipWithError("cannot open the generated plan");
        return;
    }
    const qint64 before = QFileInfo(path).size();
    int n = 0;
    for (auto _ : state) {
        if (!planversions::freeze(*doc, QStringLiteral("v%1").arg(++n), {}, QDateTime::currentDateTimeUtc(), &error))
            state.SkipWithError(qPrintable(error));
    }
    doc.reset();
    // What one version adds to the file, against what the plan's rows take
    // in a file of their own (the same plan without a ledger).
    state.counters["growth_KiB"] = double(QFileInfo(path).size() - before) / n / 1024.0;
    state.counters["plan_rows_KiB"] = double(QFileInfo(bench::generatedPlan(int(state.range(0)), 0)).size()) / 1024.0;
}
BENCHMARK(BM_Freeze)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

/// Comparing two versions of the generated plan that differ in 1 000
/// activities (each end a month later) and 2 000 allocations (each 1 000 kr
/// more): the comparison and the tables the Changes view and `diff` show.
void BM_Diff(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 0), &error);
    if (!doc) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const Plan &before = doc->plan();
    Plan after;
    if (!plancontent::decode(plancontent::encode(before), after, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    // Every 19th activity and every 13th allocation, spread over the plan.
    int activities = 0, allocationsChanged = 0, n = 0;
    for (const Activity &a : before.all<Activity>()) {
        if (activities < 1000 && n++ % 19 == 0) {
            Activity moved = a;
            moved.end = moved.end.addMonths(1);
            after.loadEntity(moved);
            ++activities;
        }
    }
    n = 0;
    for (const Allocation &a : before.all<Allocation>()) {
        if (allocationsChanged < 2000 && n++ % 13 == 0) {
            Allocation raised = a;
            raised.amount += Money::fromOre(100'000);
            after.loadEntity(raised);
            ++allocationsChanged;
        }
    }
    std::size_t changes = 0;
    for (auto _ : state) {
        const PlanComparison comparison = comparePlans(before, after);
        const ExportTable items = changesTable(comparison, before, after);
        const ExportTable money = moneyChangesTable(comparison, before, after);
        changes = items.rows.size() + money.rows.size();
        benchmark::DoNotOptimize(changes);
    }
    state.counters["activities_changed"] = activities;
    state.counters["allocations_changed"] = allocationsChanged;
    state.counters["rows_shown"] = double(changes);
}
BENCHMARK(BM_Diff)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
