// One allocation edit on the generated plan of 20 000 activities, measured
// from the plan announcing the change to the open grids having updated
// (goal: well under 1 ms). The file write before it (an fsync) is reported
// separately as a counter, not in the time.
#include "fixtures.h"

#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "models/allocationgridmodel.h"
#include "models/sourcesummarymodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

void BM_AllocationGridEdit(benchmark::State &state)
{
    // A copy, so that the edits do not change the shared fixture.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.horisont"));
    QFile::copy(bench::generatedPlan(int(state.range(0)), 0), path);
    QString error;
    auto doc = PlanDocument::open(path, &error);
    if (!doc) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const Plan &plan = doc->plan();
    QElapsedTimer clock;
    qint64 elapsed = 0;
    // Connected before and after the grids: the plan calls its receivers in
    // the order they connected, so the difference is the grids' work.
    QObject::connect(&plan, &Plan::changed, [&clock] { clock.start(); });
    AllocationGridModel byIntervention(*doc);
    AllocationGridModel byOrganisation(*doc);
    byOrganisation.setRows(AllocationGridModel::Rows::ByOrganisation);
    SourceSummaryModel summary(plan);
    const Allocation first = *plan.all<Allocation>().begin();
    byOrganisation.setSource(first.sourceId);
    QTableView view;
    view.setModel(&byIntervention);
    view.resize(1366, 768);
    view.show();
    QObject::connect(&plan, &Plan::changed, [&clock, &elapsed] { elapsed += clock.nsecsElapsed(); });

    const allocations::Cell cell = byIntervention.cellAt(
        byIntervention.index(byIntervention.rowOf(first.interventionId), byIntervention.columnOfYear(first.year)));
    qint64 step = 0;
    QElapsedTimer whole;
    qint64 wholeNs = 0;
    for (auto _ : state) {
        const Money amount = Money::fromKronor(100000 + (++step % 2) * 1000);
        EditCommand *command = allocations::setCell(*doc, cell, amount, QStringLiteral("benchmark"), &error);
        elapsed = 0; // summed over the command's changes (one per allocation in the cell)
        whole.start();
        if (!command || !doc->execute(command)) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        wholeNs += whole.nsecsElapsed();
        state.SetIterationTime(double(elapsed) / 1e9);
    }
    state.counters["allocations"] = double(plan.all<Allocation>().size());
    state.counters["cell_allocations"] = double(cell.allocations.size());
    state.counters["edit_with_fsync_ms"] = double(wholeNs) / 1e6 / double(std::max<qint64>(step, 1));
}
BENCHMARK(BM_AllocationGridEdit)->Arg(20000)->UseManualTime()->Iterations(200)->Unit(benchmark::kMicrosecond);

} // namespace
