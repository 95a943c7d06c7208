// Decided versions on the generated plan of 20 000 activities and
// 1 000 000 transactions: freezing < 1 s, and a version costs the file no
// more than the plan's own rows (the ledger stays out of it).
#include "fixtures.h"

#include "document/plandocument.h"
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

} // namespace
