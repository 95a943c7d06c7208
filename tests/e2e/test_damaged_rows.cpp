// A plan's rows are untrusted input: a file edited outside Horisont or
// damaged below SQLite's notice is refused by every command, naming the
// table and row, and never crashes a command or shows a wrong total.
#include "testsupport.h"

#include "edit/commands.h"
#include "model/schema.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

struct RowDamage {
    const char *name;
    const char *sql;      ///< run with foreign keys off, as a foreign tool would
    const char *expected; ///< what the refusal must name
};

class DamagedRows : public ::testing::TestWithParam<RowDamage>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        plan = test::createDemo(dir)->path();
        test::sqlite3(plan, QStringLiteral("PRAGMA foreign_keys = OFF; ") + QString::fromUtf8(GetParam().sql));
        ledger = dir.filePath(QStringLiteral("ledger.csv"));
        test::writeFile(ledger, "Ver.nr;Rad;Datum;Belopp;Ansvar;Projekt\n1;1;2024-03-01;100,00;1100;7100\n");
    }
    QTemporaryDir dir;
    QString plan;
    QString ledger;
};

TEST_P(DamagedRows, EveryCommandRefusesNamingTheRowAndNothingChanges)
{
    const QByteArray bytes = test::fileHash(plan);
    const QString out = dir.filePath(QStringLiteral("out"));
    const QList<QStringList> commands{
        {QStringLiteral("check"), plan},
        {QStringLiteral("info"), plan},
        {QStringLiteral("export-pdf"), plan, QStringLiteral("-o"), out + QStringLiteral(".pdf"), QStringLiteral("--pack"),
         QStringLiteral("full")},
        {QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"), out + QStringLiteral(".xlsx")},
        {QStringLiteral("export-csv"), plan, QStringLiteral("--grid"), QStringLiteral("allocations-by-source"),
         QStringLiteral("-o"), out + QStringLiteral(".csv")},
        {QStringLiteral("import-actuals"), plan, ledger},
    };
    for (const QStringList &arguments : commands) {
        const test::ProcessResult r = test::runHorisont(arguments, 60000);
        EXPECT_EQ(r.exitCode, 2) << arguments.constFirst().toStdString() << ": " << r.out.toStdString()
                                 << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("demo.horisont"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(GetParam().expected)))
            << arguments.constFirst().toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(test::fileHash(plan), bytes) << arguments.constFirst().toStdString();
    }
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".pdf")));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".xlsx")));
}

// A value the schema requires but an earlier Horisont let Properties clear
// ("(none)"): the plan opens, every command works, and check names the row
// as a finding (exit 1) instead of locking the user out of the plan.
using MissingValues = DamagedRows;

TEST_P(MissingValues, CheckNamesTheRowAndEveryOtherCommandWorks)
{
    const QByteArray bytes = test::fileHash(plan);
    const test::ProcessResult checked = test::runHorisont({QStringLiteral("check"), plan}, 60000);
    EXPECT_EQ(checked.exitCode, 1) << checked.out.toStdString() << checked.err.toStdString();
    EXPECT_TRUE(checked.out.contains(QString::fromUtf8(GetParam().expected))) << checked.out.toStdString();
    const QString out = dir.filePath(QStringLiteral("out"));
    for (const QStringList &arguments : QList<QStringList>{
             {QStringLiteral("info"), plan},
             {QStringLiteral("export-pdf"), plan, QStringLiteral("-o"), out + QStringLiteral(".pdf"),
              QStringLiteral("--pack"), QStringLiteral("full")},
             {QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"), out + QStringLiteral(".xlsx")}}) {
        const test::ProcessResult r = test::runHorisont(arguments, 60000);
        EXPECT_EQ(r.exitCode, 0) << arguments.constFirst().toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(test::fileHash(plan), bytes) << arguments.constFirst().toStdString();
    }
    EXPECT_TRUE(QFile::exists(out + QStringLiteral(".pdf")));
}

INSTANTIATE_TEST_SUITE_P(
    Legacy, MissingValues,
    ::testing::Values(
        RowDamage{"required_reference_null", "UPDATE activity SET intervention_id = NULL WHERE id = 1;",
                  "activity 1 has no intervention_id"},
        RowDamage{"required_date_null", "UPDATE phase SET start = NULL WHERE id = 1;", "phase 1 has no start"},
        RowDamage{"allocation_without_source", "UPDATE allocation SET source_id = NULL WHERE id = 1;",
                  "allocation 1 has no source_id"}),
    [](const ::testing::TestParamInfo<RowDamage> &info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Damage, DamagedRows,
    ::testing::Values(
        RowDamage{"unknown_role", "UPDATE responsibility SET role = 99 WHERE id = (SELECT min(id) FROM responsibility);",
                  "table responsibility, row"},
        RowDamage{"negative_enum", "UPDATE allocation SET status = -5 WHERE id = 1;", "table allocation, row 1: status"},
        RowDamage{"sources_deleted", "DELETE FROM forecast; DELETE FROM funding_source;", "funding_source"},
        RowDamage{"organisations_deleted", "DELETE FROM organisation;", "organisation"},
        RowDamage{"parent_cycle", "UPDATE organisation SET parent_id = 2 WHERE id = 1; UPDATE organisation SET parent_id = 1 WHERE id = 2;",
                  "circle"},
        RowDamage{"negative_id", "UPDATE risk SET id = -3 WHERE id = 1;", "table risk, row -3: id"},
        RowDamage{"year_9999", "UPDATE phase SET \"end\" = '9999-01-01' WHERE id = 1;", "table phase, row 1: end"},
        RowDamage{"date_with_time", "UPDATE activity SET start = '2023-01-05T12:00' WHERE id = 1;", "table activity, row 1: start"},
        RowDamage{"impossible_date", "UPDATE decision SET date = '2023-02-30' WHERE id = 1;", "table decision, row 1: date"},
        RowDamage{"huge_amount", "UPDATE allocation SET amount = 4611686018427387904 WHERE id = 1;", "table allocation, row 1: amount"},
        RowDamage{"text_amount", "UPDATE funding_source SET ceiling = 'lots' WHERE id = 1;", "table funding_source, row 1: ceiling"},
        RowDamage{"blob_name", "UPDATE intervention SET name = x'00ff00' WHERE id = 1;", "table intervention, row 1: name"},
        RowDamage{"amounts_beyond_adding_up",
                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1100) "
                  "INSERT INTO allocation (source_id, intervention_id, organisation_id, year, amount) "
                  "SELECT 1, (SELECT min(id) FROM intervention), 1, 2024, 999999999999999 FROM n;",
                  "add up"},
        RowDamage{"two_programmes", "INSERT INTO programme (id, name) VALUES (2, 'Second');", "programme"},
        RowDamage{"format_zero", "PRAGMA user_version = 0;", "format number"},
        RowDamage{"format_set_back", "PRAGMA user_version = 2;", "format 2"},
        RowDamage{"format_negative", "PRAGMA user_version = -1;", "format number"},
        // A NULL in a field every row of Horisont's has (schema.cpp: required).
        // Whole numbers outside their field's meaning (schema.cpp: number()).
        RowDamage{"fiscal_month_13", "UPDATE programme SET fiscal_year_start_month = 13;",
                  "table programme, row 1: fiscal_year_start_month"},
        RowDamage{"risk_likelihood_6", "UPDATE risk SET likelihood = 6 WHERE id = 1;", "table risk, row 1: likelihood"},
        RowDamage{"allocation_year_0", "UPDATE allocation SET year = 0 WHERE id = 1;", "table allocation, row 1: year"},
        RowDamage{"negative_position", "UPDATE phase SET position = -1 WHERE id = 1;", "table phase, row 1: position"},
        // The ledger's day sums against its transactions, group by group, and
        // each import's recorded total against its rows.
        RowDamage{"day_sum_moved_between_days",
                  "UPDATE ledger_day SET amount = amount + 5000 WHERE id = (SELECT min(id) FROM ledger_day); "
                  "UPDATE ledger_day SET amount = amount - 5000 WHERE id = (SELECT max(id) FROM ledger_day);",
                  "do not match its transactions (1 rows"},
        RowDamage{"transaction_moved_to_another_source",
                  "UPDATE ledger_transaction SET source_id = (SELECT id FROM funding_source WHERE id IS NOT "
                  "ledger_transaction.source_id ORDER BY id LIMIT 1) WHERE id = (SELECT min(id) FROM ledger_transaction);",
                  "do not match its transactions"},
        RowDamage{"import_total_changed", "UPDATE import_batch SET total_ore = total_ore - 1;", "records"},
        RowDamage{"index_out_of_step",
                  "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX allocation_source_id ON "
                  "allocation(organisation_id)' WHERE name = 'allocation_source_id';",
                  "index"}),
    [](const ::testing::TestParamInfo<RowDamage> &info) { return std::string(info.param.name); });

TEST(PlanAmounts, AnEditThatWouldPassWhatAPlanCanAddUpIsRefused)
{
    QTemporaryDir dir;
    const QString plan = test::createDemo(dir)->path();
    // A thousand allocations just below the bound of one amount: together
    // just below what a plan may hold.
    test::sqlite3(plan, QStringLiteral(
                            "DELETE FROM forecast; UPDATE allocation SET amount = 0; UPDATE funding_source SET ceiling = NULL; "
                            "UPDATE follow_up SET cost = 0; "
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 999) "
                            "INSERT INTO allocation (source_id, intervention_id, organisation_id, year, amount) "
                            "SELECT 1, (SELECT min(id) FROM intervention), 1, 2024, 999999999999999 FROM n;"));
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const Id small = doc->plan().all<Allocation>().begin()->id;
    // Within bounds on its own, but the plan's amounts would pass 10^16 kr.
    auto *command = commands::setField(*doc, EntityKind::Allocation, small, QStringLiteral("amount"),
                                       qlonglong(999999999999999), &error);
    ASSERT_TRUE(command) << error.toStdString();
    EXPECT_TRUE(doc->execute(command));
    Allocation another = *doc->plan().all<Allocation>().begin();
    another.id = NoId;
    EXPECT_FALSE(doc->execute(commands::insertRecord(*doc, toRecord(another), CommandText::verbatim(QStringLiteral("Add")))));
    EXPECT_TRUE(doc->lastError().contains(QStringLiteral("add up"))) << doc->lastError().toStdString();
    doc.reset();
    const test::ProcessResult r = test::runHorisont({QStringLiteral("check"), plan});
    EXPECT_NE(r.exitCode, 2) << r.err.toStdString();
}

TEST(LedgerSums, SumsPastWhatCanBeCountedStopEveryCommandNamingThePlan)
{
    QTemporaryDir dir;
    const QString plan = test::createDemo(dir)->path();
    test::sqlite3(plan, test::ledgerPastWhatCanBeCountedSql());
    const QByteArray bytes = test::fileHash(plan);
    const QString out = dir.filePath(QStringLiteral("out"));
    const QList<QStringList> commands{
        {QStringLiteral("check"), plan},
        {QStringLiteral("info"), plan},
        {QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"), out + QStringLiteral(".xlsx")},
        {QStringLiteral("export-csv"), plan, QStringLiteral("--grid"), QStringLiteral("budget-vs-actual-by-source"),
         QStringLiteral("-o"), out + QStringLiteral(".csv")},
    };
    for (const QStringList &arguments : commands) {
        const test::ProcessResult r = test::runHorisont(arguments, 60000);
        const std::string command = arguments.constFirst().toStdString();
        EXPECT_EQ(r.exitCode, 2) << command << ": " << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("demo.horisont"))) << command << ": " << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(QLatin1Char('-') + QStringLiteral("9"))) << command << ": " << r.out.toStdString();
        EXPECT_EQ(test::fileHash(plan), bytes) << command;
        // Opening refuses it, saying why in the user's words.
        if (command == "info")
            EXPECT_TRUE(r.err.contains(QStringLiteral("demo.horisont is damaged: its ledger's amounts add up to more "
                                                      "than Horisont can count")))
                << r.err.toStdString();
    }
}

TEST(FieldRules, AnEditCannotWriteWhatOpeningWouldRefuse)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const Id activity = doc->plan().all<Activity>().begin()->id;
    const Id risk = doc->plan().all<Risk>().begin()->id;
    QString error;
    // Out of range and NULL in a required field: refused by the edit rule...
    EXPECT_FALSE(commands::setField(*doc, EntityKind::Programme, 1, QStringLiteral("fiscal_year_start_month"), 13, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("1 … 12"))) << error.toStdString();
    EXPECT_FALSE(commands::setField(*doc, EntityKind::Risk, risk, QStringLiteral("likelihood"), 0, &error));
    EXPECT_FALSE(commands::setField(*doc, EntityKind::Activity, activity, QStringLiteral("intervention_id"), QVariant(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("NULL"))) << error.toStdString();
    // ...and by the document, whatever builds the change.
    const std::optional<Record> before = doc->plan().record(EntityKind::Activity, activity);
    ASSERT_TRUE(before);
    Record orphan = *before;
    orphan.id = NoId;
    orphan.values[kindInfo(EntityKind::Activity).fieldIndex(QStringLiteral("intervention_id"))] = QVariant();
    EXPECT_FALSE(doc->execute(commands::insertRecord(*doc, orphan, CommandText::verbatim(QStringLiteral("Add")))));
    EXPECT_TRUE(doc->lastError().contains(QStringLiteral("intervention_id"))) << doc->lastError().toStdString();
    // In range: written, and the file opens again.
    auto *month = commands::setField(*doc, EntityKind::Programme, 1, QStringLiteral("fiscal_year_start_month"), 7, &error);
    ASSERT_TRUE(month) << error.toStdString();
    EXPECT_TRUE(doc->execute(month));
    const QString path = doc->path();
    doc.reset();
    auto reopened = PlanDocument::open(path, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    EXPECT_EQ(reopened->plan().programme().fiscalYearStartMonth, 7);
}

TEST(NewerFormat, CommandsRefuseAFileFromANewerHorisont)
{
    QTemporaryDir dir;
    const QString plan = test::createDemo(dir)->path();
    test::sqlite3(plan, QStringLiteral("PRAGMA user_version = 9999;"));
    const QByteArray bytes = test::fileHash(plan);
    for (const char *command : {"check", "info"}) {
        const test::ProcessResult r = test::runHorisont({QString::fromLatin1(command), plan});
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_TRUE(r.err.contains(QStringLiteral("newer version of Horisont"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
    EXPECT_EQ(test::fileHash(plan), bytes);
}

} // namespace
