// `horisont export-csv` and `export-xlsx`, run as a user would, on the demo
// plan with the sample ledger export imported. The totals are read back —
// the CSV directly, the workbook after LibreOffice has converted every sheet
// to CSV — and must agree to the öre with the allocations and transactions
// in the file. A name that looks like a formula comes back as text.
#include "testsupport.h"

#include "export/exportgrids.h"
#include "ledger/import/csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString sampleFile = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");

struct Sheet {
    QStringList header;
    QList<QStringList> rows; ///< the last one is the totals row
};

Sheet readCsv(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    Sheet sheet;
    CsvFormat format;
    CsvError error;
    const bool ok = CsvReader::read(
        f.readAll(), CsvOptions{QLatin1Char(';'), std::nullopt},
        [&](const CsvRecord &r) {
            if (sheet.header.isEmpty())
                sheet.header = r.fields;
            else
                sheet.rows << r.fields;
            return true;
        },
        &format, &error);
    EXPECT_TRUE(ok) << path.toStdString() << ": " << error.message.toStdString();
    return sheet;
}

Money amount(const QString &text, QChar decimalMark = QChar())
{
    const std::optional<Money> m = Money::parse(text, decimalMark);
    EXPECT_TRUE(m.has_value()) << "not an exact amount: " << text.toStdString();
    return m.value_or(Money());
}

Money sqlSum(const QString &plan, const QString &table)
{
    return Money::fromOre(test::sqlite3(plan, QStringLiteral("SELECT sum(amount) FROM %1").arg(table)).toLongLong());
}

/// Checks that every amount column's data rows add up to its totals row,
/// and returns the totals row's amounts by column (0, the label, stays zero).
std::vector<Money> totals(const Sheet &sheet, QChar decimalMark = QChar())
{
    std::vector<Money> result(std::size_t(sheet.header.size()));
    EXPECT_FALSE(sheet.rows.isEmpty());
    if (sheet.rows.isEmpty())
        return result;
    for (int c = 1; c < sheet.header.size(); ++c) {
        Money sum;
        for (int r = 0; r + 1 < sheet.rows.size(); ++r)
            sum += amount(sheet.rows[r].value(c), decimalMark);
        const Money total = amount(sheet.rows.back().value(c), decimalMark);
        EXPECT_EQ(sum, total) << sheet.header[c].toStdString();
        result[std::size_t(c)] = total;
    }
    return result;
}

/// The grand totals a grid's totals row must show: all allocations (the
/// allocation grids' total column; the budget grids' Allocated column) and
/// all spending (the budget grids' Spent column).
void expectPlanTotals(const QString &grid, const std::vector<Money> &sums, Money allocated, Money spent)
{
    ASSERT_GE(sums.size(), 4u) << grid.toStdString();
    if (grid.startsWith(QLatin1String("allocations-"))) {
        EXPECT_EQ(sums.back(), allocated) << grid.toStdString();
    } else {
        EXPECT_EQ(sums[1], allocated) << grid.toStdString();
        EXPECT_EQ(sums[2], spent) << grid.toStdString();
        EXPECT_EQ(sums[3], allocated - spent) << grid.toStdString();
    }
}

QStringList labels(const Sheet &sheet)
{
    QStringList result;
    for (const QStringList &row : sheet.rows)
        result << row.value(0);
    return result;
}

/// The demo plan with the sample ledger imported and, via sqlite3, an
/// organisation that has allocations renamed to something like a formula.
QString preparedPlan(const QTemporaryDir &dir)
{
    const QString plan = dir.filePath(QStringLiteral("umea.horisont"));
    test::ProcessResult r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), plan});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Money before = sqlSum(plan, QStringLiteral("ledger_transaction"));
    r = test::runHorisont({QStringLiteral("import-actuals"), plan, sampleFile});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(sqlSum(plan, QStringLiteral("ledger_transaction")) - before, Money::fromOre(82'720'973));
    test::sqlite3(plan, QStringLiteral("UPDATE organisation SET name = '=1+1' "
                                       "WHERE id = (SELECT organisation_id FROM allocation ORDER BY id LIMIT 1)"));
    return plan;
}

/// The grids whose totals are the plan's: every allocation and every
/// transaction (other registered grids slice by period and are checked by
/// their own tests).
const QStringList wholePlanGrids{
    QStringLiteral("allocations-by-source"),      QStringLiteral("allocations-by-organisation"),
    QStringLiteral("allocations-by-intervention"), QStringLiteral("budget-vs-actual-by-source"),
    QStringLiteral("budget-vs-actual-by-organisation"), QStringLiteral("budget-vs-actual-by-intervention")};

/// The follow-up per budget year and per tertial, as the window shows it:
/// the label, then Allocated, Spent and Variance for each period and last
/// for the whole range. Every group's variance is allocated − spent, the
/// periods add up to the range, and the range's totals are every allocation
/// and every transaction.
const QStringList followUpGrids{
    QStringLiteral("follow-up-by-year-source"),          QStringLiteral("follow-up-by-year-organisation"),
    QStringLiteral("follow-up-by-year-intervention"),    QStringLiteral("follow-up-by-tertial-source"),
    QStringLiteral("follow-up-by-tertial-organisation"), QStringLiteral("follow-up-by-tertial-intervention")};

void expectFollowUpTotals(const QString &grid, const Sheet &sheet, QChar decimalMark, Money allocated, Money spent)
{
    ASSERT_EQ((sheet.header.size() - 1) % 3, 0) << grid.toStdString();
    const int groups = int(sheet.header.size() - 1) / 3;
    ASSERT_GE(groups, 2) << grid.toStdString();
    const int total = 1 + 3 * (groups - 1); // the whole range: the last group, as on screen
    for (const QStringList &row : sheet.rows) {
        Money periodsAllocated, periodsSpent;
        for (int g = 0; g < groups; ++g) {
            const int c = 1 + 3 * g;
            const Money a = amount(row.value(c), decimalMark), s = amount(row.value(c + 1), decimalMark);
            EXPECT_EQ(a - s, amount(row.value(c + 2), decimalMark)) << grid.toStdString() << " " << row.value(0).toStdString();
            if (c != total) {
                periodsAllocated += a;
                periodsSpent += s;
            }
        }
        EXPECT_EQ(periodsAllocated, amount(row.value(total), decimalMark)) << grid.toStdString();
        EXPECT_EQ(periodsSpent, amount(row.value(total + 1), decimalMark)) << grid.toStdString();
    }
    const std::vector<Money> sums = totals(sheet, decimalMark);
    EXPECT_EQ(sums[std::size_t(total)], allocated) << grid.toStdString();
    EXPECT_EQ(sums[std::size_t(total + 1)], spent) << grid.toStdString();
}

/// Grant state: per source (rows in id order) the ceiling (empty without
/// one), allocated and spent equal the SQL sums.
void expectGrantState(const QString &plan, const Sheet &sheet, QChar decimalMark)
{
    const QStringList ids = test::sqlite3(plan, QStringLiteral("SELECT group_concat(id, ' ') FROM "
                                                               "(SELECT id FROM funding_source ORDER BY id)"))
                                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ASSERT_EQ(sheet.rows.size(), ids.size()); // the sources; grants and ordinary budgets are not summed
    for (int r = 0; r < ids.size(); ++r) {
        const QString where = QStringLiteral(" WHERE source_id = ") + ids[r];
        const QString ceiling = test::sqlite3(plan, QStringLiteral("SELECT ceiling FROM funding_source WHERE id = ") + ids[r]);
        const QStringList &row = sheet.rows[r];
        if (ceiling.isEmpty())
            EXPECT_TRUE(row.value(1).isEmpty()) << row.join(QLatin1Char('|')).toStdString();
        else
            EXPECT_EQ(amount(row.value(1), decimalMark), Money::fromOre(ceiling.toLongLong()));
        EXPECT_EQ(amount(row.value(2), decimalMark),
                  Money::fromOre(test::sqlite3(plan, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM allocation") + where).toLongLong()))
            << row.value(0).toStdString();
        EXPECT_EQ(amount(row.value(3), decimalMark),
                  Money::fromOre(test::sqlite3(plan, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger_transaction") + where).toLongLong()))
            << row.value(0).toStdString();
    }
}

} // namespace

TEST(ExportCli, CsvOfTheFollowUpGridsAgreesWithThePlanToTheOre)
{
    QTemporaryDir dir;
    const QString plan = preparedPlan(dir);
    const Money allocated = sqlSum(plan, QStringLiteral("allocation"));
    const Money spent = sqlSum(plan, QStringLiteral("ledger_transaction"));
    for (const QString &name : followUpGrids + QStringList{QStringLiteral("grant-state")}) {
        const QString out = dir.filePath(name + QStringLiteral(".csv"));
        const test::ProcessResult r = test::runHorisont(
            {QStringLiteral("export-csv"), plan, QStringLiteral("--grid"), name, QStringLiteral("-o"), out,
             QStringLiteral("--lang=sv")}); // the joined form chooses the titles' language too
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const Sheet sheet = readCsv(out);
        if (name == QLatin1String("grant-state")) {
            expectGrantState(plan, sheet, QLatin1Char(','));
        } else {
            EXPECT_EQ(sheet.rows.back().value(0), QStringLiteral("Summa")) << name.toStdString();
            expectFollowUpTotals(name, sheet, QLatin1Char(','), allocated, spent);
        }
    }
}

TEST(ExportCli, CsvOfTheBudgetGridsAgreesWithThePlanToTheOre)
{
    QTemporaryDir dir;
    const QString plan = preparedPlan(dir);
    const Money allocated = sqlSum(plan, QStringLiteral("allocation"));
    const Money spent = sqlSum(plan, QStringLiteral("ledger_transaction"));
    for (const QString &name : wholePlanGrids) {
        const QString out = dir.filePath(name + QStringLiteral(".csv"));
        const test::ProcessResult r = test::runHorisont(
            {QStringLiteral("export-csv"), plan, QStringLiteral("--grid"), name, QStringLiteral("-o"), out,
             QStringLiteral("--lang"), QStringLiteral("sv")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_TRUE(f.read(3) == "\xEF\xBB\xBF") << name.toStdString();
        const Sheet sheet = readCsv(out);
        EXPECT_EQ(sheet.rows.back().value(0), QStringLiteral("Summa")) << name.toStdString();
        expectPlanTotals(name, totals(sheet, QLatin1Char(',')), allocated, spent);
        if (name == QLatin1String("allocations-by-organisation"))
            EXPECT_TRUE(labels(sheet).contains(QStringLiteral("'=1+1"))) << labels(sheet).join(QLatin1Char('|')).toStdString();
    }

    // English: a decimal point, the same separator.
    const QString english = dir.filePath(QStringLiteral("en.csv"));
    const test::ProcessResult r = test::runHorisont({QStringLiteral("export-csv"), plan, QStringLiteral("--grid"),
                                                     QStringLiteral("budget-vs-actual-by-source"), QStringLiteral("-o"),
                                                     english, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Sheet sheet = readCsv(english);
    EXPECT_EQ(sheet.header, (QStringList{QStringLiteral("Funding source"), QStringLiteral("Allocated"),
                                         QStringLiteral("Spent"), QStringLiteral("Variance")}));
    expectPlanTotals(QStringLiteral("budget-vs-actual-by-source"), totals(sheet, QLatin1Char('.')), allocated, spent);
}

TEST(ExportCli, HelpNamesTheCommandsAndTheGrids)
{
    test::ProcessResult r = test::runHorisont({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("export-xlsx"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("export-csv"))) << r.out.toStdString();
    r = test::runHorisont({QStringLiteral("export-csv"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    for (const QString &name : exportGridNames())
        EXPECT_TRUE(r.out.contains(name)) << r.out.toStdString();
}

TEST(ExportCli, UnknownGridListsTheValidNames)
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("umea.horisont"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), plan}).exitCode, 0);
    const QString out = dir.filePath(QStringLiteral("x.csv"));
    test::ProcessResult r = test::runHorisont(
        {QStringLiteral("export-csv"), plan, QStringLiteral("--grid"), QStringLiteral("nope"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope"))) << r.err.toStdString();
    for (const QString &name : exportGridNames())
        EXPECT_TRUE(r.err.contains(name)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    r = test::runHorisont({QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"),
                           dir.filePath(QStringLiteral("missing-dir/x.xlsx"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("x.xlsx"))) << r.err.toStdString();

    r = test::runHorisont({QStringLiteral("export-xlsx"), dir.filePath(QStringLiteral("no-plan.horisont")),
                           QStringLiteral("-o"), dir.filePath(QStringLiteral("x.xlsx"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-plan.horisont"))) << r.err.toStdString();
}

TEST(ExportCli, XlsxReadBackByLibreOfficeAgreesWithThePlanToTheOre)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(soffice.isEmpty()) << "LibreOffice (libreoffice-calc-nogui) is needed to read the workbook back";
    QTemporaryDir dir;
    const QString plan = preparedPlan(dir);
    const QString workbook = dir.filePath(QStringLiteral("grids.xlsx"));
    const test::ProcessResult r = test::runHorisont(
        {QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"), workbook, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    // One conversion of every sheet (the last filter token, -1) to UTF-8 CSV
    // with raw values rather than as shown; a private profile and HOME so
    // that parallel runs do not share LibreOffice's user installation.
    const QString converted = dir.filePath(QStringLiteral("converted"));
    QProcess lo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    lo.setProcessEnvironment(env);
    lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"),
                       QStringLiteral("--outdir"), converted, workbook});
    ASSERT_TRUE(lo.waitForFinished(180000)) << "LibreOffice did not finish";
    ASSERT_EQ(lo.exitCode(), 0) << lo.readAllStandardError().toStdString();

    const Money allocated = sqlSum(plan, QStringLiteral("allocation"));
    const Money spent = sqlSum(plan, QStringLiteral("ledger_transaction"));
    // One sheet per registered grid.
    EXPECT_EQ(QDir(converted).entryList(QDir::Files).size(), qsizetype(exportGrids().size()))
        << QDir(converted).entryList().join(QLatin1Char('|')).toStdString();
    for (const QString &name : wholePlanGrids) {
        const ExportGridDefinition &grid = *findExportGrid(name);
        const QString title = QString::fromLatin1(grid.title);
        const QString csv = QDir(converted).filePath(QStringLiteral("grids-%1.csv").arg(title));
        ASSERT_TRUE(QFile::exists(csv)) << csv.toStdString() << " among "
                                        << QDir(converted).entryList().join(QLatin1Char('|')).toStdString();
        const Sheet sheet = readCsv(csv);
        EXPECT_EQ(sheet.rows.back().value(0), QStringLiteral("Total")) << title.toStdString();
        expectPlanTotals(QString::fromLatin1(grid.name), totals(sheet), allocated, spent);
        if (QLatin1String(grid.name) == QLatin1String("allocations-by-organisation")) {
            // Text, not the 2 a formula would compute.
            EXPECT_TRUE(labels(sheet).contains(QStringLiteral("'=1+1"))) << labels(sheet).join(QLatin1Char('|')).toStdString();
            EXPECT_FALSE(labels(sheet).contains(QStringLiteral("2")));
        }
    }
    for (const QString &name : followUpGrids + QStringList{QStringLiteral("grant-state")}) {
        const QString title = QString::fromLatin1(findExportGrid(name)->title);
        const QString csv = QDir(converted).filePath(QStringLiteral("grids-%1.csv").arg(title));
        ASSERT_TRUE(QFile::exists(csv)) << csv.toStdString() << " among "
                                        << QDir(converted).entryList().join(QLatin1Char('|')).toStdString();
        const Sheet sheet = readCsv(csv);
        if (name == QLatin1String("grant-state")) {
            expectGrantState(plan, sheet, QChar());
        } else {
            EXPECT_EQ(sheet.rows.back().value(0), QStringLiteral("Total")) << title.toStdString();
            expectFollowUpTotals(name, sheet, QChar(), allocated, spent);
        }
    }
}

TEST(ExportCli, AMillionCharacterNameStillGivesAWorkbook)
{
    // A cell holds 32 767 characters: longer text (an old file's name,
    // written before names were bounded) is cut rather than failing the export.
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("umea.horisont"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), plan}).exitCode, 0);
    test::sqlite3(plan, QStringLiteral("UPDATE intervention SET name = replace(hex(zeroblob(500000)), '0', 'x') "
                                       "WHERE id = (SELECT intervention_id FROM allocation ORDER BY id LIMIT 1);"));
    const QString workbook = dir.filePath(QStringLiteral("grids.xlsx"));
    const test::ProcessResult r = test::runHorisont({QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"), workbook});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_GT(QFileInfo(workbook).size(), 0);
}
