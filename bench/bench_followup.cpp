// Budget follow-up on the generated plan of 20 000 activities and 1 000 000
// transactions: the budget-vs-actual grids for the whole plan — every year,
// and the months of one year, by source, organisation and intervention —
// from spending already read into a MonthlyActualsIndex (the view reads it
// once, and again only after an import). Target: under 50 ms.
#include "fixtures.h"

#include "budget/followupreport.h"
#include "budget/monthlyactuals.h"
#include "document/plandocument.h"
#include "ledger/ledger.h"

#include <benchmark/benchmark.h>

#include <memory>

using namespace horisont;

namespace {

/// The generated plan of state.range(0) activities and a million
/// transactions, read-only; nullptr (the benchmark skipped) when it cannot open.
std::unique_ptr<PlanDocument> openGeneratedPlan(benchmark::State &state)
{
    QString error;
    auto doc = PlanDocument::open(bench::generatedPlan(int(state.range(0)), 1'000'000), &error,
                                  PlanDocument::Access::ReadOnly);
    if (!doc)
        state.SkipWithError(qPrintable(error));
    return doc;
}

void BM_BudgetFollowUpGrids(benchmark::State &state)
{
    const auto doc = openGeneratedPlan(state);
    if (!doc)
        return;
    const MonthlyActualsIndex actuals = MonthlyActualsIndex::load(doc->store());
    int first = actuals.years().first, last = actuals.years().second;
    for (const Allocation &a : doc->plan().all<Allocation>()) {
        first = std::min(first, a.year);
        last = std::max(last, a.year);
    }
    qint64 cells = 0;
    for (auto _ : state) {
        for (BudgetDimension d : {BudgetDimension::Source, BudgetDimension::Organisation, BudgetDimension::Intervention}) {
            const FollowUpGrid years = budgetFollowUp(doc->plan(), actuals, d, FollowUpGrain::Year, first, last, QLocale::c());
            const FollowUpGrid months = budgetFollowUp(doc->plan(), actuals, d, FollowUpGrain::Month, last, last, QLocale::c());
            cells += qint64(years.grid.rowCount()) * years.grid.columnCount()
                     + qint64(months.grid.rowCount()) * months.grid.columnCount();
            benchmark::DoNotOptimize(years.grid.total());
        }
    }
    state.counters["cells"] = double(cells) / double(state.iterations());
    state.counters["allocations"] = double(doc->plan().all<Allocation>().size());
}
BENCHMARK(BM_BudgetFollowUpGrids)->Arg(20000)->Unit(benchmark::kMillisecond);

// Reading the spending once (after opening or an import), for comparison.
void BM_LoadMonthlyActuals(benchmark::State &state)
{
    const auto doc = openGeneratedPlan(state);
    if (!doc)
        return;
    for (auto _ : state)
        benchmark::DoNotOptimize(MonthlyActualsIndex::load(doc->store()).years());
}
BENCHMARK(BM_LoadMonthlyActuals)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

// The ledger's totals and the budget checks' breakdown (Ledger::totals), which
// the overview, the problems panel and the packs ask for after opening and
// after every import; read from the day sums.
void BM_LedgerTotals(benchmark::State &state)
{
    const auto doc = openGeneratedPlan(state);
    if (!doc)
        return;
    for (auto _ : state)
        benchmark::DoNotOptimize(Ledger(doc->store()).totals().count);
}
BENCHMARK(BM_LedgerTotals)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
