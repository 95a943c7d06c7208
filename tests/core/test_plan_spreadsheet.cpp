// Plan spreadsheets (issue 18): XLSX written here with libxlsxwriter, CSV in
// Swedish and English shapes, read, mapped and written as a new plan the way
// `import-plan` does, and bad input refused naming the file, row and column.
#include "model/funding.h"
#include "mappedrecords.h"
#include "model/organisation.h"
#include "model/schema.h"
#include "model/structure.h"
#include "planimport/planimport.h"
#include "planimport/readers/spreadsheetreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

using namespace horisont;
using horisont::test::inserted;

namespace {

/// A cell: text (QString), a number (double), a date cell in built-in style
/// 14 (QDate) or in a custom style "d mmm yyyy" (QDateTime); null: empty.
using Row = QList<QVariant>;

QString writeXlsx(const QTemporaryDir &dir, const QString &name, const QList<QPair<QString, QList<Row>>> &sheets)
{
    const QString path = dir.filePath(name);
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_format *builtin = workbook_add_format(book);
    format_set_num_format_index(builtin, 14);
    lxw_format *custom = workbook_add_format(book);
    format_set_num_format(custom, "d mmm yyyy");
    for (const auto &[sheetName, rows] : sheets) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (qsizetype c = 0; c < rows[r].size(); ++c) {
                const QVariant &v = rows[r][c];
                const lxw_row_t row = lxw_row_t(r);
                const lxw_col_t col = lxw_col_t(c);
                if (v.typeId() == QMetaType::QString) {
                    worksheet_write_string(sheet, row, col, v.toString().toUtf8().constData(), nullptr);
                } else if (v.typeId() == QMetaType::Double) {
                    worksheet_write_number(sheet, row, col, v.toDouble(), nullptr);
                } else if (v.typeId() == QMetaType::QDate || v.typeId() == QMetaType::QDateTime) {
                    const QDate d = v.typeId() == QMetaType::QDate ? v.toDate() : v.toDateTime().date();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, col, &when, v.typeId() == QMetaType::QDate ? builtin : custom);
                }
            }
        }
    }
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    return path;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Reads and maps `source` as import-plan does, and writes the new plan.
MappedPlan imported(const QString &source, const QString &profile = QString())
{
    QString error;
    const auto mapped = readForeignPlanFile(source, PlanImportOptions{QString(), profile}, &error);
    EXPECT_TRUE(mapped) << error.toStdString();
    if (!mapped)
        return {};
    EXPECT_TRUE(createImportedPlan(*mapped, source + QStringLiteral(".horisont"), &error)) << error.toStdString();
    return *mapped;
}

/// The refusal of `source`: an error naming the file (or the profile at
/// fault), and no plan written.
QString refused(const QString &source, const QString &profile = QString())
{
    QString error;
    const auto mapped = readForeignPlanFile(source, PlanImportOptions{QString(), profile}, &error);
    EXPECT_FALSE(mapped) << source.toStdString();
    EXPECT_FALSE(QFile::exists(source + QStringLiteral(".horisont")));
    EXPECT_TRUE(error.contains(QFileInfo(source).fileName()) || (!profile.isEmpty() && error.startsWith(QFileInfo(profile).fileName())))
        << error.toStdString();
    return error;
}

/// Allocations as "intervention|activity|year|öre|source", in order.
QStringList allocations(const MappedPlan &m)
{
    QStringList out;
    for (const Allocation &a : inserted<Allocation>(m))
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(a.interventionId).arg(a.activityId).arg(a.year).arg(a.amount.ore()).arg(a.sourceId);
    return out;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST(PlanSpreadsheet, SwedishXlsxWithTitleRowsDateCellsAndYears)
{
    QTemporaryDir dir;
    const QString source = writeXlsx(dir, QStringLiteral("åtgärdsplan.xlsx"), {{QStringLiteral("Plan"), {
        {QStringLiteral("Åtgärdsplan Hållbar stad 2025–2027")},
        {},
        {QStringLiteral("Beslutad av KS"), d(2024, 12, 10)},
        {QStringLiteral("Fas"), QStringLiteral("INSATS"), QStringLiteral("Aktivitet"), QStringLiteral("Ansvarig förvaltning"),
         QStringLiteral("Startdatum"), QStringLiteral("Slutdatum"), QStringLiteral("Budget (kr)"), QStringLiteral("År"),
         QStringLiteral("Finansiering"), QStringLiteral("Övrigt")},
        {QStringLiteral("Förstudie"), QStringLiteral("Kartläggning"), {}, QStringLiteral("Miljöförvaltningen, Stadsbyggnad"),
         d(2025, 1, 1), QStringLiteral("2025-06-30"), 150000.5, 2025.0, QStringLiteral("Kommunbudget"), QStringLiteral("x")},
        {{}, {}, {}, {}, {}, {}, QStringLiteral("200 000,25"), QStringLiteral("2026"), QStringLiteral("Kommunbudget")},
        {{}, QStringLiteral("Kartläggning"), QStringLiteral("Intervjuer"), QStringLiteral("Miljöförvaltningen"),
         QStringLiteral("01.03.2025"), QDateTime(d(2025, 3, 31), QTime()), 1234.5, {}, QStringLiteral("EU-bidrag")},
        {QStringLiteral("Genomförande"), QStringLiteral("Solceller"), {}, QStringLiteral("Fastighet / Teknik;Miljöförvaltningen"),
         {}, {}, QStringLiteral("1 000 000 kr"), 2027.0, QStringLiteral("Kommunbudget")},
    }}});
    const MappedPlan m = imported(source);
    EXPECT_EQ(m.report.phases, 2);
    EXPECT_EQ(m.report.interventions, 2);
    EXPECT_EQ(m.report.activities, 1);
    EXPECT_EQ(m.report.organisations, 4); // Miljöförvaltningen, Stadsbyggnad, Fastighet, Teknik
    EXPECT_EQ(m.report.fundingSources, 2); // every cost names its own: no "Imported"
    EXPECT_EQ(m.report.notMapped.value(QStringLiteral("columns")), 1);
    EXPECT_TRUE(m.report.warnings.join(u'\n').contains(QStringLiteral("Övrigt"))) << m.report.warnings.join(u'\n').toStdString();
    const QList<Intervention> interventions = inserted<Intervention>(m);
    ASSERT_EQ(interventions.size(), 2);
    // Slutdatum is the last day; a row with only År adds that whole year.
    EXPECT_EQ(interventions[0].name, QStringLiteral("Kartläggning"));
    EXPECT_EQ(interventions[0].start, d(2025, 1, 1));
    EXPECT_EQ(interventions[0].end, d(2027, 1, 1));
    EXPECT_EQ(interventions[1].start, d(2027, 1, 1));
    EXPECT_EQ(interventions[1].end, d(2028, 1, 1));
    const QList<Activity> activities = inserted<Activity>(m);
    ASSERT_EQ(activities.size(), 1);
    EXPECT_EQ(activities[0].start, d(2025, 3, 1));
    EXPECT_EQ(activities[0].end, d(2025, 4, 1));
    // Each cost wholly on its year, exact to the öre; the activity's (no År) spread over its days, all in 2025.
    EXPECT_EQ(allocations(m), (QStringList{QStringLiteral("1|0|2025|15000050|1"), QStringLiteral("1|0|2026|20000025|1"),
                                           QStringLiteral("1|1|2025|123450|2"), QStringLiteral("2|0|2027|100000000|1")}));
    EXPECT_EQ(m.report.allocated, Money::fromOre(135123525));
    EXPECT_EQ(m.programme.start, d(2025, 1, 1));
    EXPECT_EQ(m.programme.horizonEnd, d(2028, 1, 1));
    EXPECT_EQ(m.report.responsibilities, 2 + 1 + 3);
}

TEST(PlanSpreadsheet, EnglishXlsxAndAProfileForOddHeadersOnAnotherSheet)
{
    QTemporaryDir dir;
    const QString english = writeXlsx(dir, QStringLiteral("plan.xlsx"), {{QStringLiteral("Sheet1"), {
        {QStringLiteral("Phase"), QStringLiteral("Intervention"), QStringLiteral("Activity"), QStringLiteral("Owner"),
         QStringLiteral("Start date"), QStringLiteral("End date"), QStringLiteral("Amount"), QStringLiteral("Funding")},
        {QStringLiteral("Design"), QStringLiteral("Parks"), QStringLiteral("Survey"), QStringLiteral("Parks dept"),
         d(2026, 2, 1), d(2026, 2, 28), 999.99, QStringLiteral("Grant")},
        {QStringLiteral("Design"), QStringLiteral("Parks"), QStringLiteral("Survey"), {}, {}, {}, 0.01},
    }}});
    const MappedPlan e = imported(english);
    EXPECT_EQ(e.report.phases + e.report.interventions + e.report.activities, 3);
    EXPECT_EQ(e.report.allocated, Money::fromOre(100000));
    EXPECT_EQ(inserted<Activity>(e).value(0).end, d(2026, 3, 1));
    EXPECT_TRUE(e.report.everythingMapped());

    const QString odd = writeXlsx(dir, QStringLiteral("odd.xlsx"), {
        {QStringLiteral("Cover"), {{QStringLiteral("Nothing here")}}},
        {QStringLiteral("Åtgärder"), {
            {QStringLiteral("Workstream"), QStringLiteral("Measure no."), QStringLiteral("Lead"), QStringLiteral("Begins"),
             QStringLiteral("Ends"), QStringLiteral("Sum")},
            {QStringLiteral("A"), QStringLiteral("Bro"), QStringLiteral("Teknik"), QStringLiteral("6/1/2025"),
             QStringLiteral("9/1/2025"), QStringLiteral("1.500,50")},
        }}});
    const QString profile = writeFile(dir, QStringLiteral("p.json"), R"({"sheet": "Åtgärder", "headerRow": 1,
        "dateFormat": "d/M/yyyy", "decimalComma": true,
        "columns": {"phase": "Workstream", "intervention": "Measure no.", "responsible": "Lead",
                    "start": "Begins", "end": "Ends", "budget": "Sum"}})");
    // The sheet by its number, counted from 1 as a user does: the cover has no plan.
    EXPECT_TRUE(refused(odd, writeFile(dir, QStringLiteral("first.json"), R"({"sheet": 1})"))
                    .contains(QStringLiteral("no header row")));
    const MappedPlan o = imported(odd, profile);
    EXPECT_EQ(o.report.interventions, 1);
    EXPECT_EQ(inserted<Intervention>(o).value(0).start, d(2025, 1, 6));
    EXPECT_EQ(inserted<Intervention>(o).value(0).end, d(2025, 1, 10));
    EXPECT_EQ(o.report.allocated, Money::fromOre(150050));
}

TEST(PlanSpreadsheet, SwedishCsvInWindows1252AndUtf8WithBom)
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(
        "Åtgärdsplan\r\n\r\n"
        "Fas;Insats;Aktivitet;Ansvarig;Start;Slut;Kostnad;År;Finansiering\r\n"
        "Förstudie;Kartläggning;;Miljöförvaltningen/Kultur;2025-01-01;2025-12-31;1 234,50;2025;Kommunbudget\r\n"
        ";;;;;;;2026;\r\n"
        ";Kartläggning;;;;;\"2 000,05\";2026;Kommunbudget\r\n"
        ";Kartläggning;;;;;3 000,10;2026;Kommunbudget\r\n"
        "Förstudie;Dialog;Möten;Kultur;20250301;15.03.2025;12 000 kr;;\r\n");
    const QByteArray latin = text.toLatin1();
    const MappedPlan a = imported(writeFile(dir, QStringLiteral("plan1252.csv"), latin));
    const MappedPlan b = imported(writeFile(dir, QStringLiteral("planbom.csv"), "\xEF\xBB\xBF" + text.toUtf8()));
    for (const MappedPlan *m : {&a, &b}) {
        EXPECT_EQ(m->report.phases, 1);
        EXPECT_EQ(m->report.interventions, 2);
        EXPECT_EQ(m->report.activities, 1);
        EXPECT_EQ(inserted<Organisation>(*m).value(0).name, QStringLiteral("Miljöförvaltningen"));
        EXPECT_EQ(m->report.fundingSources, 2); // Kommunbudget, and Imported for the row without one
        // Two rows of 2026 add up to one allocation.
        EXPECT_EQ(allocations(*m), (QStringList{QStringLiteral("1|0|2025|123450|1"), QStringLiteral("1|0|2026|500015|1"),
                                                QStringLiteral("2|1|2025|1200000|2")}));
        EXPECT_EQ(inserted<Activity>(*m).value(0).end, d(2025, 3, 16));
        EXPECT_EQ(inserted<Intervention>(*m).value(0).end, d(2027, 1, 1));
    }
}

TEST(PlanSpreadsheet, EnglishCsvWithCommasAndDecimalPoints)
{
    QTemporaryDir dir;
    const MappedPlan m = imported(writeFile(dir, QStringLiteral("plan.csv"),
        "Phase,Intervention,Responsible,Start,Finish,Cost,Year,Funding,Notes\n"
        "Pilot,Cycle lanes,\"Streets, Parks\",2025-04-01,2025-09-30,\"1,234.56\",2025,Grant,Start small\n"
        "Pilot,Cycle lanes,,,,1234.44,2026,Grant,\n"));
    EXPECT_EQ(m.report.interventions, 1);
    EXPECT_EQ(m.report.organisations, 2);
    EXPECT_EQ(allocations(m), (QStringList{QStringLiteral("1|0|2025|123456|1"), QStringLiteral("1|0|2026|123444|1")}));
    EXPECT_EQ(inserted<Intervention>(m).value(0).end, d(2027, 1, 1));
}

TEST(PlanSpreadsheet, BadCellsAreRefusedNamingRowAndColumn)
{
    QTemporaryDir dir;
    const QByteArray header = "Fas;Insats;Start;Slut;Budget\n";
    EXPECT_TRUE(refused(writeFile(dir, QStringLiteral("amount.csv"), header + "F;I;2025-01-01;2025-02-01;12,3,4\n"))
                    .contains(QStringLiteral("line 2, column 5 (Budget)")));
    EXPECT_TRUE(refused(writeFile(dir, QStringLiteral("early.csv"), header + "F;I;1850-01-01;2025-02-01;1\n"))
                    .contains(QStringLiteral("line 2, column 3 (Start): the date 1850-01-01 is outside 1900–2200")));
    EXPECT_TRUE(refused(writeFile(dir, QStringLiteral("reversed.csv"), header + "F;I;2025-03-01;2025-02-01;1\n"))
                    .contains(QStringLiteral("line 2, column 4 (Slut): the end 2025-02-01 is before the start 2025-03-01")));
    EXPECT_TRUE(refused(writeFile(dir, QStringLiteral("noinsats.csv"), "Fas;Aktivitet;Start\nF;A;2025-01-01\n"))
                    .contains(QStringLiteral("no column for Insats/Intervention")));
    EXPECT_TRUE(refused(writeFile(dir, QStringLiteral("year.csv"), "Fas;Insats;År\nF;I;tjugo\n"))
                    .contains(QStringLiteral("line 2, column 3 (År)")));
    const QString xlsx = writeXlsx(dir, QStringLiteral("bad.xlsx"), {{QStringLiteral("Plan"), {
        {QStringLiteral("Titel")},
        {QStringLiteral("Fas"), QStringLiteral("Insats"), QStringLiteral("År"), QStringLiteral("Belopp")},
        {QStringLiteral("F"), QStringLiteral("I"), 2025.0, QStringLiteral("tolv kronor")},
    }}});
    EXPECT_TRUE(refused(xlsx).contains(QStringLiteral("row 3, column D (Belopp)"))) << refused(xlsx).toStdString();
    // Bad profiles name their key.
    EXPECT_TRUE(refused(xlsx, writeFile(dir, QStringLiteral("a.json"), R"({"colums": {}})")).contains(QStringLiteral("\"colums\"")));
    EXPECT_TRUE(refused(xlsx, writeFile(dir, QStringLiteral("b.json"), R"({"headerRow": "2"})")).contains(QStringLiteral("headerRow")));
    EXPECT_TRUE(refused(xlsx, writeFile(dir, QStringLiteral("c.json"), R"({"columns": {"fas": "F"}})")).contains(QStringLiteral("\"fas\"")));
    EXPECT_TRUE(refused(xlsx, writeFile(dir, QStringLiteral("d.json"), R"({"columns": {"budget": "Kostnad"}})"))
                    .contains(QStringLiteral("\"Kostnad\" (budget)")));
}

TEST(PlanSpreadsheet, DamagedAndHostileWorkbooksAreRefused)
{
    QTemporaryDir dir;
    const QString good = writeXlsx(dir, QStringLiteral("good.xlsx"), {{QStringLiteral("Plan"), {
        {QStringLiteral("Fas"), QStringLiteral("Insats"), QStringLiteral("År")},
        {QStringLiteral("F"), QStringLiteral("I"), 2025.0},
    }}});
    const QByteArray bytes = bytesOf(good);
    refused(writeFile(dir, QStringLiteral("cut.xlsx"), bytes.left(bytes.size() / 2)));

    // Repacked with a member that climbs out, and with a sheet that unpacks beyond 256 MiB.
    const auto repack = [&](const QString &name, const QString &extra, const QByteArray &sheet) {
        const QString path = dir.filePath(name);
        int failure = 0;
        zip_t *in = zip_open(QFile::encodeName(good).constData(), ZIP_RDONLY, &failure);
        zip_t *out = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &failure);
        for (zip_int64_t i = 0; i < zip_get_num_entries(in, 0); ++i) {
            const QString member = QString::fromUtf8(zip_get_name(in, zip_uint64_t(i), 0));
            zip_source_t *src = member == QLatin1String("xl/worksheets/sheet1.xml") && !sheet.isEmpty()
                                    ? zip_source_buffer(out, sheet.constData(), zip_uint64_t(sheet.size()), 0)
                                    : zip_source_zip(out, in, zip_uint64_t(i), 0, 0, -1);
            zip_file_add(out, member.toUtf8().constData(), src, 0);
        }
        if (!extra.isEmpty())
            zip_file_add(out, extra.toUtf8().constData(), zip_source_buffer(out, "x", 1, 0), 0);
        EXPECT_EQ(zip_close(out), 0);
        zip_discard(in);
        return path;
    };
    EXPECT_TRUE(refused(repack(QStringLiteral("climb.xlsx"), QStringLiteral("../../x"), {})).contains(QStringLiteral("../../x")));
    const QByteArray spaces(300 << 20, ' ');
    EXPECT_TRUE(refused(repack(QStringLiteral("bomb.xlsx"), {}, spaces)).contains(QStringLiteral("MB")));
    // Broken XML in the sheet names the member and the line.
    EXPECT_TRUE(refused(repack(QStringLiteral("xml.xlsx"), {}, "<worksheet><sheetData><row>\n<c>"))
                    .contains(QStringLiteral("xl/worksheets/sheet1.xml")));
}
