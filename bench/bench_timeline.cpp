// The timeline on the generated plan of 20 000 activities: painting a full
// 1920×1080 viewport < 8 ms; one scroll or zoom step with its repaint < 16 ms;
// building the rows takes a few milliseconds.
#include "fixtures.h"

#include "document/plandocument.h"
#include "selection/planselection.h"
#include "timeline/timelinecanvas.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "versions/plancontent.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

std::unique_ptr<PlanDocument> openGenerated(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 1000000), &error);
    if (!doc)
        state.SkipWithError(qPrintable(error));
    return doc;
}

/// Paints a 1920×1080 viewport in the middle of the plan at the years zoom,
/// once per iteration (with the layout's baseline, if it has one).
void paintFullViewport(benchmark::State &state, const Plan &plan, const TimelineLayout &layout)
{
    TimelinePainter painter(plan, layout);
    TimelineViewport viewport;
    viewport.scale.setOrigin(plan.programme().start.addMonths(-3));
    viewport.scale.setZoom(TimeScale::Zoom::Years);
    viewport.today = QDate::currentDate();
    viewport.scrollY = layout.contentHeight() / 2;
    viewport.showBaseline = true;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(&p, QRectF(0, 0, 1920, 1080), viewport);
    }
}

void BM_TimelineLayout(benchmark::State &state)
{
    auto doc = openGenerated(state);
    if (!doc)
        return;
    TimelineLayout layout;
    for (auto _ : state) {
        layout.rebuild(doc->plan());
        benchmark::DoNotOptimize(layout.rowCount());
    }
    state.counters["rows"] = layout.rowCount();
}
BENCHMARK(BM_TimelineLayout)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_TimelinePaint(benchmark::State &state)
{
    auto doc = openGenerated(state);
    if (!doc)
        return;
    TimelineLayout layout;
    layout.rebuild(doc->plan());
    paintFullViewport(state, doc->plan(), layout);
}
BENCHMARK(BM_TimelinePaint)->Arg(20000)->Unit(benchmark::kMillisecond);

/// The same viewport with the decided version's dates drawn under every
/// bar: a version of the plan with each activity a month later.
void BM_TimelinePaintWithBaseline(benchmark::State &state)
{
    auto doc = openGenerated(state);
    if (!doc)
        return;
    Plan decided;
    QString error;
    if (!plancontent::decode(plancontent::encode(doc->plan()), decided, &error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (const Activity &a : doc->plan().all<Activity>()) {
        Activity earlier = a;
        earlier.start = a.start.addMonths(-1);
        earlier.end = a.end.addMonths(-1);
        decided.loadEntity(earlier);
    }
    TimelineLayout layout;
    layout.setBaseline(std::shared_ptr<const Plan>(&decided, [](const Plan *) {}), QStringLiteral("Antagen")); // a local: not owned
    layout.rebuild(doc->plan());
    paintFullViewport(state, doc->plan(), layout);
}
BENCHMARK(BM_TimelinePaintWithBaseline)->Arg(20000)->Unit(benchmark::kMillisecond);

struct Window {
    explicit Window(PlanDocument &doc)
        : canvas(doc, selection)
    {
        canvas.resize(1920, 1080);
        canvas.setZoom(TimeScale::Zoom::Years);
        canvas.show();
        QApplication::processEvents(); // exposed, laid out, first paint done
    }
    PlanSelection selection;
    TimelineCanvas canvas;
};

void BM_TimelineScrollStep(benchmark::State &state)
{
    auto doc = openGenerated(state);
    if (!doc)
        return;
    Window window(*doc);
    QScrollBar *bar = window.canvas.verticalScrollBar();
    int step = 0;
    for (auto _ : state) {
        bar->setValue((bar->value() + 40 * 22 + step++) % std::max(1, bar->maximum()));
        window.canvas.viewport()->repaint();
    }
}
BENCHMARK(BM_TimelineScrollStep)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_TimelineZoomStep(benchmark::State &state)
{
    auto doc = openGenerated(state);
    if (!doc)
        return;
    Window window(*doc);
    window.canvas.verticalScrollBar()->setValue(window.canvas.verticalScrollBar()->maximum() / 2);
    const QList<TimeScale::Zoom> levels = TimeScale::zoomLevels();
    int step = 0;
    for (auto _ : state) {
        window.canvas.setZoom(levels.at(step++ % levels.size()), 600);
        window.canvas.viewport()->repaint();
    }
}
BENCHMARK(BM_TimelineZoomStep)->Arg(20000)->Unit(benchmark::kMillisecond);

} // namespace
