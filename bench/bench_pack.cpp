// PDF packs: BM_SteeringPack/demo (the demo plan's steering-group pack,
// < 1 s) and BM_FullPack/20000 (the full pack of the generated plan of
// 20 000 activities, < 10 s), each written to a real file.
#include "fixtures.h"

#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "report/pdfpack.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

void exportPack(benchmark::State &state, PlanDocument &doc, PdfPackOptions::Pack pack, const QString &out)
{
    PdfPackOptions options;
    options.pack = pack;
    options.language = QStringLiteral("sv");
    options.exportDate = QDate(2026, 11, 25);
    int pages = 0;
    for (auto _ : state) {
        PdfPack pdf(doc, options);
        QString error;
        if (!pdf.exportTo(out, &error, [&pages](int, int) { return true; })) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        pages = pdf.pageCount();
    }
    state.counters["pages"] = pages;
    state.counters["MiB"] = double(QFileInfo(out).size()) / (1024.0 * 1024.0);
}

void BM_SteeringPack(benchmark::State &state)
{
    QTemporaryDir dir;
    QString error;
    auto doc = demo::createUmea(dir.filePath(QStringLiteral("demo.horisont")), &error);
    if (!doc) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    exportPack(state, *doc, PdfPackOptions::Pack::Steering, dir.filePath(QStringLiteral("steering.pdf")));
}
BENCHMARK(BM_SteeringPack)->Name("BM_SteeringPack/demo")->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FullPack(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 1000000), &error);
    if (!doc) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    QTemporaryDir dir;
    exportPack(state, *doc, PdfPackOptions::Pack::Full, dir.filePath(QStringLiteral("full.pdf")));
}
BENCHMARK(BM_FullPack)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
