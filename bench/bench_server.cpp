// Team plans against a private PostgreSQL 15 started for the run, as the
// tests start theirs (tests/support/postgrescluster): targets
// BM_OpenServerPlan/20000 (the generated plan with 1 000 000 transactions,
// opened to a usable document) under 1.5 s, BM_ServerEdit (an edit's round
// trip: the command, its transaction, the notification seen by a second
// window) under 20 ms, BM_ServerImportLedger/1000000 under 10 s.
#include "fixtures.h"
#include "postgrescluster.h"

#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "ledger/import/ledgerimport.h"
#include "server/serverplans.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace horisont;

namespace {

/// The run's server, started on first use and stopped when the process ends.
test::PostgresCluster *server(QString *error)
{
    // The replicas the benchmarks keep stay in the build tree, not in the user's cache.
    if (qEnvironmentVariableIsEmpty("HORISONT_REPLICA_DIR"))
        qputenv("HORISONT_REPLICA_DIR", HORISONT_BENCH_DATA "/replicas");
    static std::unique_ptr<test::PostgresCluster> cluster;
    static QString failure;
    if (!cluster) {
        cluster = std::make_unique<test::PostgresCluster>();
        if (!cluster->start(&failure) || !cluster->createDatabase(QStringLiteral("planer"), &failure))
            failure = failure.isEmpty() ? QStringLiteral("the server did not start") : failure;
    }
    *error = failure;
    return failure.isEmpty() ? cluster.get() : nullptr;
}

/// The plan file `file` published as `name` (once per run); its address, or empty with *error.
QString published(const QString &file, const QString &name, QString *error)
{
    test::PostgresCluster *cluster = server(error);
    if (!cluster)
        return {};
    const QString uri = cluster->uri(QStringLiteral("planer"), test::PostgresCluster::superuser(),
                                     QStringLiteral("plan=") + name);
    const auto address = serveraddress::parsePlan(uri, error);
    const auto plans = serverplans::list(*address, error);
    if (plans)
        for (const auto &plan : *plans)
            if (plan.name == name)
                return uri;
    return address && serverplans::publish(file, *address, error) ? uri : QString();
}

QString demoPlan(QTemporaryDir &dir, QString *error)
{
    const QString path = dir.filePath(QStringLiteral("demo.horisont"));
    return QFile::exists(path) || demo::createUmea(path, error) ? path : QString();
}

void BM_OpenServerPlan(benchmark::State &state)
{
    QString error;
    const QString uri = published(bench::generatedPlan(int(state.range(0)), 1000000),
                                  QStringLiteral("generated%1").arg(state.range(0)), &error);
    if (uri.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    // The first open on a computer pulls the whole plan (BM_PullServerPlan); this is every later one:
    // the replica kept from the last session, brought up to date from the change log.
    PlanDocument::open(uri, &error);
    for (auto _ : state) {
        auto document = PlanDocument::open(uri, &error);
        if (!document || document->isReadOnly())
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(document.get());
        state.PauseTiming();
        document.reset();
        state.ResumeTiming();
    }
    state.counters["activities"] = double(state.range(0));
}
BENCHMARK(BM_OpenServerPlan)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(5);

// The first open on a computer: the whole plan pulled into a new file and checked.
void BM_PullServerPlan(benchmark::State &state)
{
    QString error;
    const QString uri = published(bench::generatedPlan(int(state.range(0)), 1000000),
                                  QStringLiteral("generated%1").arg(state.range(0)), &error);
    const auto address = serveraddress::parsePlan(uri, &error);
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        if (!address || !serverplans::pull(*address, dir.filePath(QStringLiteral("p%1.horisont").arg(n++)), &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_PullServerPlan)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_ServerEdit(benchmark::State &state)
{
    QTemporaryDir dir;
    QString error;
    const QString uri = published(demoPlan(dir, &error), QStringLiteral("edits"), &error);
    auto writer = uri.isEmpty() ? nullptr : PlanDocument::open(uri, &error);
    auto watcher = uri.isEmpty() ? nullptr : PlanDocument::open(uri, &error);
    if (!writer || !watcher) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    const Id id = writer->plan().all<Intervention>().begin()->id;
    int n = 0;
    for (auto _ : state) {
        const QString name = QStringLiteral("Trygghetsvandringar %1").arg(++n);
        if (!writer->execute(commands::setField(*writer, EntityKind::Intervention, id, QStringLiteral("name"), name)))
            state.SkipWithError(qPrintable(writer->lastError()));
        // The second window has it when its notification has been taken.
        QDeadlineTimer deadline(5000);
        while (watcher->plan().find<Intervention>(id)->name != name && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (deadline.hasExpired())
            state.SkipWithError("the edit did not arrive in the other window");
    }
}
BENCHMARK(BM_ServerEdit)->Unit(benchmark::kMillisecond)->Iterations(200);

void BM_ServerImportLedger(benchmark::State &state)
{
    QTemporaryDir dir;
    QString error;
    const QString source = bench::generatedExport(int(state.range(0)));
    const QString demo = demoPlan(dir, &error);
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString uri = published(demo, QStringLiteral("import%1").arg(++n), &error);
        auto document = uri.isEmpty() ? nullptr : PlanDocument::open(uri, &error);
        state.ResumeTiming();
        if (!document) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        const ImportResult result = LedgerImport::import(*document, source, ImportOptions{});
        if (!result.ok || result.imported != state.range(0))
            state.SkipWithError(qPrintable(result.error));
        state.PauseTiming();
        document.reset();
        state.ResumeTiming();
    }
    state.counters["rows/s"] = benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ServerImportLedger)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
