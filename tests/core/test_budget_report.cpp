// The budget report engine against the demo plan: every grid adds up to
// the öre with the allocations and with the ledger, summed independently in SQL.
#include "testsupport.h"

#include "budget/budgetreport.h"
#include "budget/monthlyactuals.h"
#include "ledger/import/ledgerimport.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {
Money sqlSum(const QString &path, const QString &sql)
{
    return Money::fromOre(test::sqlite3(path, sql).toLongLong());
}
} // namespace

TEST(BudgetReport, AllocationsByYearAddUpPerRowColumnAndInTotal)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const QString path = doc->path();
    for (auto dimension : {BudgetDimension::Source, BudgetDimension::Organisation, BudgetDimension::Intervention}) {
        const MoneyGrid grid = allocationsByYear(doc->plan(), dimension, 2018, 2032);
        EXPECT_EQ(grid.columnCount(), 15);
        EXPECT_EQ(grid.total(), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation;")));
        for (int c = 0; c < grid.columnCount(); ++c)
            EXPECT_EQ(grid.columnTotal(c), sqlSum(path, QStringLiteral("SELECT coalesce(sum(amount),0) FROM allocation "
                                                                        "WHERE year = %1;").arg(2018 + c)));
    }
    const MoneyGrid bySource = allocationsByYear(doc->plan(), BudgetDimension::Source, 2018, 2032);
    for (int r = 0; r < bySource.rowCount(); ++r)
        EXPECT_EQ(bySource.rowTotal(r), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation WHERE source_id = %1;")
                                                         .arg(bySource.rows()[std::size_t(r)].id)));
    // One source only: the development grant, 5 700 000 kr of its 6 000 000 kr ceiling.
    Id utv = NoId;
    for (const FundingSource &s : doc->plan().all<FundingSource>())
        utv = s.code == QLatin1String("UTV") ? s.id : utv;
    EXPECT_EQ(allocationsByYear(doc->plan(), BudgetDimension::Intervention, 2018, 2032, utv).total(),
              Money::fromKronor(5'700'000));
}

TEST(BudgetReport, BudgetVsActualAgreesWithTheLedger)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const QString path = doc->path();
    const Money ledgerTotal = sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction;"));
    ASSERT_FALSE(ledgerTotal.isZero());
    for (auto dimension : {BudgetDimension::Source, BudgetDimension::Organisation, BudgetDimension::Intervention}) {
        const ActualsIndex actuals = ActualsIndex::load(doc->store(), dimension);
        const MoneyGrid grid = budgetVsActual(doc->plan(), actuals, dimension);
        EXPECT_EQ(grid.columnTotal(1), ledgerTotal);
        EXPECT_EQ(grid.columnTotal(0), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation;")));
        for (int r = 0; r < grid.rowCount(); ++r)
            EXPECT_EQ(grid.cell(r, 2), grid.cell(r, 0) - grid.cell(r, 1));
    }
    const ActualsIndex bySource = ActualsIndex::load(doc->store(), BudgetDimension::Source);
    const MoneyGrid year2024 = budgetVsActual(doc->plan(), bySource, BudgetDimension::Source, 2024);
    EXPECT_EQ(year2024.columnTotal(1),
              sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE date LIKE '2024-%';")));
    EXPECT_EQ(year2024.columnTotal(0), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation WHERE year = 2024;")));
}

// A PDF pack reads the ledger once, into a monthly index, and derives the
// yearly sums of every dimension from it: they must be the very sums that
// the yearly SQL aggregate gives, for the demo's ledger with the real sample
// of 2023 imported on top.
TEST(BudgetReport, ActualsFromTheMonthlyIndexEqualTheYearlyAggregate)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const ImportResult imported =
        LedgerImport::import(*doc, QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv"), {});
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    ASSERT_EQ(imported.imported, 70);
    const MonthlyActualsIndex monthly = MonthlyActualsIndex::load(doc->store());
    const auto [firstYear, lastYear] = monthly.years();
    ASSERT_LE(firstYear, 2023);
    ASSERT_GE(lastYear, 2023);
    for (auto dimension : {BudgetDimension::Source, BudgetDimension::Organisation, BudgetDimension::Intervention}) {
        SCOPED_TRACE(int(dimension));
        const ActualsIndex loaded = ActualsIndex::load(doc->store(), dimension);
        const ActualsIndex derived = ActualsIndex::fromMonthly(monthly, dimension);
        const QHash<Id, qint64> &ids = monthly.idsWithSpending(dimension);
        ASSERT_GT(ids.size(), 1);
        // Every row with spending, the unassigned one and one that does not exist.
        QList<Id> rows = ids.keys();
        rows << NoId << Id(999999);
        for (Id id : rows) {
            EXPECT_EQ(derived.spentInAllYears(id), loaded.spentInAllYears(id)) << "id " << id;
            for (int year = firstYear - 1; year <= lastYear + 1; ++year)
                EXPECT_EQ(derived.spent(id, year), loaded.spent(id, year)) << "id " << id << " year " << year;
        }
        for (int year = firstYear - 1; year <= lastYear + 1; ++year)
            EXPECT_EQ(derived.spentInYear(year), loaded.spentInYear(year)) << "year " << year;
        // And so every grid built on them is the same, to the öre.
        const MoneyGrid fromLoaded = budgetVsActual(doc->plan(), loaded, dimension);
        const MoneyGrid fromDerived = budgetVsActual(doc->plan(), derived, dimension);
        ASSERT_EQ(fromDerived.rowCount(), fromLoaded.rowCount());
        for (int r = 0; r < fromLoaded.rowCount(); ++r)
            for (int c = 0; c < fromLoaded.columnCount(); ++c)
                EXPECT_EQ(fromDerived.cell(r, c), fromLoaded.cell(r, c));
    }
    EXPECT_EQ(ActualsIndex::fromMonthly(monthly, BudgetDimension::Source).spentInYear(2023),
              Money::fromOre(test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM ledger_transaction "
                                                                       "WHERE date LIKE '2023-%';"))
                                 .toLongLong()));
}
