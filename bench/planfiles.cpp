#include "planfiles.h"

#include <QDate>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace horisont::bench {
namespace {

constexpr int Phases = 10;
constexpr int InterventionsPerPhase = 10;
constexpr int Resources = 50;
constexpr int Groups = 5;

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

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray day(QDate d, const QString &format)
{
    return d.toString(format).toLatin1();
}

/// Closes the elements of the tasks at `level` and deeper (nested formats).
void close(QByteArray &x, int &openLevel, int level, const QByteArray &end)
{
    for (; openLevel >= level; --openLevel)
        x += end;
}

} // namespace

QByteArray msProjectPlan(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<Project xmlns=\"http://schemas.microsoft.com/project\">\n<SaveVersion>14</SaveVersion><Title>Bench</Title>\n<Tasks>\n"
                   "<Task><UID>0</UID><ID>0</ID><Name>Bench</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>\n";
    QByteArray assignments;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        const QByteArray uid = number(index + 1);
        x += "<Task><UID>" + uid + "</UID><ID>" + uid + "</ID><Name>Uppgift " + uid + "</Name><OutlineLevel>" + number(level)
             + "</OutlineLevel><Summary>" + (level < 3 ? "1" : "0") + "</Summary><Start>" + day(start, QStringLiteral("yyyy-MM-dd"))
             + "T08:00:00</Start><Finish>" + day(start.addDays(days - 1), QStringLiteral("yyyy-MM-dd")) + "T17:00:00</Finish>";
        if (level == 3) {
            x += "<Cost>" + number(100000 + index) + "</Cost><Notes>Anteckning " + uid + "</Notes><PredecessorLink><PredecessorUID>"
                 + number(index) + "</PredecessorUID><Type>1</Type></PredecessorLink>";
            assignments += "<Assignment><UID>" + uid + "</UID><TaskUID>" + uid + "</TaskUID><ResourceUID>" + number(1 + index % Resources)
                           + "</ResourceUID></Assignment>\n";
        }
        x += "</Task>\n";
    });
    x += "</Tasks>\n<Resources>\n";
    for (int r = 1; r <= Resources; ++r)
        x += "<Resource><UID>" + number(r) + "</UID><Name>Förvaltning " + number(r) + "</Name><Group>Grupp " + number(r % Groups)
             + "</Group></Resource>\n";
    return x + "</Resources>\n<Assignments>\n" + assignments + "</Assignments>\n</Project>\n";
}

QByteArray ganttProjectPlan(int tasks)
{
    // GanttProject has no resource groups; its durations are working days
    // over its default week and holidays.
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><project name=\"Bench\" view-date=\"2025-01-01\" version=\"3.3.3309\">\n"
                   "<calendars><day-types><day-type id=\"0\"/><day-type id=\"1\"/><default-week id=\"1\" name=\"default\" "
                   "sun=\"1\" mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" sat=\"1\"/><only-show-weekends value=\"false\"/>"
                   "</day-types><date year=\"2025\" month=\"12\" date=\"24\" type=\"HOLIDAY\"/></calendars>\n<tasks>\n";
    QByteArray allocations;
    int openLevel = 0;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        close(x, openLevel, level, "</task>\n");
        const QByteArray id = number(index);
        // A summary's duration in working days is about 5/7 of its span.
        x += "<task id=\"" + id + "\" name=\"Uppgift " + id + "\" meeting=\"false\" start=\"" + day(start, QStringLiteral("yyyy-MM-dd"))
             + "\" duration=\"" + number(days * 5 / 7) + "\" complete=\"0\" expand=\"true\"";
        if (level == 3) {
            x += " cost-manual-value=\"" + number(1000 + index) + ".25\" cost-calculated=\"false\"><notes><![CDATA[Anteckning " + id
                 + "]]></notes><depend id=\"" + number(index + 1) + "\" type=\"2\" difference=\"0\" hardness=\"Strong\"/>";
            allocations += "<allocation task-id=\"" + id + "\" resource-id=\"" + number(index % Resources)
                           + "\" function=\"Default:1\" responsible=\"true\" load=\"100.0\"/>\n";
        } else {
            x += ">";
        }
        openLevel = level;
    });
    close(x, openLevel, 1, "</task>\n");
    x += "</tasks>\n<resources>\n";
    for (int r = 0; r < Resources; ++r)
        x += "<resource id=\"" + number(r) + "\" name=\"Förvaltning " + number(r) + "\" function=\"Default:1\"/>\n";
    return x + "</resources>\n<allocations>\n" + allocations + "</allocations>\n</project>\n";
}

QByteArray plannerPlan(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\"?>\n<project name=\"Bench\" company=\"\" manager=\"\" phase=\"\" project-start=\"20250106T000000Z\" "
                   "mrproject-version=\"2\" calendar=\"1\">\n  <properties/>\n  <phases/>\n"
                   "  <calendars>\n    <day-types>\n      <day-type id=\"0\" name=\"Working\" description=\"A default working day\"/>\n"
                   "    </day-types>\n    <calendar id=\"1\" name=\"Default\"/>\n  </calendars>\n  <tasks>\n";
    QByteArray allocations;
    int openLevel = 0;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        close(x, openLevel, level, "    </task>\n");
        const QByteArray id = number(index + 1);
        x += "    <task id=\"" + id + "\" name=\"Uppgift " + id + "\" note=\"" + (level == 3 ? "Anteckning " + id : QByteArray())
             + "\" work=\"" + number(qint64(days) * 28800) + "\" start=\"" + day(start, QStringLiteral("yyyyMMdd")) + "T080000Z\" end=\""
             + day(start.addDays(days - 1), QStringLiteral("yyyyMMdd"))
             + "T170000Z\" work-start=\"" + day(start, QStringLiteral("yyyyMMdd"))
             + "T080000Z\" percent-complete=\"0\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n";
        if (level == 3) {
            x += "      <predecessors>\n        <predecessor id=\"1\" predecessor-id=\"" + number(index)
                 + "\" type=\"FS\"/>\n      </predecessors>\n";
            allocations += "    <allocation task-id=\"" + id + "\" resource-id=\"" + number(1 + index % Resources) + "\" units=\"100\"/>\n";
        }
        openLevel = level;
    });
    close(x, openLevel, 1, "    </task>\n");
    x += "  </tasks>\n  <resource-groups>\n";
    for (int g = 1; g <= Groups; ++g)
        x += "    <group id=\"" + number(g) + "\" name=\"Grupp " + number(g) + "\" admin-name=\"\" admin-phone=\"\" admin-email=\"\"/>\n";
    x += "  </resource-groups>\n  <resources>\n";
    for (int r = 1; r <= Resources; ++r)
        x += "    <resource id=\"" + number(r) + "\" name=\"Förvaltning " + number(r) + "\" short-name=\"\" type=\"1\" units=\"0\" email=\"\" "
             "note=\"\" std-rate=\"0\" ovt-rate=\"0\" group=\"" + number(1 + r % Groups) + "\"/>\n";
    return x + "  </resources>\n  <allocations>\n" + allocations + "  </allocations>\n</project>\n";
}

QByteArray calligraPlan(int tasks)
{
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plan>\n<plan version=\"0.7.0\" mime=\"application/x-vnd.kde.plan\" "
                   "editor=\"Plan\">\n <project name=\"Bench\" id=\"P\" start-time=\"2025-01-06T00:00:00+01:00\" "
                   "end-time=\"2035-12-31T00:00:00+01:00\" scheduling=\"0\">\n  <resource-groups>\n";
    for (int g = 1; g <= Groups; ++g)
        x += "   <resource-group id=\"G" + number(g) + "\" name=\"Grupp " + number(g) + "\" type=\"Work\"/>\n";
    x += "  </resource-groups>\n  <resources>\n";
    for (int r = 1; r <= Resources; ++r)
        x += "   <resource id=\"R" + number(r) + "\" name=\"Förvaltning " + number(r) + "\" type=\"Work\" units=\"100\" normal-rate=\"0\"/>\n";
    x += "  </resources>\n  <resource-group-relations>\n";
    for (int r = 1; r <= Resources; ++r)
        x += "   <resource-group-relation group-id=\"G" + number(1 + r % Groups) + "\" resource-id=\"R" + number(r) + "\"/>\n";
    x += "  </resource-group-relations>\n  <tasks>\n";
    QByteArray relations, requests;
    int openLevel = 0;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        close(x, openLevel, level, "   </task>\n");
        const QByteArray id = "T" + number(index);
        x += "   <task id=\"" + id + "\" name=\"Uppgift " + number(index) + "\" description=\"" + (level == 3 ? "Anteckning " + id : QByteArray())
             + "\" scheduling=\"ASAP\" startup-cost=\"" + (level == 3 ? number(1000 + index) + ".25" : QByteArray("0"))
             + "\" shutdown-cost=\"0\">\n    <estimate expected=\"" + number(days * 8) + "\" type=\"Effort\" unit=\"h\"/>\n"
             + "    <task-schedules><task-schedule id=\"1\" type=\"Expected\" start=\"" + day(start, QStringLiteral("yyyy-MM-dd"))
             + "T08:00:00+01:00\" end=\"" + day(start.addDays(days - 1), QStringLiteral("yyyy-MM-dd")) + "T16:00:00+01:00\"/></task-schedules>\n";
        if (level == 3) {
            relations += "   <relation parent-id=\"T" + number(index - 1) + "\" child-id=\"" + id + "\" type=\"Finish-Start\"/>\n";
            requests += "   <resource-request resource-id=\"R" + number(1 + index % Resources) + "\" task-id=\"" + id + "\"/>\n";
        }
        openLevel = level;
    });
    close(x, openLevel, 1, "   </task>\n");
    return x + "  </tasks>\n  <relations>\n" + relations
           + "  </relations>\n  <project-schedules><schedule-management name=\"Plan\"><project-schedule id=\"1\" type=\"Expected\"/>"
             "</schedule-management></project-schedules>\n  <resource-requests>\n"
           + requests + "  </resource-requests>\n </project>\n</plan>\n";
}

QByteArray taskJugglerPlan(int tasks)
{
    QByteArray x = "project bench \"Bench\" 2025-01-06 +12y {\n  currency \"SEK\"\n}\n\naccount cost \"Kostnader\"\n\n";
    for (int g = 1; g <= Groups; ++g) {
        x += "resource g" + number(g) + " \"Grupp " + number(g) + "\" {\n";
        for (int r = g; r <= Resources; r += Groups)
            x += "  resource r" + number(r) + " \"Förvaltning " + number(r) + "\"\n";
        x += "}\n";
    }
    int openLevel = 0;
    int lastLevel = 0;
    outline(tasks, [&](int level, int index, QDate start, int days) {
        for (; openLevel >= level; --openLevel)
            x += QByteArray(2 * (openLevel - 1), ' ') + "}\n";
        const QByteArray indent(2 * level, ' ');
        x += QByteArray(2 * (level - 1), ' ') + "task t" + number(index) + " \"Uppgift " + number(index) + "\" {\n" + indent + "start "
             + day(start, QStringLiteral("yyyy-MM-dd")) + "\n" + indent + "end " + day(start.addDays(days), QStringLiteral("yyyy-MM-dd")) + "\n";
        if (level == 1)
            x += indent + "chargeset cost\n";
        if (level == 3) {
            // A dependency on the activity before, when it is a sibling (TaskJuggler refuses one on a parent).
            if (lastLevel == 3)
                x += indent + "depends !t" + number(index - 1) + "\n";
            x += indent + "allocate r" + number(1 + index % Resources) + "\n" + indent + "charge " + number(1000 + index) + ".25 onstart\n"
                 + indent + "note \"Anteckning " + number(index) + "\"\n";
        }
        openLevel = level;
        lastLevel = level;
    });
    for (; openLevel >= 1; --openLevel)
        x += QByteArray(2 * (openLevel - 1), ' ') + "}\n";
    return x;
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

} // namespace horisont::bench
