// The ledger's rows are untrusted input: every transaction and day sum is
// held to what Horisont writes in the one read that also sums them
// (LedgerScan). A plan damaged with SQL, as a foreign tool would, is
// refused naming the table and row, before the day sums' disagreement the
// same damage also causes; each case fails if its rule is dropped.
#include "testsupport.h"

#include "ledger/ledgerrowrules.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

struct LedgerDamage {
    const char *name;
    const char *table; ///< the row damaged: that table's row with the 17th lowest id
    const char *set;   ///< an UPDATE's SET clause, run with foreign keys off
    const char *named; ///< how the refusal names it, after "table …, row N "
};

class DamagedLedgerRows : public ::testing::TestWithParam<LedgerDamage>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = test::createDemo(dir)->path();
        const QString table = QString::fromUtf8(GetParam().table);
        row = test::sqlite3(path, QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET 16;").arg(table));
        ASSERT_FALSE(row.isEmpty());
        test::sqlite3(path, QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE %1 SET %2 WHERE id = %3;")
                                .arg(table, QString::fromUtf8(GetParam().set), row));
    }
    QString expected() const
    {
        return QStringLiteral("table %1, row %2 %3").arg(QString::fromUtf8(GetParam().table), row,
                                                          QString::fromUtf8(GetParam().named));
    }
    QTemporaryDir dir;
    QString path;
    QString row;
};

TEST_P(DamagedLedgerRows, AreRefusedNamingTheRowVerifiedFullyOrInTheBackground)
{
    // Verified fully, the file's foreign keys are checked first: a text id
    // that names no row may be named as a missing reference there.
    QString error;
    EXPECT_FALSE(PlanDocument::open(path, &error));
    const QString row = QStringLiteral("table %1, row %2 ").arg(QString::fromUtf8(GetParam().table), this->row);
    EXPECT_TRUE(error.contains(row)) << error.toStdString() << "\nexpected: " << row.toStdString();

    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Background);
    ASSERT_TRUE(doc) << error.toStdString();
    QString problem;
    EXPECT_FALSE(doc->waitForVerification(&problem));
    EXPECT_TRUE(problem.contains(expected())) << problem.toStdString() << "\nexpected: " << expected().toStdString();
}

constexpr const char *Unwritten = "holds a value Horisont cannot have written";

INSTANTIATE_TEST_SUITE_P(
    Ledger, DamagedLedgerRows,
    ::testing::Values(
        LedgerDamage{"impossible_date", "ledger_transaction", "date = '2023-02-30'", Unwritten},
        LedgerDamage{"date_before_1900", "ledger_transaction", "date = '1899-12-31'", Unwritten},
        LedgerDamage{"date_after_2201", "ledger_transaction", "date = '2201-01-02'", Unwritten},
        LedgerDamage{"date_with_time", "ledger_transaction", "date = '2024-01-02 10:00'", Unwritten},
        LedgerDamage{"date_as_number", "ledger_transaction", "date = 20240102", Unwritten},
        LedgerDamage{"amount_of_10_to_15", "ledger_transaction", "amount = 1000000000000000", Unwritten},
        LedgerDamage{"negative_amount_of_10_to_15", "ledger_transaction", "amount = -1000000000000000", Unwritten},
        LedgerDamage{"smallest_amount", "ledger_transaction", "amount = -9223372036854775808", Unwritten},
        LedgerDamage{"real_amount", "ledger_transaction", "amount = 10.5", Unwritten},
        LedgerDamage{"organisation_missing", "ledger_transaction", "organisation_id = 999999", Unwritten},
        LedgerDamage{"intervention_missing", "ledger_transaction", "intervention_id = 999999", Unwritten},
        LedgerDamage{"source_missing", "ledger_transaction", "source_id = 999999", Unwritten},
        LedgerDamage{"organisation_zero", "ledger_transaction", "organisation_id = 0", Unwritten},
        LedgerDamage{"empty_identity", "ledger_transaction", "identity = ''", Unwritten},
        LedgerDamage{"blob_identity", "ledger_transaction", "identity = x'41'", Unwritten},
        LedgerDamage{"text_import_id", "ledger_transaction", "import_id = 'x'", Unwritten},
        LedgerDamage{"no_import_id", "ledger_transaction", "import_id = NULL", Unwritten},
        LedgerDamage{"import_missing", "ledger_transaction", "import_id = 999999",
                     "refers to a row of import_batch that does not exist"},
        LedgerDamage{"day_sum_impossible_date", "ledger_day", "date = '2023-02-29'", Unwritten},
        LedgerDamage{"day_sum_unassigned_2", "ledger_day", "unassigned = 2", Unwritten},
        LedgerDamage{"day_sum_no_rows", "ledger_day", "row_count = 0", Unwritten},
        LedgerDamage{"day_sum_first_after_the_last", "ledger_day",
                     "first_id = (SELECT max(id) + 1 FROM ledger_transaction)", Unwritten},
        LedgerDamage{"day_sum_amount_of_10_to_18", "ledger_day", "amount = 1000000000000000000", Unwritten},
        LedgerDamage{"day_sum_text_source", "ledger_day", "source_id = 'x'", Unwritten},
        LedgerDamage{"day_sum_organisation_missing", "ledger_day", "organisation_id = 999999",
                     "refers to a row of organisation that does not exist"},
        LedgerDamage{"day_sum_import_missing", "ledger_day", "import_id = 999999",
                     "refers to a row of import_batch that does not exist"}),
    [](const ::testing::TestParamInfo<LedgerDamage> &info) { return std::string(info.param.name); });

// The whole file's other references are still foreign_key_check's, which
// now skips only the two tables LedgerScan holds.
TEST(FullVerification, NamesAMissingReferenceOutsideTheLedger)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = test::createDemo(dir)->path();
    const QString row = test::sqlite3(path, QStringLiteral("SELECT min(id) FROM allocation;"));
    ASSERT_FALSE(row.isEmpty());
    test::sqlite3(path,
                  QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE allocation SET source_id = 999999 WHERE id = %1;").arg(row));
    QString error;
    EXPECT_FALSE(PlanDocument::open(path, &error));
    const QString expected =
        QStringLiteral("table allocation, row %1 refers to a row of funding_source that does not exist").arg(row);
    EXPECT_TRUE(error.contains(expected)) << error.toStdString();
}

/// storedDay() of one SQL value, as a statement reads it.
qint64 storedDayOf(const char *value)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = QByteArrayLiteral("SELECT ") + value;
    sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
    const qint64 day = sqlite3_step(s) == SQLITE_ROW ? ledgerrowrules::storedDay(s, 0) : -1;
    sqlite3_finalize(s);
    sqlite3_close(db);
    return day;
}

// The calendar as SQLite's date(julianday()) keeps it: leap years by the
// Gregorian rule, the bounds themselves inside.
TEST(LedgerRowRules, ADateIsARealDayWithinItsBounds)
{
    EXPECT_EQ(storedDayOf("'2024-02-29'"), 20240229);
    EXPECT_EQ(storedDayOf("'2000-02-29'"), 20000229);
    EXPECT_EQ(storedDayOf("'1900-01-01'"), 19000101);
    EXPECT_EQ(storedDayOf("'2201-01-01'"), 22010101);
    EXPECT_EQ(storedDayOf("'2023-02-29'"), 0);
    EXPECT_EQ(storedDayOf("'1900-02-29'"), 0);
    EXPECT_EQ(storedDayOf("'2100-02-29'"), 0);
    EXPECT_EQ(storedDayOf("'2023-04-31'"), 0);
    EXPECT_EQ(storedDayOf("'2023-13-01'"), 0);
    EXPECT_EQ(storedDayOf("'2023-00-10'"), 0);
    EXPECT_EQ(storedDayOf("'2023-01-00'"), 0);
    EXPECT_EQ(storedDayOf("'1899-12-31'"), 0);
    EXPECT_EQ(storedDayOf("'2201-01-02'"), 0);
    EXPECT_EQ(storedDayOf("'2023-1-015'"), 0);
    EXPECT_EQ(storedDayOf("'2023/01/15'"), 0);
    EXPECT_EQ(storedDayOf("' 2023-01-1'"), 0);
    EXPECT_EQ(storedDayOf("x'323032332d30312d3135'"), 0); // the right bytes, as a BLOB
    EXPECT_EQ(storedDayOf("NULL"), 0);
}

} // namespace
