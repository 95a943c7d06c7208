// Scenarios on the generated plan of 20 000 activities and 1 000 000
// transactions: switching the window into a scenario (reading its content
// and resetting every view's plan) and one edit in it (the scenario's whole
// content is rewritten) must each stay well under a second.
#include "fixtures.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "versions/planscenarios.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

/// A copy of the generated plan with one scenario of it, open for editing.
std::unique_ptr<PlanDocument> planWithScenario(benchmark::State &state, QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("scenario.horisont"));
    if (!QFile::copy(bench::generatedPlan(int(state.range(0)), 1000000), path)) {
        state.SkipWithError("cannot copy the generated plan");
        return nullptr;
    }
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Background);
    if (!doc || !doc->waitForVerification()
        || !planscenarios::create(*doc, QStringLiteral("what-if"), QString(), QDateTime::currentDateTimeUtc(), &error)) {
        state.SkipWithError("cannot make a scenario of the generated plan");
        return nullptr;
    }
    return doc;
}

void BM_SwitchScenario(benchmark::State &state)
{
    QTemporaryDir dir;
    auto doc = planWithScenario(state, dir);
    if (!doc)
        return;
    QString error;
    for (auto _ : state) {
        if (!doc->workInScenario(QStringLiteral("what-if"), &error) || !doc->workInPlan(&error))
            state.SkipWithError(qPrintable(error));
    }
    state.SetLabel("into the scenario and back to the plan");
}
BENCHMARK(BM_SwitchScenario)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_EditInScenario(benchmark::State &state)
{
    QTemporaryDir dir;
    auto doc = planWithScenario(state, dir);
    QString error;
    if (!doc || !doc->workInScenario(QStringLiteral("what-if"), &error))
        return;
    const Id intervention = doc->plan().all<Intervention>().begin()->id;
    int n = 0;
    for (auto _ : state) {
        auto *rename = commands::setField(*doc, EntityKind::Intervention, intervention, QStringLiteral("name"),
                                          QStringLiteral("Tried %1").arg(++n));
        if (!commands::execute(*doc, rename, QString()).applied())
            state.SkipWithError(qPrintable(doc->lastError()));
    }
}
BENCHMARK(BM_EditInScenario)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
