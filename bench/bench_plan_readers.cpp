// Reading other planners' files: BM_ImportPlan/FORMAT/N reads a plan of N
// tasks (a summary task for every ten, nine leaves each, resources, a
// dependency per leaf) generated in each tool's own shape. Reading only: the
// mapping into a Horisont plan comes after (target for the whole import of
// 10 000 tasks: under 1 s).
#include "planimport/readers/calligraplanreader.h"
#include "planimport/readers/plannerreader.h"
#include "planimport/readers/taskjugglerreader.h"

#include <QDate>

#include <benchmark/benchmark.h>

using namespace horisont;

namespace {

QByteArray plannerFile(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\"?>\n<project name=\"Bench\" project-start=\"20240101T000000Z\" mrproject-version=\"2\">\n"
                   " <tasks>\n";
    const QDate first(2024, 1, 1);
    for (int i = 0; i < tasks; ++i) {
        const QByteArray day = first.addDays(i % 3000).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        const QByteArray next = first.addDays(i % 3000 + 5).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        const bool summary = i % 10 == 0;
        x += "  <task id=\"" + QByteArray::number(i + 1) + "\" name=\"Task " + QByteArray::number(i) + "\" note=\"\" work=\"28800\" start=\""
             + day + "T080000Z\" end=\"" + next + "T170000Z\" percent-complete=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n";
        if (!summary)
            x += "   <predecessors><predecessor id=\"1\" predecessor-id=\"" + QByteArray::number(i) + "\" type=\"FS\"/></predecessors>\n  </task>\n";
        if (i % 10 == 9)
            x += "  </task>\n";
    }
    x += " </tasks>\n <resources>\n";
    for (int r = 0; r < 50; ++r)
        x += "  <resource id=\"" + QByteArray::number(r + 1) + "\" name=\"R" + QByteArray::number(r) + "\" type=\"1\" std-rate=\"0\"/>\n";
    x += " </resources>\n <allocations>\n";
    for (int i = 1; i < tasks; i += 10)
        x += "  <allocation task-id=\"" + QByteArray::number(i + 1) + "\" resource-id=\"" + QByteArray::number(i % 50 + 1) + "\"/>\n";
    x += " </allocations>\n</project>\n";
    return x;
}

QByteArray calligraFile(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plan>\n<plan version=\"0.7.0\" mime=\"application/x-vnd.kde.plan\">\n"
                   " <project name=\"Bench\" id=\"P\" start-time=\"2024-01-01T00:00:00+01:00\">\n  <resources>\n";
    for (int r = 0; r < 50; ++r)
        x += "   <resource id=\"R" + QByteArray::number(r) + "\" name=\"R" + QByteArray::number(r) + "\" normal-rate=\"0\"/>\n";
    x += "  </resources>\n  <tasks>\n";
    const QDate first(2024, 1, 1);
    for (int i = 0; i < tasks; ++i) {
        const QByteArray day = first.addDays(i % 3000).toString(Qt::ISODate).toLatin1();
        const QByteArray next = first.addDays(i % 3000 + 5).toString(Qt::ISODate).toLatin1();
        x += "   <task id=\"T" + QByteArray::number(i) + "\" name=\"Task " + QByteArray::number(i)
             + "\" scheduling=\"ASAP\" startup-cost=\"0\" shutdown-cost=\"0\">\n    <estimate expected=\"8\" type=\"Effort\" unit=\"h\"/>\n"
               "    <task-schedules><task-schedule id=\"1\" type=\"Expected\" start=\""
             + day + "T08:00:00+01:00\" end=\"" + next + "T16:00:00+01:00\"/></task-schedules>\n";
        if (i % 10 != 0)
            x += "   </task>\n";
        if (i % 10 == 9)
            x += "   </task>\n";
    }
    x += "  </tasks>\n  <relations>\n";
    for (int i = 1; i < tasks; ++i)
        x += "   <relation parent-id=\"T" + QByteArray::number(i - 1) + "\" child-id=\"T" + QByteArray::number(i) + "\" type=\"Finish-Start\"/>\n";
    x += "  </relations>\n  <project-schedules><schedule-management name=\"Plan\"><project-schedule id=\"1\" type=\"Expected\"/>"
         "</schedule-management></project-schedules>\n  <resource-requests>\n";
    for (int i = 1; i < tasks; i += 10)
        x += "   <resource-request resource-id=\"R" + QByteArray::number(i % 50) + "\" task-id=\"T" + QByteArray::number(i) + "\"/>\n";
    x += "  </resource-requests>\n </project>\n</plan>\n";
    return x;
}

QByteArray taskJugglerFile(int tasks)
{
    QByteArray x = "project bench \"Bench\" 2024-01-01 +15y\naccount cost \"Cost\"\n";
    for (int r = 0; r < 50; ++r)
        x += "resource r" + QByteArray::number(r) + " \"R" + QByteArray::number(r) + "\"\n";
    for (int i = 0; i < tasks; ++i) {
        if (i % 10 == 0) {
            x += "task s" + QByteArray::number(i) + " \"Task " + QByteArray::number(i) + "\" {\n  chargeset cost\n";
            continue;
        }
        x += "  task t" + QByteArray::number(i) + " \"Task " + QByteArray::number(i) + "\" {\n";
        if (i % 10 == 1)
            x += "    start " + QDate(2024, 1, 1).addDays(i % 3000).toString(Qt::ISODate).toLatin1() + "\n";
        else
            x += "    depends !t" + QByteArray::number(i - 1) + "\n";
        x += "    length 5d\n    allocate r" + QByteArray::number(i % 50) + "\n    charge 1250.50 onstart\n  }\n";
        if (i % 10 == 9)
            x += "}\n";
    }
    return x;
}

void BM_ImportPlan(benchmark::State &state, PlanReader reader, QByteArray (*generate)(int), const char *path)
{
    const int tasks = int(state.range(0));
    const QByteArray content = generate(tasks);
    for (auto _ : state) {
        QString error;
        const auto plan = reader(content, QString::fromLatin1(path), &error);
        if (!plan || plan->tasks.size() != tasks)
            state.SkipWithError(qPrintable(error.isEmpty() ? QStringLiteral("wrong task count") : error));
        benchmark::DoNotOptimize(plan);
    }
    state.counters["MB"] = double(content.size()) / (1024 * 1024);
}

} // namespace

BENCHMARK_CAPTURE(BM_ImportPlan, planner, readPlanner, plannerFile, "bench.planner")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ImportPlan, calligraplan, readCalligraPlan, calligraFile, "bench.plan")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ImportPlan, taskjuggler, readTaskJuggler, taskJugglerFile, "/nonexistent/bench.tjp")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
