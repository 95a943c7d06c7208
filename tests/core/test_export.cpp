// Spreadsheet exports: the formula guard, the exact bytes of the CSV, sheet
// names Excel accepts, atomic writes that leave an earlier file untouched,
// and the registered grids adding up to the öre with the plan and the ledger.
#include "testsupport.h"

#include "edit/commands.h"
#include "export/csvexport.h"
#include "export/exportgrids.h"
#include "export/formulaguard.h"
#include "export/wholefile.h"
#include "export/xlsxexport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>

#include <gtest/gtest.h>

#include <csignal>
#include <limits>
#include <sys/resource.h>

using namespace horisont;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes fail with EFBIG beyond `bytes` while this lives, as on a full
/// disk — a failure that a test running as root still meets.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

ExportTable sampleTable()
{
    ExportTable table;
    table.name = QStringLiteral("sample");
    table.title = QStringLiteral("Sample");
    table.header = {QStringLiteral("Namn"), QStringLiteral("Belopp"), QStringLiteral("Datum"), QStringLiteral("Antal")};
    table.rows.push_back({QStringLiteral("Socialtjänst; Öst"), Money::fromOre(1'250'050), QDate(2024, 3, 1), qint64(7)});
    table.rows.push_back({QStringLiteral("Säg \"hej\""), Money::fromOre(-125'000), std::monostate(), qint64(-2)});
    table.rows.push_back({QStringLiteral("två\nrader"), Money::fromOre(-5), QDate(), qint64(0)});
    table.rows.push_back({QStringLiteral("=HYPERLINK(\"http://x\")"), Money(), QDate(2025, 12, 31), qint64(1)});
    return table;
}

QStringList leftovers(const QString &directory, const QString &keep)
{
    QStringList names = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(keep);
    return names;
}

/// The grids whose totals are the whole plan's allocations and spending.
const char *const wholePlanGrids[] = {"allocations-by-source",      "allocations-by-organisation",
                                      "allocations-by-intervention", "budget-vs-actual-by-source",
                                      "budget-vs-actual-by-organisation", "budget-vs-actual-by-intervention"};

/// The follow-up per budget year and per tertial: per period and in total, Allocated, Spent, Variance.
const char *const followUpGrids[] = {"follow-up-by-year-source",          "follow-up-by-year-organisation",
                                     "follow-up-by-year-intervention",    "follow-up-by-tertial-source",
                                     "follow-up-by-tertial-organisation", "follow-up-by-tertial-intervention"};

Money sqlMoney(const QString &plan, const QString &query)
{
    return Money::fromOre(test::sqlite3(plan, query).toLongLong());
}

Money cellMoney(const std::vector<ExportCell> &row, std::size_t column)
{
    const Money *m = std::get_if<Money>(&row.at(column));
    EXPECT_TRUE(m) << "column " << column << " holds no amount";
    return m ? *m : Money();
}

} // namespace

TEST(FormulaGuard, NeutralisesWhatASpreadsheetWouldRun)
{
    for (const char *formula : {"=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"}) {
        const QString text = QString::fromLatin1(formula);
        EXPECT_TRUE(looksLikeFormula(text)) << formula;
        EXPECT_EQ(neutraliseFormula(text), QLatin1Char('\'') + text) << formula;
    }
    for (const char *plain : {"", "Socialtjänst", " =1", "'=1", "1+1", "2024", "a=b"}) {
        const QString text = QString::fromUtf8(plain);
        EXPECT_FALSE(looksLikeFormula(text)) << plain;
        EXPECT_EQ(neutraliseFormula(text), text) << plain;
    }
}

TEST(CsvExport, SwedishBytesWithBomSemicolonsDecimalCommaAndQuoting)
{
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "Namn;Belopp;Datum;Antal\r\n"
        "\"Socialtj\xC3\xA4nst; \xC3\x96st\";12500,50;2024-03-01;7\r\n"
        "\"S\xC3\xA4g \"\"hej\"\"\";-1250,00;;-2\r\n"
        "\"tv\xC3\xA5\nrader\";-0,05;;0\r\n"
        "\"'=HYPERLINK(\"\"http://x\"\")\";0,00;2025-12-31;1\r\n";
    EXPECT_EQ(csvBytes(sampleTable(), QLocale(QLocale::Swedish, QLocale::Sweden)), expected);
}

TEST(CsvExport, EnglishUsesADecimalPointAndTheSameSeparator)
{
    const QByteArray csv = csvBytes(sampleTable(), QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_TRUE(csv.contains(";12500.50;2024-03-01;7\r\n")) << csv.constData();
    EXPECT_TRUE(csv.contains(";-1250.00;;-2\r\n")) << csv.constData();
    EXPECT_TRUE(csv.contains(";-0.05;;0\r\n")) << csv.constData();
    EXPECT_EQ(csvAmount(Money::fromOre(std::numeric_limits<qint64>::min()), QLatin1Char('.')),
              QStringLiteral("-92233720368547758.08"));
}

TEST(CsvExport, FailedWriteLeavesTheEarlierFileByteIdentical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.csv"));
    test::writeFile(path, "earlier export\n");
    const QByteArray before = readAll(path);
    QString error;
    {
        const FileSizeLimit diskFull(16);
        EXPECT_FALSE(writeCsv(path, sampleTable(), QLocale(QLocale::Swedish), &error));
    }
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_TRUE(leftovers(dir.path(), QStringLiteral("grid.csv")).isEmpty());

    const QString nowhere = dir.filePath(QStringLiteral("no-such-dir/grid.csv"));
    EXPECT_FALSE(writeCsv(nowhere, sampleTable(), QLocale(QLocale::Swedish), &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(nowhere))) << error.toStdString();

    ASSERT_TRUE(writeCsv(path, sampleTable(), QLocale(QLocale::Swedish), &error)) << error.toStdString();
    EXPECT_EQ(readAll(path), csvBytes(sampleTable(), QLocale(QLocale::Swedish)));
}

TEST(WholeFile, ACancelledWriteLeavesTheEarlierFileAndNoLeftovers)
{
    // What a cancelled PDF export does after opening its file before the long rendering.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    test::writeFile(path, "earlier pack\n");
    QString error;
    {
        WholeFile file(path);
        ASSERT_TRUE(file.open(&error)) << error.toStdString();
        file.cancel();
    }
    EXPECT_EQ(readAll(path), QByteArray("earlier pack\n"));
    EXPECT_TRUE(leftovers(dir.path(), QStringLiteral("pack.pdf")).isEmpty());
    ASSERT_TRUE(WholeFile::write(path, "new pack", &error)) << error.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("new pack"));
}

TEST(XlsxExport, SheetNamesExcelAccepts)
{
    const QStringList names = xlsxSheetNames({QStringLiteral("Budget vs actual, organisation and more than that"),
                                              QStringLiteral("a/b:c*d?e[f]g\\h"), QStringLiteral("'quoted'"),
                                              QStringLiteral("Fördelat"), QStringLiteral("FÖRDELAT"), QString(),
                                              QStringLiteral("Budget vs actual, organisation and more than this")});
    ASSERT_EQ(names.size(), 7);
    EXPECT_EQ(names[0], QStringLiteral("Budget vs actual, organisation"));
    EXPECT_EQ(names[1], QStringLiteral("a-b-c-d-e-f-g-h"));
    EXPECT_EQ(names[2], QStringLiteral("quoted"));
    EXPECT_EQ(names[3], QStringLiteral("Fördelat"));
    EXPECT_EQ(names[4], QStringLiteral("FÖRDELAT (2)"));
    EXPECT_FALSE(names[5].isEmpty());
    EXPECT_EQ(names[6], QStringLiteral("Budget vs actual, organisat (2)"));
    QSet<QString> folded;
    for (const QString &n : names) {
        EXPECT_LE(n.size(), 31) << n.toStdString();
        folded.insert(n.toCaseFolded());
    }
    EXPECT_EQ(folded.size(), names.size());
}

TEST(XlsxExport, WritesAWorkbookAndAFailureLeavesTheEarlierFileByteIdentical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grids.xlsx"));
    QString error;
    ASSERT_TRUE(writeXlsx(path, {sampleTable(), sampleTable()}, &error)) << error.toStdString();
    const QByteArray before = readAll(path);
    EXPECT_TRUE(before.startsWith("PK\x03\x04")); // a zip container
    EXPECT_EQ(QFile::permissions(path) & QFileDevice::ReadOther, QFileDevice::ReadOther);
    EXPECT_TRUE(leftovers(dir.path(), QStringLiteral("grids.xlsx")).isEmpty());

    {
        const FileSizeLimit diskFull(256);
        EXPECT_FALSE(writeXlsx(path, {sampleTable()}, &error));
    }
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_TRUE(leftovers(dir.path(), QStringLiteral("grids.xlsx")).isEmpty());

    const QString nowhere = dir.filePath(QStringLiteral("no-such-dir/grids.xlsx"));
    EXPECT_FALSE(writeXlsx(nowhere, {sampleTable()}, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(nowhere))) << error.toStdString();
}

TEST(ExportGrids, RegistryNamesAreUniqueAndFindable)
{
    QSet<QString> names;
    for (const ExportGridDefinition &grid : exportGrids()) {
        EXPECT_FALSE(names.contains(QString::fromLatin1(grid.name))) << grid.name;
        names.insert(QString::fromLatin1(grid.name));
        EXPECT_EQ(findExportGrid(QString::fromLatin1(grid.name)), &grid);
        EXPECT_FALSE(exportGridTitle(grid).isEmpty());
    }
    EXPECT_EQ(names.size(), int(exportGrids().size()));
    EXPECT_EQ(findExportGrid(QStringLiteral("no-such-grid")), nullptr);
    for (const char *name : wholePlanGrids)
        EXPECT_TRUE(exportGridNames().contains(QString::fromLatin1(name))) << name;
    for (const char *name : followUpGrids)
        EXPECT_TRUE(exportGridNames().contains(QString::fromLatin1(name))) << name;
    EXPECT_TRUE(exportGridNames().contains(QStringLiteral("grant-state")));
    // A title is a workbook's sheet name, which Excel cuts at 31 characters.
    for (const ExportGridDefinition &grid : exportGrids())
        EXPECT_LE(qstrlen(grid.title), 31u) << grid.name;
}

TEST(ExportGrids, DemoGridsAddUpToTheOreWithAllocationsAndLedger)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const Money allocated = Money::fromOre(test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM allocation")).toLongLong());
    const Money spent = Money::fromOre(test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM ledger_transaction")).toLongLong());
    ASSERT_FALSE(spent.isZero());
    GridSource source(*doc);
    for (const char *name : wholePlanGrids) {
        const ExportTable table = buildExportGrid(*findExportGrid(QString::fromLatin1(name)), source);
        ASSERT_TRUE(table.totalsRow) << table.name.toStdString();
        const std::vector<ExportCell> &totals = table.rows.back();
        if (table.name.startsWith(QLatin1String("allocations-"))) {
            ASSERT_TRUE(table.totalsColumn);
            EXPECT_EQ(std::get<Money>(totals.back()), allocated) << table.name.toStdString();
        } else {
            EXPECT_EQ(table.header.mid(1), (QStringList{QStringLiteral("Allocated"), QStringLiteral("Spent"), QStringLiteral("Variance")}));
            EXPECT_EQ(std::get<Money>(totals[1]), allocated) << table.name.toStdString();
            EXPECT_EQ(std::get<Money>(totals[2]), spent) << table.name.toStdString();
            EXPECT_EQ(std::get<Money>(totals[3]), allocated - spent) << table.name.toStdString();
        }
    }
}

TEST(ExportGrids, ANameThatLooksLikeAFormulaIsExportedAsText)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const Id organisation = doc->plan().all<Allocation>().items().front().organisationId;
    QString error;
    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Organisation, organisation, QStringLiteral("name"),
                                                QStringLiteral("=1+1"), &error)))
        << error.toStdString();
    GridSource source(*doc);
    const ExportTable table = buildExportGrid(*findExportGrid(QStringLiteral("allocations-by-organisation")), source);
    const QByteArray csv = csvBytes(table, QLocale(QLocale::Swedish));
    EXPECT_TRUE(csv.contains("\r\n'=1+1;")) << csv.constData();
    EXPECT_FALSE(csv.contains("\r\n=1+1;"));
}

TEST(ExportGrids, FollowUpPerYearAndTertialHoldsEveryAllocationAndTransaction)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const Money allocated = sqlMoney(doc->path(), QStringLiteral("SELECT sum(amount) FROM allocation"));
    const Money spent = sqlMoney(doc->path(), QStringLiteral("SELECT sum(amount) FROM ledger_transaction"));
    ASSERT_FALSE(spent.isZero());
    GridSource source(*doc);
    for (const char *name : followUpGrids) {
        const ExportTable table = buildExportGrid(*findExportGrid(QString::fromLatin1(name)), source);
        ASSERT_TRUE(table.totalsRow) << name;
        ASSERT_FALSE(table.totalsColumn) << name;
        // The label, then (Allocated, Spent, Variance) for each period and last, as on screen, for the total.
        ASSERT_EQ((table.header.size() - 1) % 3, 0) << name;
        const std::size_t groups = std::size_t(table.header.size() - 1) / 3;
        ASSERT_GE(groups, 2u) << name;
        const std::size_t total = 1 + 3 * (groups - 1);
        EXPECT_EQ(table.header[total], QStringLiteral("Allocated Total")) << name;
        EXPECT_EQ(table.header[total + 1], QStringLiteral("Spent Total")) << name;
        EXPECT_EQ(table.header[total + 2], QStringLiteral("Variance Total")) << name;
        const std::vector<ExportCell> &totals = table.rows.back();
        EXPECT_EQ(cellMoney(totals, total), allocated) << name;
        EXPECT_EQ(cellMoney(totals, total + 1), spent) << name;
        for (const std::vector<ExportCell> &row : table.rows) {
            Money periodsAllocated, periodsSpent;
            for (std::size_t g = 0; g < groups; ++g) {
                const std::size_t c = 1 + 3 * g;
                EXPECT_EQ(cellMoney(row, c) - cellMoney(row, c + 1), cellMoney(row, c + 2)) << name << " column " << c;
                if (c != total) {
                    periodsAllocated += cellMoney(row, c);
                    periodsSpent += cellMoney(row, c + 1);
                }
            }
            // The periods add up to the row's total.
            EXPECT_EQ(periodsAllocated, cellMoney(row, total)) << name;
            EXPECT_EQ(periodsSpent, cellMoney(row, total + 1)) << name;
        }
    }
}

TEST(ExportGrids, GrantStateAgreesWithTheSourcesAllocationsAndLedger)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    GridSource source(*doc);
    const ExportTable table = buildExportGrid(*findExportGrid(QStringLiteral("grant-state")), source);
    EXPECT_FALSE(table.totalsRow); // grants and ordinary budgets are not summed
    const auto &sources = doc->plan().all<FundingSource>();
    ASSERT_EQ(table.rows.size(), sources.size()); // one row per source
    bool sawNoCeiling = false;
    std::size_t r = 0;
    for (const FundingSource &s : sources) {
        const std::vector<ExportCell> &row = table.rows[r++];
        const QString where = QStringLiteral(" WHERE source_id = %1").arg(s.id);
        const Money allocated = sqlMoney(doc->path(), QStringLiteral("SELECT coalesce(sum(amount), 0) FROM allocation") + where);
        const Money spent = sqlMoney(doc->path(), QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger_transaction") + where);
        const QString ceiling = test::sqlite3(doc->path(), QStringLiteral("SELECT ceiling FROM funding_source WHERE id = %1").arg(s.id));
        EXPECT_EQ(cellMoney(row, 2), allocated) << s.code.toStdString();
        EXPECT_EQ(cellMoney(row, 3), spent) << s.code.toStdString();
        if (ceiling.isEmpty()) {
            // No ceiling (an ordinary budget): empty cells, not zeros.
            sawNoCeiling = true;
            for (std::size_t c : {std::size_t(1), std::size_t(4), std::size_t(5)})
                EXPECT_TRUE(std::holds_alternative<std::monostate>(row[c])) << s.code.toStdString() << " column " << c;
        } else {
            const Money limit = Money::fromOre(ceiling.toLongLong());
            EXPECT_EQ(cellMoney(row, 1), limit) << s.code.toStdString();
            EXPECT_EQ(cellMoney(row, 4), limit - spent) << s.code.toStdString();
            EXPECT_EQ(cellMoney(row, 5), limit - allocated) << s.code.toStdString();
        }
    }
    EXPECT_TRUE(sawNoCeiling) << "the demo's ordinary budget (ORD) has no ceiling";
}

