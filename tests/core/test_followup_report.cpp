// The follow-up report engine (budget vs actual per year, tertial and month,
// forecasts, grant state, chart grids) against the demo plan with the real
// ledger sample of 2023 imported: every figure agrees to the öre with sums
// that sqlite3 computes independently from the file.
#include "testsupport.h"

#include "budget/chartgrids.h"
#include "budget/followupreport.h"
#include "budget/forecastreport.h"
#include "budget/grantstate.h"
#include "budget/monthlyactuals.h"
#include "check/versioncheck.h"
#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "versions/planversions.h"
#include "ledger/import/ledgerimport.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {
const QString sampleFile = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");
const Money sampleTotal = Money::fromOre(82720973); // 827 209,73 kr in 70 rows

class FollowUpReportTest : public test::DemoTest
{
protected:
    void prepare() override
    {
        const ImportResult r = LedgerImport::import(*doc, sampleFile, {});
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        ASSERT_EQ(r.imported, 70);
        ASSERT_EQ(r.total, sampleTotal);
        actuals = MonthlyActualsIndex::load(doc->store());
    }

    Money sql(const QString &query) const { return Money::fromOre(test::sqlite3(doc->path(), query).toLongLong()); }
    Id sourceWithCode(const QString &code) const { return test::idWithCode<FundingSource>(doc->plan(), code); }

    MonthlyActualsIndex actuals;
};

const BudgetDimension allDimensions[] = {BudgetDimension::Source, BudgetDimension::Organisation,
                                         BudgetDimension::Intervention};
} // namespace

TEST_F(FollowUpReportTest, YearOf2023SpendsExactlyTheSampleInEveryDimension)
{
    for (BudgetDimension dimension : allDimensions) {
        const FollowUpGrid f = budgetFollowUp(doc->plan(), actuals, dimension, FollowUpGrain::Year, 2023, 2023, QLocale::c());
        ASSERT_EQ(f.periods.size(), 1u);
        EXPECT_EQ(f.grid.columnCount(), 6);
        EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(0, FollowUpGrid::Spent)), sampleTotal);
        EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(f.totalGroup(), FollowUpGrid::Spent)), sampleTotal);
        EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(0, FollowUpGrid::Allocated)),
                  sql(QStringLiteral("SELECT sum(amount) FROM allocation WHERE year = 2023;")));
        for (int r = 0; r < f.grid.rowCount(); ++r)
            EXPECT_EQ(f.grid.cell(r, FollowUpGrid::column(0, FollowUpGrid::Variance)),
                      f.grid.cell(r, FollowUpGrid::column(0, FollowUpGrid::Allocated))
                          - f.grid.cell(r, FollowUpGrid::column(0, FollowUpGrid::Spent)));
    }
}

TEST_F(FollowUpReportTest, TertialsAndMonthsAddUpToTheYearAndAgreeWithTheLedger)
{
    const Money allocated2023 = sql(QStringLiteral("SELECT sum(amount) FROM allocation WHERE year = 2023;"));
    for (FollowUpGrain grain : {FollowUpGrain::Tertial, FollowUpGrain::Month}) {
        for (BudgetDimension dimension : allDimensions) {
            const FollowUpGrid f = budgetFollowUp(doc->plan(), actuals, dimension, grain, 2023, 2023, QLocale::c());
            ASSERT_EQ(f.periods.size(), grain == FollowUpGrain::Tertial ? 3u : 12u);
            for (std::size_t p = 0; p < f.periods.size(); ++p) {
                const FollowUpPeriod &period = f.periods[p];
                EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(int(p), FollowUpGrid::Spent)),
                          sql(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger_transaction "
                                             "WHERE date >= '%1' AND date < '%2';")
                                  .arg(period.start().toString(Qt::ISODate), period.end().toString(Qt::ISODate))));
            }
            // Allocations split evenly; the shares add up to the year's allocation on every row.
            const FollowUpGrid year = budgetFollowUp(doc->plan(), actuals, dimension, FollowUpGrain::Year, 2023, 2023, QLocale::c());
            ASSERT_EQ(f.grid.rowCount(), year.grid.rowCount());
            for (int r = 0; r < f.grid.rowCount(); ++r) {
                Money shares;
                for (int p = 0; p < int(f.periods.size()); ++p)
                    shares += f.grid.cell(r, FollowUpGrid::column(p, FollowUpGrid::Allocated));
                EXPECT_EQ(shares, year.grid.cell(r, FollowUpGrid::column(0, FollowUpGrid::Allocated)));
                EXPECT_EQ(f.grid.cell(r, FollowUpGrid::column(f.totalGroup(), FollowUpGrid::Allocated)), shares);
            }
            EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(f.totalGroup(), FollowUpGrid::Allocated)), allocated2023);
            EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(f.totalGroup(), FollowUpGrid::Spent)), sampleTotal);
        }
    }
    // Months of an allocation differ by at most one öre.
    const FollowUpGrid months = budgetFollowUp(doc->plan(), actuals, BudgetDimension::Source, FollowUpGrain::Month, 2023, 2023, QLocale::c());
    for (int r = 0; r < months.grid.rowCount(); ++r) {
        const Money jan = months.grid.cell(r, FollowUpGrid::column(0, FollowUpGrid::Allocated));
        const Money dec = months.grid.cell(r, FollowUpGrid::column(11, FollowUpGrid::Allocated));
        EXPECT_LE((jan - dec).ore(), 1);
        EXPECT_GE((jan - dec).ore(), 0);
    }
    // The months are named in the caller's language, whatever the process's.
    const auto mayTitle = [&](const QLocale &locale) {
        const FollowUpGrid f =
            budgetFollowUp(doc->plan(), actuals, BudgetDimension::Source, FollowUpGrain::Month, 2023, 2023, locale);
        return f.grid.columns().at(FollowUpGrid::column(4, FollowUpGrid::Allocated));
    };
    EXPECT_TRUE(mayTitle(QLocale(QLocale::Swedish, QLocale::Sweden)).endsWith(QStringLiteral(" maj 2023")));
    EXPECT_TRUE(mayTitle(QLocale(QLocale::English, QLocale::UnitedKingdom)).endsWith(QStringLiteral(" May 2023")));
}

TEST_F(FollowUpReportTest, EveryYearTogetherIsTheWholeLedger)
{
    const Money ledger = sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction;"));
    const auto [first, last] = actuals.years();
    EXPECT_EQ(first, 2020);
    for (BudgetDimension dimension : allDimensions) {
        const FollowUpGrid f = budgetFollowUp(doc->plan(), actuals, dimension, FollowUpGrain::Year, 2018, 2032, QLocale::c());
        EXPECT_EQ(f.periods.size(), 15u);
        EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(f.totalGroup(), FollowUpGrid::Spent)), ledger);
        EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(f.totalGroup(), FollowUpGrid::Allocated)),
                  sql(QStringLiteral("SELECT sum(amount) FROM allocation;")));
    }
}

TEST_F(FollowUpReportTest, ReadingThroughAConnectionOfItsOwnGivesTheSameIndex)
{
    // What the view reads on its worker thread: the plan file, not the document's connection.
    QString error;
    const std::atomic_bool keepGoing{false};
    const std::optional<MonthlyActualsIndex> own = MonthlyActualsIndex::loadFile(doc->path(), &keepGoing, &error);
    ASSERT_TRUE(own) << error.toStdString();
    EXPECT_EQ(own->years(), actuals.years());
    for (BudgetDimension dimension : allDimensions) {
        EXPECT_EQ(own->idsWithSpending(dimension), actuals.idsWithSpending(dimension));
        for (int year = actuals.years().first; year <= actuals.years().second; ++year)
            for (int month = 0; month <= 12; ++month)
                for (Id id : actuals.idsWithSpending(dimension).keys())
                    EXPECT_EQ(own->spent(dimension, id, year, month), actuals.spent(dimension, id, year, month));
    }
    EXPECT_EQ(own->totalIn(2023), sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction "
                                                     "WHERE date >= '2023-01-01' AND date < '2024-01-01';")));

    // Cancelled (the view closed): no index, and no error to show.
    const std::atomic_bool cancelled{true};
    error.clear();
    EXPECT_FALSE(MonthlyActualsIndex::loadFile(doc->path(), &cancelled, &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();

    // A file that cannot be read says so.
    EXPECT_FALSE(MonthlyActualsIndex::loadFile(dir.filePath(QStringLiteral("missing.horisont")), nullptr, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(FollowUpReportTest, PercentUsedIsARatioAndEmptyWithoutAllocation)
{
    EXPECT_DOUBLE_EQ(*percentUsed(Money::fromKronor(200), Money::fromKronor(50)), 25.0);
    EXPECT_FALSE(percentUsed(Money(), Money::fromKronor(50)).has_value());
    EXPECT_NEAR(*percentUsed(Money::fromKronor(100), Money::fromKronor(130)), 130.0, 1e-9);
}

TEST_F(FollowUpReportTest, ForecastShowsTheEnteredAmountAndSuggestsARunRate)
{
    const Id utv = sourceWithCode(QStringLiteral("UTV"));
    ASSERT_NE(utv, NoId);
    // Entered through an undoable command, as the view does.
    const QString forecastsBefore = test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM forecast;"));
    Forecast entered;
    entered.sourceId = utv;
    entered.year = 2023;
    entered.amount = Money::fromKronor(1'100'000);
    ASSERT_TRUE(doc->execute(commands::insert(*doc, entered, CommandText::verbatim(QStringLiteral("Enter forecast")))));

    const QDate asOf(2023, 7, 15); // six months complete
    const ForecastTable t = forecastByYear(doc->plan(), actuals, utv, 2022, 2024, asOf);
    ASSERT_EQ(t.years.size(), 3u);
    EXPECT_EQ(t.grid.cell(1, ForecastTable::Forecast), Money::fromKronor(1'100'000));
    EXPECT_NE(t.years[1].forecastId, NoId);
    EXPECT_EQ(t.years[0].forecastId, NoId);
    const Money allocated = sql(QStringLiteral("SELECT sum(amount) FROM allocation WHERE year = 2023 AND source_id = %1;").arg(utv));
    EXPECT_EQ(t.grid.cell(1, ForecastTable::ForecastVsAllocated), allocated - Money::fromKronor(1'100'000));
    // Past year: what was spent. Current year: first half-year × 12 / 6. Future: nothing.
    EXPECT_EQ(t.years[0].basis, ForecastBasis::Actual);
    EXPECT_EQ(t.grid.cell(0, ForecastTable::Suggestion),
              sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE source_id = %1 AND date LIKE '2022-%';").arg(utv)));
    EXPECT_EQ(t.years[1].basis, ForecastBasis::RunRate);
    const Money firstHalf = sql(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger_transaction WHERE source_id = %1 "
                                               "AND date >= '2023-01-01' AND date < '2023-07-01';").arg(utv));
    EXPECT_EQ(t.grid.cell(1, ForecastTable::Suggestion), runRate(firstHalf, 6));
    EXPECT_EQ(t.years[2].basis, ForecastBasis::None);
    EXPECT_TRUE(t.grid.cell(2, ForecastTable::Suggestion).isZero());
    // The whole programme is its own scope: the source's forecast is not shown there.
    EXPECT_EQ(forecastByYear(doc->plan(), actuals, NoId, 2023, 2023, asOf).years[0].forecastId, NoId);

    // Totals are over the years that hold a figure; a total of nothing is empty, not 0 kr.
    EXPECT_TRUE(t.isEmpty(0, ForecastTable::Forecast));
    EXPECT_TRUE(t.isEmpty(0, ForecastTable::ForecastVsAllocated));
    EXPECT_FALSE(t.isEmpty(1, ForecastTable::Forecast));
    EXPECT_TRUE(t.isEmpty(2, ForecastTable::Suggestion));
    EXPECT_EQ(t.total(ForecastTable::Forecast), Money::fromKronor(1'100'000));
    EXPECT_EQ(t.total(ForecastTable::ForecastVsAllocated), allocated - Money::fromKronor(1'100'000));
    EXPECT_EQ(t.total(ForecastTable::Suggestion),
              t.grid.cell(0, ForecastTable::Suggestion) + t.grid.cell(1, ForecastTable::Suggestion));
    EXPECT_EQ(t.total(ForecastTable::Allocated), t.grid.columnTotal(ForecastTable::Allocated));
    const ForecastTable none = forecastByYear(doc->plan(), actuals, utv, 2024, 2025, asOf);
    EXPECT_FALSE(none.total(ForecastTable::Forecast).has_value());
    EXPECT_FALSE(none.total(ForecastTable::ForecastVsAllocated).has_value());
    EXPECT_FALSE(none.total(ForecastTable::Suggestion).has_value()); // both years after 2023
    EXPECT_TRUE(none.total(ForecastTable::Allocated).has_value());
    // A year that has not begun has spent nothing yet: "–", not 0 kr.
    EXPECT_FALSE(t.isEmpty(1, ForecastTable::Spent));
    EXPECT_TRUE(t.isEmpty(2, ForecastTable::Spent) == t.grid.cell(2, ForecastTable::Spent).isZero());
    EXPECT_FALSE(t.years[2].begun);

    doc->undoStack()->undo();
    EXPECT_EQ(findForecast(doc->plan(), utv, 2023), nullptr);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM forecast;")), forecastsBefore);
}

TEST_F(FollowUpReportTest, RunRateRoundsHalfAwayFromZero)
{
    EXPECT_EQ(runRate(Money::fromOre(100), 12), Money::fromOre(100));
    EXPECT_EQ(runRate(Money::fromOre(1), 7), Money::fromOre(2));   // 12/7 = 1.71
    EXPECT_EQ(runRate(Money::fromOre(-1), 7), Money::fromOre(-2));
    EXPECT_EQ(runRate(Money::fromOre(5), 8), Money::fromOre(8));   // 60/8 = 7.5
}

TEST_F(FollowUpReportTest, RunRateOfALedgerNearItsBoundIsExactOrRefused)
{
    // A ledger may hold 10^16 kr: × 12 passes 64 bits. Over eleven months
    // the rate fits and is exact; over one it does not and is refused, never wrapped.
    const qint64 bound = 1'000'000'000'000'000'000;
    EXPECT_EQ(runRate(Money::fromOre(bound - 1), 11), Money::fromOre(1'090'909'090'909'090'908));
    EXPECT_EQ(runRate(Money::fromOre(-(bound - 1)), 11), Money::fromOre(-1'090'909'090'909'090'908));
    EXPECT_THROW(runRate(Money::fromOre(bound), 1), MoneyOverflow);
}

TEST_F(FollowUpReportTest, GrantStateAgreesWithCeilingAllocationsAndLedger)
{
    const QDate asOf(2023, 11, 25);
    const GrantStates s = grantStates(doc->plan(), actuals, asOf);
    ASSERT_EQ(s.grid.rowCount(), int(doc->plan().all<FundingSource>().size()));
    EXPECT_EQ(s.grid.columnTotal(GrantStates::Spent), sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE source_id IS NOT NULL;")));
    EXPECT_EQ(s.grid.columnTotal(GrantStates::Allocated), sql(QStringLiteral("SELECT sum(amount) FROM allocation;")));
    const Id utv = sourceWithCode(QStringLiteral("UTV"));
    for (int r = 0; r < s.grid.rowCount(); ++r) {
        if (s.sources[std::size_t(r)].sourceId != utv)
            continue;
        EXPECT_TRUE(s.sources[std::size_t(r)].hasCeiling);
        EXPECT_EQ(s.grid.cell(r, GrantStates::Ceiling), Money::fromKronor(6'000'000));
        EXPECT_EQ(s.grid.cell(r, GrantStates::Allocated), Money::fromKronor(5'700'000));
        const Money spent = sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE source_id = %1;").arg(utv));
        EXPECT_EQ(s.grid.cell(r, GrantStates::Spent), spent);
        EXPECT_EQ(s.grid.cell(r, GrantStates::LeftAfterSpent), Money::fromKronor(6'000'000) - spent);
        EXPECT_EQ(s.grid.cell(r, GrantStates::LeftAfterAllocated), Money::fromKronor(300'000));
        EXPECT_EQ(s.sources[std::size_t(r)].monthsLeft, 25); // until 2026-01-01 (exclusive)
    }
    // A source without a ceiling shows none.
    const Id ord = sourceWithCode(QStringLiteral("ORD"));
    for (int r = 0; r < s.grid.rowCount(); ++r) {
        if (s.sources[std::size_t(r)].sourceId == ord) {
            EXPECT_FALSE(s.sources[std::size_t(r)].hasCeiling);
            EXPECT_TRUE(s.grid.cell(r, GrantStates::Ceiling).isZero());
        }
    }
}

TEST_F(FollowUpReportTest, WholeMonthsUntilAnExclusiveEnd)
{
    EXPECT_EQ(wholeMonthsUntil(QDate(2026, 11, 25), QDate(2027, 1, 1)), 1);
    EXPECT_EQ(wholeMonthsUntil(QDate(2026, 1, 1), QDate(2027, 1, 1)), 12);
    EXPECT_EQ(wholeMonthsUntil(QDate(2027, 1, 1), QDate(2027, 1, 1)), 0);
    EXPECT_EQ(wholeMonthsUntil(QDate(2028, 3, 1), QDate(2027, 1, 1)), 0);
}

TEST_F(FollowUpReportTest, ChartGridsAreTheSameNumbers)
{
    const AllocationsAndSpending a =
        allocationsAndSpendingByYear(doc->plan(), actuals, BudgetDimension::Source, 2018, 2032, QDate(2026, 11, 25));
    EXPECT_EQ(a.spending.total(), sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction;")));
    EXPECT_EQ(a.spending.cell(0, 2023 - 2018), sampleTotal);
    EXPECT_EQ(a.allocations.total(), sql(QStringLiteral("SELECT sum(amount) FROM allocation;")));

    const Id utv = sourceWithCode(QStringLiteral("UTV"));
    const CumulativeSpending c = cumulativeSpending(doc->plan(), actuals, utv);
    EXPECT_EQ(c.grid.columnCount(), 72); // 2020-01 … 2025-12
    EXPECT_EQ(c.grid.columns().first(), QStringLiteral("2020-01"));
    EXPECT_TRUE(c.hasCeiling);
    EXPECT_EQ(c.grid.cell(CumulativeSpending::Ceiling, 0), Money::fromKronor(6'000'000));
    EXPECT_EQ(c.grid.cell(CumulativeSpending::Cumulative, c.grid.columnCount() - 1),
              sql(QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE source_id = %1 "
                                 "AND date >= '2020-01-01' AND date < '2026-01-01';").arg(utv)));
    Money running;
    for (int m = 0; m < c.grid.columnCount(); ++m) {
        running += c.grid.cell(CumulativeSpending::Spent, m);
        EXPECT_EQ(c.grid.cell(CumulativeSpending::Cumulative, m), running);
    }
}

// The decided version's budget beside the allocation: the version frozen,
// one allocation raised and an intervention removed since; both columns add
// up to the version's and the plan's totals, and the removed intervention
// keeps its row.
TEST_F(FollowUpReportTest, DecidedBudgetStandsBesideTheAllocationAndTheChangeSince)
{
    const QString decidedSum2023 = QStringLiteral("SELECT sum(amount) FROM allocation WHERE year = 2023;");
    QString error;
    // An intervention with 500 000 kr in 2023 and no spending, decided and removed since.
    Intervention dropped;
    dropped.phaseId = doc->plan().all<Phase>().begin()->id;
    dropped.name = QStringLiteral("Trygghetsvandringar i Ersboda");
    dropped.code = QStringLiteral("7999");
    dropped.start = QDate(2023, 1, 1);
    dropped.end = QDate(2024, 1, 1);
    ASSERT_TRUE(doc->execute(commands::insert(*doc, dropped, CommandText::verbatim(QStringLiteral("Ny")), &error)))
        << error.toStdString();
    Id removed = NoId;
    for (const Intervention &i : doc->plan().all<Intervention>())
        if (i.code == dropped.code)
            removed = i.id;
    ASSERT_NE(removed, NoId);
    const Money removedAmount = Money::fromKronor(500'000);
    const FundingSource &anySource = *doc->plan().all<FundingSource>().begin();
    const Organisation &anyOrganisation = *doc->plan().all<Organisation>().begin();
    ASSERT_TRUE(doc->execute(allocations::setCell(
        *doc, allocations::findCell(doc->plan(), anySource.id, removed, anyOrganisation.id, 2023), removedAmount,
        QString(), &error)))
        << error.toStdString();
    const Money decidedTotal = sql(decidedSum2023);
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Antagen"),
                                     {QStringLiteral("Kommunstyrelsen"), QDate(2023, 1, 17), QStringLiteral("KS 2023/5")},
                                     QDateTime(QDate(2023, 1, 18), QTime(9, 0), Qt::UTC), &error))
        << error.toStdString();
    ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Intervention, {removed},
                                              CommandText::verbatim(QStringLiteral("Bort")), &error)))
        << error.toStdString();
    const QString removedName = dropped.code + QLatin1Char(' ') + dropped.name; // as the rows are labelled
    // And one allocation of 2023 raised by 100 000 kr.
    const Allocation *raised = nullptr;
    for (const Allocation &a : doc->plan().all<Allocation>()) {
        if (a.year == 2023) {
            raised = &a;
            break;
        }
    }
    ASSERT_TRUE(raised);
    const Money raise = Money::fromOre(10'000'000);
    allocations::Cell cell{{raised->id}, raised->sourceId, raised->interventionId, raised->organisationId, 2023};
    ASSERT_TRUE(doc->execute(allocations::setCell(*doc, cell, raised->amount + raise, QString(), &error)))
        << error.toStdString();
    const Money currentTotal = sql(decidedSum2023);
    ASSERT_EQ(currentTotal, decidedTotal - removedAmount + raise);

    DecidedBaseline baseline;
    PlanVersion version;
    const std::shared_ptr<const Plan> decidedPlan = baseline.plan(doc->store(), &version);
    const Plan *decided = decidedPlan.get();
    ASSERT_TRUE(decided);
    EXPECT_EQ(version.name, QStringLiteral("Antagen"));
    for (BudgetDimension dimension : allDimensions) {
        const FollowUpGrid f =
            budgetFollowUp(doc->plan(), actuals, dimension, FollowUpGrain::Year, 2023, 2023, QLocale::c(), decided);
        ASSERT_TRUE(f.withDecided);
        EXPECT_EQ(f.grid.columnCount(), 10);
        EXPECT_EQ(f.grid.columns().at(f.column(0, FollowUpGrid::Decided)), QStringLiteral("Decided 2023"));
        for (int g : {0, f.totalGroup()}) {
            EXPECT_EQ(f.grid.columnTotal(f.column(g, FollowUpGrid::Decided)), decidedTotal);
            EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(g, FollowUpGrid::Allocated)), currentTotal);
            EXPECT_EQ(f.grid.columnTotal(f.column(g, FollowUpGrid::AllocatedMinusDecided)), currentTotal - decidedTotal);
            EXPECT_EQ(f.grid.columnTotal(FollowUpGrid::column(g, FollowUpGrid::Spent)), sampleTotal);
        }
        // Tertials share the decided year as they share the allocated one.
        const FollowUpGrid tertials =
            budgetFollowUp(doc->plan(), actuals, dimension, FollowUpGrain::Tertial, 2023, 2023, QLocale::c(), decided);
        ASSERT_EQ(tertials.grid.rowCount(), f.grid.rowCount());
        for (int r = 0; r < f.grid.rowCount(); ++r) {
            Money shares;
            for (int p = 0; p < 3; ++p)
                shares += tertials.grid.cell(r, tertials.column(p, FollowUpGrid::Decided));
            EXPECT_EQ(shares, f.grid.cell(r, f.column(0, FollowUpGrid::Decided)));
        }
    }
    const FollowUpGrid byIntervention = budgetFollowUp(doc->plan(), actuals, BudgetDimension::Intervention,
                                                       FollowUpGrain::Year, 2023, 2023, QLocale::c(), decided);
    int removedRow = -1;
    for (int r = 0; r < byIntervention.grid.rowCount(); ++r) {
        if (byIntervention.grid.rows()[std::size_t(r)].id == removed)
            removedRow = r;
    }
    ASSERT_GE(removedRow, 0);
    EXPECT_EQ(byIntervention.grid.rows()[std::size_t(removedRow)].label,
              QStringLiteral("%1 (not in the plan)").arg(removedName));
    EXPECT_EQ(byIntervention.grid.cell(removedRow, byIntervention.column(0, FollowUpGrid::Decided)), removedAmount);
    EXPECT_EQ(byIntervention.grid.cell(removedRow, FollowUpGrid::column(0, FollowUpGrid::Allocated)), Money());
    EXPECT_EQ(byIntervention.grid.cell(removedRow, byIntervention.column(0, FollowUpGrid::AllocatedMinusDecided)),
              Money() - removedAmount);

    // Without a version the grid is as before.
    EXPECT_EQ(budgetFollowUp(doc->plan(), actuals, BudgetDimension::Source, FollowUpGrain::Year, 2023, 2023,
                             QLocale::c())
                  .grid.columnCount(),
              6);
}
