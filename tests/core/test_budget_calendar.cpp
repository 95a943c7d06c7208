// The one budget calendar: the plan's years for a fiscal year that starts in
// July, a horizon that starts mid-year, allocations and spending outside the
// horizon and a today outside it — and the exports' years come from it.
#include "testsupport.h"

#include "budget/budgetcalendar.h"
#include "edit/commands.h"
#include "export/exportgrids.h"
#include "plan/plan.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {
/// A plan whose horizon is [2025-03-15, 2030-03-15) with budget years from July.
std::unique_ptr<PlanDocument> julyPlan(const QTemporaryDir &dir)
{
    Programme programme;
    programme.name = QStringLiteral("Julibudget");
    programme.start = QDate(2025, 3, 15);
    programme.horizonEnd = QDate(2030, 3, 15);
    programme.fiscalYearStartMonth = 7;
    QString error;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("july.horisont")), programme, &error);
    EXPECT_TRUE(doc) << error.toStdString();
    return doc;
}

void allocate(PlanDocument &doc, Id source, int year)
{
    Allocation a;
    a.sourceId = source;
    a.year = year;
    a.amount = Money::fromKronor(1000);
    ASSERT_TRUE(doc.execute(commands::insert(doc, a, CommandText::verbatim(QStringLiteral("allocate"))))) << doc.lastError().toStdString();
}
} // namespace

TEST(BudgetCalendar, AFiscalYearFromJulyIsNamedByTheYearItStartsIn)
{
    const BudgetCalendar july(7);
    EXPECT_EQ(july.yearOf(QDate(2025, 6, 30)), 2024);
    EXPECT_EQ(july.yearOf(QDate(2025, 7, 1)), 2025);
    EXPECT_EQ(july.yearOf(QDate(2025, 12, 31)), 2025);
    EXPECT_EQ(july.firstDay(2025), QDate(2025, 7, 1));
    EXPECT_EQ(july.endOf(2025), QDate(2026, 7, 1)); // half-open
    // January: the calendar years; a month no calendar has means January.
    EXPECT_EQ(BudgetCalendar(1).yearOf(QDate(2025, 1, 1)), 2025);
    EXPECT_EQ(BudgetCalendar(0).startMonth(), 1);
    EXPECT_EQ(BudgetCalendar(13).yearOf(QDate(2025, 6, 30)), 2025);
}

TEST(BudgetCalendar, AHorizonThatStartsMidYearTakesTheBudgetYearsItTouches)
{
    const BudgetCalendar july(7);
    EXPECT_EQ(july.yearsOf(QDate(2025, 3, 15), QDate(2030, 3, 15)), (BudgetYears{2024, 2029}));
    EXPECT_EQ(july.yearsOf(QDate(2025, 7, 1), QDate(2026, 7, 1)), (BudgetYears{2025, 2025})); // exactly one year
    EXPECT_TRUE(july.yearsOf(QDate(2025, 7, 1), QDate(2025, 7, 1)).isEmpty());
    EXPECT_TRUE(july.yearsOf(QDate(), QDate(2025, 7, 1)).isEmpty());
    EXPECT_EQ(BudgetCalendar(1).yearsOf(QDate(2018, 1, 1), QDate(2033, 1, 1)).count(), 15);
}

TEST(BudgetCalendar, AllocationsSpendingAndTodayWidenOnlyWhenAsked)
{
    QTemporaryDir dir;
    auto doc = julyPlan(dir);
    ASSERT_TRUE(doc);
    FundingSource source;
    source.name = QStringLiteral("Anslag");
    ASSERT_TRUE(doc->execute(commands::insert(*doc, source, CommandText::verbatim(QStringLiteral("source")))));
    const Id sourceId = doc->plan().all<FundingSource>().begin()->id;
    allocate(*doc, sourceId, 2022);
    allocate(*doc, sourceId, 2033);
    const Plan &plan = doc->plan();

    // The allocation grid: the horizon's budget years only.
    EXPECT_EQ(BudgetCalendar::planYears(plan), (BudgetYears{2024, 2029}));
    // The exports: every allocation too.
    EXPECT_EQ(BudgetCalendar::planYears(plan, {.allocations = true}), (BudgetYears{2022, 2033}));
    GridSource grids(*doc);
    EXPECT_EQ(grids.years(), (BudgetYears{2022, 2033}));
    // The follow-up: spending in June 2021 is budget year 2020, in August 2034 budget year 2034.
    EXPECT_EQ(BudgetCalendar::planYears(plan, {.allocations = true,
                                               .firstSpending = QDate(2021, 6, 1),
                                               .lastSpending = QDate(2034, 8, 1)}),
              (BudgetYears{2020, 2034}));
    // Today outside the horizon does not widen a plan that has years...
    EXPECT_EQ(BudgetCalendar::planYears(plan, {.today = QDate(2040, 1, 1)}), (BudgetYears{2024, 2029}));
    // ...and is the one year of a plan that has none.
    const Plan empty;
    EXPECT_EQ(BudgetCalendar::planYears(empty, {.today = QDate(2040, 1, 1)}), (BudgetYears{2040, 2040}));
    EXPECT_TRUE(BudgetCalendar::planYears(empty).isEmpty());
}

TEST(BudgetCalendar, TheDemoKeepsItsFifteenCalendarYears)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    EXPECT_EQ(BudgetCalendar::planYears(doc->plan()), (BudgetYears{2018, 2032}));
    EXPECT_EQ(GridSource(*doc).years(), (BudgetYears{2018, 2032}));
}
