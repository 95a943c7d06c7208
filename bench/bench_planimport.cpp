// Bringing a plan in from another tool: BM_ImportPlan/<format>/N reads a file
// of N tasks written here in the tool's own shape (10 phases of 10
// interventions, the rest activities; 50 resources in 5 groups, an assignment,
// a dependency and a cost per activity), maps it and writes the new plan
// file (target for 10 000 tasks: under 1 s).
#include "planimport/planimport.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

using namespace horisont;

namespace {

constexpr int Phases = 10;
constexpr int InterventionsPerPhase = 10;
constexpr int Resources = 50;

/// Calls `task(level, index, start, days)` for N tasks in outline order.
template<class Task>
void outline(int tasks, Task task)
{
    const int leaves = std::max(0, tasks - Phases - Phases * InterventionsPerPhase);
    const QDate origin(2025, 1, 6);
    int index = 0;
    for (int p = 0; p < Phases; ++p) {
        const QDate phaseStart = origin.addDays(qint64(p) * 365);
        task(1, index++, phaseStart, 365);
        for (int i = 0; i < InterventionsPerPhase; ++i) {
            task(2, index++, phaseStart.addDays(i * 30), 200);
            const int count = leaves / (Phases * InterventionsPerPhase) + (p * InterventionsPerPhase + i < leaves % (Phases * InterventionsPerPhase));
            for (int a = 0; a < count; ++a)
                task(3, index++, phaseStart.addDays(i * 30 + a % 150), 10 + a % 40);
        }
    }
}

QByteArray msProjectXml(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<Project xmlns=\"http://schemas.microsoft.com/project\">\n<SaveVersion>14</SaveVersion><Title>Bench</Title>\n<Tasks>\n"
                   "<Task><UID>0</UID><ID>0</ID><Name>Bench</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>\n";
    QByteArray assignments;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        const QByteArray uid = QByteArray::number(index + 1);
        x += "<Task><UID>" + uid + "</UID><ID>" + uid + "</ID><Name>Uppgift " + uid + "</Name><OutlineLevel>"
             + QByteArray::number(level) + "</OutlineLevel><Summary>" + (level < 3 ? "1" : "0") + "</Summary><Start>"
             + start.toString(Qt::ISODate).toLatin1() + "T08:00:00</Start><Finish>"
             + start.addDays(days - 1).toString(Qt::ISODate).toLatin1() + "T17:00:00</Finish>";
        if (level == 3) {
            x += "<Cost>" + QByteArray::number(100000 + index) + "</Cost><Notes>Anteckning " + uid
                 + "</Notes><PredecessorLink><PredecessorUID>" + QByteArray::number(index) + "</PredecessorUID><Type>1</Type></PredecessorLink>";
            assignments += "<Assignment><UID>" + uid + "</UID><TaskUID>" + uid + "</TaskUID><ResourceUID>"
                           + QByteArray::number(1 + index % Resources) + "</ResourceUID></Assignment>\n";
        }
        x += "</Task>\n";
    });
    x += "</Tasks>\n<Resources>\n";
    for (int r = 1; r <= Resources; ++r)
        x += "<Resource><UID>" + QByteArray::number(r) + "</UID><Name>Förvaltning " + QByteArray::number(r) + "</Name><Group>Grupp "
             + QByteArray::number(r % 5) + "</Group></Resource>\n";
    return x + "</Resources>\n<Assignments>\n" + assignments + "</Assignments>\n</Project>\n";
}

QByteArray ganttProjectXml(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><project name=\"Bench\" view-date=\"2025-01-01\" version=\"3.3.3309\">\n"
                   "<calendars><day-types><day-type id=\"0\"/><day-type id=\"1\"/><default-week id=\"1\" name=\"default\" "
                   "sun=\"1\" mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" sat=\"1\"/><only-show-weekends value=\"false\"/>"
                   "</day-types><date year=\"2025\" month=\"12\" date=\"24\" type=\"HOLIDAY\"/></calendars>\n<tasks>\n";
    QByteArray allocations;
    int openLevel = 0;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        for (; openLevel >= level; --openLevel)
            x += "</task>\n";
        const QByteArray id = QByteArray::number(index);
        // A summary's duration in working days is about 5/7 of its span.
        x += "<task id=\"" + id + "\" name=\"Uppgift " + id + "\" meeting=\"false\" start=\"" + start.toString(Qt::ISODate).toLatin1()
             + "\" duration=\"" + QByteArray::number(days * 5 / 7) + "\" complete=\"0\" expand=\"true\"";
        if (level == 3) {
            x += " cost-manual-value=\"" + QByteArray::number(1000 + index) + ".25\" cost-calculated=\"false\">"
                 + "<notes><![CDATA[Anteckning " + id + "]]></notes><depend id=\"" + QByteArray::number(index + 1)
                 + "\" type=\"2\" difference=\"0\" hardness=\"Strong\"/>";
            allocations += "<allocation task-id=\"" + id + "\" resource-id=\"" + QByteArray::number(index % Resources)
                           + "\" function=\"Default:1\" responsible=\"true\" load=\"100.0\"/>\n";
        } else {
            x += ">";
        }
        openLevel = level;
    });
    for (; openLevel > 0; --openLevel)
        x += "</task>\n";
    x += "</tasks>\n<resources>\n";
    for (int r = 0; r < Resources; ++r)
        x += "<resource id=\"" + QByteArray::number(r) + "\" name=\"Förvaltning " + QByteArray::number(r) + "\" function=\"Default:1\"/>\n";
    return x + "</resources>\n<allocations>\n" + allocations + "</allocations>\n</project>\n";
}

/// A plan spreadsheet ("åtgärdsplan") of N tasks: a row per intervention
/// (its phase made with its first) and per activity, each with dates as
/// date cells, an Ansvarig, a Budget with öre, its År and a Finansiering.
QByteArray planSpreadsheet(int tasks)
{
    QTemporaryFile file(QStringLiteral("bench-XXXXXX.xlsx"));
    file.open();
    lxw_workbook *book = workbook_new(QFile::encodeName(file.fileName()).constData());
    lxw_format *date = workbook_add_format(book);
    format_set_num_format_index(date, 14);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Plan");
    const char *header[] = {"Fas", "Insats", "Aktivitet", "Ansvarig", "Start", "Slut", "Budget", "År", "Finansiering"};
    for (lxw_col_t c = 0; c < 9; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    lxw_row_t row = 0;
    QByteArray phase, intervention;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        const QByteArray name = "Uppgift " + QByteArray::number(index);
        if (level == 1) {
            phase = name; // written with its first intervention
            return;
        }
        ++row;
        if (level == 2)
            intervention = name;
        worksheet_write_string(sheet, row, 0, phase.constData(), nullptr);
        worksheet_write_string(sheet, row, 1, intervention.constData(), nullptr);
        if (level == 3)
            worksheet_write_string(sheet, row, 2, name.constData(), nullptr);
        worksheet_write_string(sheet, row, 3, ("Förvaltning " + QByteArray::number(index % Resources)).constData(), nullptr);
        const QDate end = start.addDays(days - 1);
        lxw_datetime from{start.year(), start.month(), start.day(), 0, 0, 0}, to{end.year(), end.month(), end.day(), 0, 0, 0};
        worksheet_write_datetime(sheet, row, 4, &from, date);
        worksheet_write_datetime(sheet, row, 5, &to, date);
        worksheet_write_number(sheet, row, 6, 1000 + index + 0.25, nullptr);
        worksheet_write_number(sheet, row, 7, start.year(), nullptr);
        worksheet_write_string(sheet, row, 8, index % 2 ? "Kommunbudget" : "EU-bidrag", nullptr);
    });
    workbook_close(book);
    return file.readAll();
}

void BM_ImportPlan(benchmark::State &state, QByteArray (*write)(int), const char *suffix)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.") + QLatin1String(suffix));
    QFile file(source);
    file.open(QIODevice::WriteOnly);
    file.write(write(int(state.range(0))));
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
}
BENCHMARK_CAPTURE(BM_ImportPlan, msproject, msProjectXml, "xml")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ImportPlan, ganttproject, ganttProjectXml, "gan")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_CAPTURE(BM_ImportPlan, spreadsheet, planSpreadsheet, "xlsx")->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
