// Bringing a plan in from another tool: BM_ImportPlan/<format>/N is the whole
// import of a file of N tasks written in the tool's own shape (planfiles.h):
// the file read and sniffed, the plan mapped, the new plan file written
// (createImportedPlan) — what `horisont import-plan` does. Target for 10 000
// tasks: under 1 s in every format.
#include "planfiles.h"

#include "planimport/planimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

void BM_ImportPlan(benchmark::State &state, QByteArray (*write)(int), const char *suffix)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.") + QLatin1String(suffix));
    QFile file(source);
    file.open(QIODevice::WriteOnly);
    const QByteArray content = write(int(state.range(0)));
    file.write(content);
    file.close();
    int n = 0;
    for (auto _ : state) {
        QString error;
        const auto mapped = readForeignPlanFile(source, {}, &error);
        if (!mapped || mapped->report.tasks != state.range(0)
            || !createImportedPlan(*mapped, dir.filePath(QStringLiteral("plan%1.horisont").arg(n++)), &error)) {
            state.SkipWithError(qPrintable(error.isEmpty() ? QStringLiteral("wrong number of tasks") : error));
            break;
        }
    }
    state.counters["tasks/s"] = benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB"] = double(content.size()) / (1024 * 1024);
}
BENCHMARK_CAPTURE(BM_ImportPlan, msproject, bench::msProjectPlan, "xml")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ImportPlan, ganttproject, bench::ganttProjectPlan, "gan")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ImportPlan, planner, bench::plannerPlan, "planner")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ImportPlan, calligraplan, bench::calligraPlan, "plan")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ImportPlan, taskjuggler, bench::taskJugglerPlan, "tjp")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ImportPlan, spreadsheet, bench::planSpreadsheet, "xlsx")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
