// The budget report engine against the demo plan: every grid adds up to
// the öre with the allocations and with the ledger, summed independently in SQL.
#include "testsupport.h"

#include "budget/budgetreport.h"

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
