// Files written by earlier versions of Horisont: a format-1 plan opens,
// migrates in one step when opened for editing, keeps every entity it had,
// and reads unchanged (and unmigrated) when opened read-only.
#include "testsupport.h"

#include "edit/commands.h"
#include "edit/structurecommands.h"
#include "ledger/ledger.h"
#include "model/schema.h"
#include "store/fileformat.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace horisont;

namespace {
const QString formatOneDump = QStringLiteral(HORISONT_TEST_DATA "/format-v1/umea-demo.sql");

/// Builds a format-1 plan file from the dump with the sqlite3 shell.
QString formatOneFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.horisont"));
    QProcess shell;
    shell.setStandardInputFile(formatOneDump);
    shell.start(QStringLiteral("sqlite3"), {path});
    EXPECT_TRUE(shell.waitForFinished(60000));
    EXPECT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();
    return path;
}

int rowCount(const QString &path, const QString &table)
{
    return test::sqlite3(path, QStringLiteral("SELECT count(*) FROM %1;").arg(table)).toInt();
}
} // namespace

TEST(Migration, FormatOneFileIsMigratedWhenOpenedForEditing)
{
    QTemporaryDir dir;
    const QString path = formatOneFile(dir);
    ASSERT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA user_version;")), QStringLiteral("1"));
    QMap<QString, int> before;
    for (int k = 0; k < int(EntityKind::ProblemArea); ++k)
        before[kindInfo(EntityKind(k)).table] = rowCount(path, kindInfo(EntityKind(k)).table);
    const int transactions = rowCount(path, QStringLiteral("ledger_transaction"));
    ASSERT_GT(transactions, 0);
    const int logLines = rowCount(path, QStringLiteral("change_log"));
    const QString ledgerSums = QStringLiteral(
        "SELECT count(*), sum(amount), count(DISTINCT source_id), min(date), max(date) FROM ledger_transaction;");
    const QString sumsBefore = test::sqlite3(path, ledgerSums);

    QString error;
    auto doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA user_version;")),
              QString::number(fileformat::currentVersion()));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        EXPECT_EQ(rowCount(path, it.key()), it.value()) << it.key().toStdString();
    EXPECT_EQ(rowCount(path, QStringLiteral("ledger_transaction")), transactions);
    EXPECT_EQ(test::sqlite3(path, ledgerSums), sumsBefore);
    EXPECT_EQ(rowCount(path, QStringLiteral("change_log")), logLines);
    // Format 3: the ledger's day sums hold every transaction and carry the foreign keys to the
    // plan, indexed; the transactions keep only their identity index and no keys to the plan.
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT sum(row_count), sum(amount) FROM ledger_day;")),
              test::sqlite3(path, QStringLiteral("SELECT count(*), sum(amount) FROM ledger_transaction;")));
    const auto indexesOf = [&](const char *table) {
        return test::sqlite3(path, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema "
                                                  "WHERE type = 'index' AND tbl_name = '%1' AND sql IS NOT NULL "
                                                  "ORDER BY name);")
                                       .arg(QLatin1String(table)));
    };
    EXPECT_EQ(indexesOf("ledger_transaction"), QString());
    EXPECT_EQ(indexesOf("ledger_day"), QStringLiteral("ledger_day_import_id,ledger_day_intervention_id,"
                                                      "ledger_day_organisation_id,ledger_day_source_id"));
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT group_concat(\"table\") FROM "
                                                 "pragma_foreign_key_list('ledger_transaction');")),
              QStringLiteral("import_batch"));
    const LedgerTotals totals = Ledger(doc->store()).totals();
    EXPECT_EQ(totals.count, transactions);
    EXPECT_EQ(QStringLiteral("%1|%2").arg(totals.count).arg(totals.total.ore()),
              test::sqlite3(path, QStringLiteral("SELECT count(*), sum(amount) FROM ledger_transaction;")));
    EXPECT_EQ(doc->plan().all<Problem>().size(), std::size_t(before[QStringLiteral("problem")]));
    EXPECT_TRUE(doc->plan().all<ProblemArea>().empty());
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA foreign_key_check;")), QString());

    // The tables of format 2 take edits, and they survive reopening.
    const Id problem = doc->plan().all<Problem>().begin()->id;
    const Id area = doc->plan().all<Area>().begin()->id;
    ASSERT_TRUE(doc->execute(structure::setProblemAreas(*doc, problem, {area})));
    Forecast forecast;
    forecast.year = 2026;
    forecast.amount = Money::fromOre(150'000'00);
    ASSERT_TRUE(doc->execute(commands::insert(*doc, forecast, CommandText::verbatim(QStringLiteral("Enter forecast")))));
    doc.reset();
    auto reopened = PlanDocument::open(path, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    ASSERT_EQ(reopened->plan().all<ProblemArea>().size(), 1u);
    EXPECT_EQ(reopened->plan().all<ProblemArea>().begin()->areaId, area);
    ASSERT_EQ(reopened->plan().all<Forecast>().size(), 1u);
    EXPECT_EQ(reopened->plan().all<Forecast>().begin()->amount, Money::fromOre(150'000'00));
}

TEST(Migration, FormatOneFileOpenedReadOnlyIsReadAsItIs)
{
    QTemporaryDir dir;
    const QString path = formatOneFile(dir);
    const QByteArray hash = test::fileHash(path);
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_EQ(doc->plan().all<Problem>().size(), std::size_t(rowCount(path, QStringLiteral("problem"))));
    EXPECT_TRUE(doc->plan().all<ProblemArea>().empty());
    EXPECT_TRUE(doc->plan().all<Forecast>().empty());
    // No day sums in format 1: they are summed from the transactions themselves.
    const LedgerTotals totals = Ledger(doc->store()).totals();
    EXPECT_EQ(QStringLiteral("%1|%2").arg(totals.count).arg(totals.total.ore()),
              test::sqlite3(path, QStringLiteral("SELECT count(*), sum(amount) FROM ledger_transaction;")));
    EXPECT_GT(totals.count, 0);
    doc.reset();
    EXPECT_EQ(test::fileHash(path), hash);
}

TEST(Migration, CurrentFileMissingATableIsDamaged)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    const QString path = doc->path();
    doc.reset();
    test::sqlite3(path, QStringLiteral("DROP TABLE problem_area;"));
    QString error;
    EXPECT_FALSE(PlanDocument::open(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("problem_area"))) << error.toStdString();
}

TEST(Migration, ProblemAreasAreOneUndoableCommand)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    const Plan &plan = doc->plan();
    const Id problem = plan.all<Problem>().begin()->id;
    QList<Id> areas;
    for (const Area &a : plan.all<Area>())
        areas << a.id;
    const auto linked = [&] {
        QList<Id> ids;
        for (const ProblemArea &link : plan.all<ProblemArea>())
            if (link.problemId == problem)
                ids << link.areaId;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const QList<Id> before = linked();
    ASSERT_FALSE(before.isEmpty()); // the demo says where its problems show
    ASSERT_TRUE(doc->execute(structure::setProblemAreas(*doc, problem, areas)));
    EXPECT_EQ(linked(), areas);
    EXPECT_EQ(rowCount(doc->path(), QStringLiteral("problem_area WHERE problem_id = %1").arg(problem)),
              int(areas.size()));
    doc->undoStack()->undo();
    EXPECT_EQ(linked(), before);
    EXPECT_EQ(rowCount(doc->path(), QStringLiteral("problem_area WHERE problem_id = %1").arg(problem)),
              int(before.size()));
    EXPECT_EQ(structure::setProblemAreas(*doc, problem, before), nullptr); // nothing to change
}
