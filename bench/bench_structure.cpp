// The plan editor on the generated plan of 20 000 activities: opening to a
// usable window < 1 s; building the structure model and expanding the whole
// tree must stay smooth.
#include "fixtures.h"

#include "document/plandocument.h"
#include "mainwindow.h"
#include "models/structuremodel.h"

#include <QApplication>
#include <QScrollBar>
#include <QTreeView>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

void BM_OpenToWindow(benchmark::State &state)
{
    const QString path = bench::generatedPlan(int(state.range(0)), state.range(1));
    for (auto _ : state) {
        MainWindow window;
        if (!window.openPlan(path))
            state.SkipWithError("cannot open");
        window.show();
        QApplication::processEvents(); // first layout and paint
        state.PauseTiming();
        window.closePlan(); // waits for the ledger check outside the timing
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenToWindow)->Args({20000, 1000000})->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_StructureModel(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 1000000), &error);
    for (auto _ : state) {
        StructureModel model(*doc);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_StructureModel)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_StructureExpandAll(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 1000000), &error);
    StructureModel model(*doc);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.resize(1366, 768);
    view.setModel(&model);
    view.show();
    QApplication::processEvents();
    for (auto _ : state) {
        view.expandAll();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        view.viewport()->repaint();
        state.PauseTiming();
        view.collapseAll();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_StructureExpandAll)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_StructureScrollStep(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 1000000), &error);
    StructureModel model(*doc);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.resize(1366, 768);
    view.setModel(&model);
    view.show();
    view.expandAll();
    QApplication::processEvents(); // exposed, laid out, first paint done
    int step = 0;
    for (auto _ : state) {
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue((bar->value() + 40 + step++) % bar->maximum());
        view.viewport()->repaint();
    }
}
BENCHMARK(BM_StructureScrollStep)->Arg(20000)->Unit(benchmark::kMillisecond);

} // namespace
