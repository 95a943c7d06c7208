// The figure engines the overview, the steering pack and `horisont info`
// render: key figures and their words, money per phase, budget against
// actual per year and per source, and an indicator's series — on the demo
// plan as of 2026-11-25, checked against the file summed in SQL.
#include "testsupport.h"

#include "budget/budgetreport.h"
#include "budget/chartgrids.h"
#include "figures/indicatorseries.h"
#include "figures/keyfiguretexts.h"
#include "figures/phasesummary.h"
#include "ledger/ledger.h"
#include "plan/plan.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {
const QDate Today(2026, 11, 25);

Money sqlSum(const QString &path, const QString &sql)
{
    return Money::fromOre(test::sqlite3(path, sql).toLongLong());
}

int sqlCount(const QString &path, const QString &table)
{
    return test::sqlite3(path, QStringLiteral("SELECT count(*) FROM %1;").arg(table)).toInt();
}

/// The demo plan, new for each test.
class DemoPlan : public test::DemoTest
{
protected:
    void prepare() override
    {
        path = doc->path();
    }

    QString path;
};
} // namespace

TEST_F(DemoPlan, KeyFiguresTheDemoAsOfItsDayAgreesWithTheFile)
{
    const KeyFigures f = keyFigures(doc->plan(), Ledger(doc->store()).totals(), Today);

    ASSERT_TRUE(f.currentPhase);
    EXPECT_EQ(f.currentPhase->name, QStringLiteral("Inriktningsperiod"));
    EXPECT_EQ(f.currentPhase->start, QDate(2024, 1, 1));
    ASSERT_TRUE(f.nextGate);
    EXPECT_EQ(f.nextGate->end, QDate(2027, 1, 1));
    EXPECT_EQ(f.daysToGate, 36);
    EXPECT_EQ(f.horizonMonths, 15 * 12);

    EXPECT_EQ(f.budget.allocated, sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation;")));
    EXPECT_EQ(f.budget.decided, sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation WHERE status = 1;")));
    EXPECT_EQ(f.budget.ceilings, sqlSum(path, QStringLiteral("SELECT sum(ceiling) FROM funding_source;")));
    EXPECT_EQ(f.budget.spent, sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction;")));
    EXPECT_EQ(f.transactions, sqlCount(path, QStringLiteral("ledger_transaction")));
    EXPECT_EQ(f.grants.size(), 2u); // the two grants with a ceiling
    Money grantCeilings;
    for (const KeyFigures::Grant &g : f.grants)
        grantCeilings += g.ceiling;
    EXPECT_EQ(grantCeilings, f.budget.ceilings);

    EXPECT_EQ(f.phases, sqlCount(path, QStringLiteral("phase")));
    EXPECT_EQ(f.interventions.total, sqlCount(path, QStringLiteral("intervention")));
    EXPECT_EQ(f.activities.total, sqlCount(path, QStringLiteral("activity")));
    EXPECT_EQ(f.milestones, test::sqlite3(path, QStringLiteral("SELECT count(*) FROM activity WHERE milestone;")).toInt());
    EXPECT_EQ(f.organisations, sqlCount(path, QStringLiteral("organisation")));
    EXPECT_EQ(f.risks, sqlCount(path, QStringLiteral("risk")));
}

TEST_F(DemoPlan, KeyFiguresTheWordsAreWrittenOnceForEveryRenderer)
{
    const KeyFigures f = keyFigures(doc->plan(), Ledger(doc->store()).totals(), Today);
    const KeyFigureTexts english(f, QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(english.value(KeyFigure::Horizon), QStringLiteral("2018-01-01 – 2032-12-31 (15 years)"));
    EXPECT_EQ(english.value(KeyFigure::CurrentPhase), QStringLiteral("Inriktningsperiod (2024-01-01 – 2026-12-31)"));
    EXPECT_EQ(english.value(KeyFigure::NextGate),
              QStringLiteral("End of phase \u201CInriktningsperiod\u201D on 2026-12-31, in 36 days"));
    EXPECT_EQ(english.value(KeyFigure::Allocated), f.budget.allocated.format(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    EXPECT_EQ(english.value(KeyFigure::Spent), QStringLiteral("%1 in %2 transactions")
                                                   .arg(f.budget.spent.format(QLocale(QLocale::English)))
                                                   .arg(f.transactions));
    EXPECT_EQ(english.value(KeyFigure::Phases), QStringLiteral("4"));
    // Every figure has a label and a value.
    for (const KeyFigureLine &line : english.lines(KeyFigureTexts::whereWeAre() + KeyFigureTexts::money()
                                                   + KeyFigureTexts::size())) {
        EXPECT_FALSE(line.label.isEmpty());
        EXPECT_FALSE(line.value.isEmpty()) << line.label.toStdString();
    }
}

TEST_F(DemoPlan, KeyFiguresBeforeTheStartAndAfterTheEndNoPhaseCoversTheDay)
{
    const LedgerTotals ledger;
    const KeyFigures before = keyFigures(doc->plan(), ledger, QDate(2017, 6, 1));
    EXPECT_FALSE(before.currentPhase);
    const QLocale locale(QLocale::English);
    EXPECT_EQ(KeyFigureTexts(before, locale).currentPhase(),
              QStringLiteral("None yet: the programme starts on 2018-01-01"));
    const KeyFigures after = keyFigures(doc->plan(), ledger, QDate(2033, 1, 1));
    EXPECT_FALSE(after.nextGate);
    EXPECT_EQ(KeyFigureTexts(after, locale).currentPhase(), QStringLiteral("None: the programme has ended"));
    EXPECT_EQ(KeyFigureTexts(after, locale).nextGate(), QStringLiteral("No decision gate ahead"));
    const KeyFigures lastDay = keyFigures(doc->plan(), ledger, QDate(2026, 12, 31));
    EXPECT_EQ(KeyFigureTexts(lastDay, locale).nextGate(),
              QStringLiteral("End of phase \u201CInriktningsperiod\u201D today, 2026-12-31"));
}

TEST_F(DemoPlan, PhaseSummaryMoneyPerPhaseAddsUpToTheInterventionsMoney)
{
    const PhaseSummary s = phaseSummary(doc->plan(), Ledger(doc->store()).totals(), Today);
    ASSERT_EQ(s.phases.size(), 4u);
    EXPECT_EQ(s.phases[0].name, QStringLiteral("Uppstart"));
    EXPECT_EQ(s.phases[0].status, WorkStatus::Done);
    EXPECT_EQ(s.phases[2].status, WorkStatus::Ongoing);
    EXPECT_EQ(s.phases[3].status, WorkStatus::Planned);
    EXPECT_EQ(s.phases[0].allocated, Money::fromKronor(900'000));
    for (const PhaseSummary::Phase &p : s.phases) {
        EXPECT_EQ(p.allocated, sqlSum(path, QStringLiteral("SELECT coalesce(sum(a.amount), 0) FROM allocation a JOIN "
                                                           "intervention i ON i.id = a.intervention_id WHERE i.phase_id = %1;")
                                                .arg(p.id)));
        EXPECT_EQ(p.interventions, test::sqlite3(path, QStringLiteral("SELECT count(*) FROM intervention WHERE "
                                                                      "phase_id = %1;").arg(p.id)).toInt());
    }
    EXPECT_EQ(s.interventions, 9);
    EXPECT_EQ(s.allocated, sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation;")));
    EXPECT_EQ(s.spent, sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction;")));
}

TEST_F(DemoPlan, ActualsReportPerYearAndOverARunOfYearsAgreeWithTheLedger)
{
    const ActualsIndex bySource = ActualsIndex::load(doc->store(), BudgetDimension::Source);
    const MoneyGrid perYear = budgetVsActualPerYear(doc->plan(), bySource, {2018, 2032});
    ASSERT_EQ(perYear.rowCount(), 15);
    EXPECT_EQ(perYear.rows()[6].label, QStringLiteral("2024"));
    EXPECT_EQ(perYear.cell(6, 1),
              sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE date LIKE '2024-%';")));
    EXPECT_EQ(perYear.columnTotal(0), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation;")));
    EXPECT_EQ(perYear.columnTotal(1), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction;")));
    // A run of years is the sum of its years, row by row.
    const MoneyGrid run = budgetVsActual(doc->plan(), bySource, BudgetDimension::Source, BudgetYears{2023, 2025});
    Money allocated, spent;
    for (int year = 2023; year <= 2025; ++year) {
        const MoneyGrid one = budgetVsActual(doc->plan(), bySource, BudgetDimension::Source, year);
        allocated += one.columnTotal(0);
        spent += one.columnTotal(1);
    }
    EXPECT_EQ(run.columnTotal(0), allocated);
    EXPECT_EQ(run.columnTotal(1), spent);
    for (int r = 0; r < run.rowCount(); ++r)
        EXPECT_EQ(run.cell(r, 2), run.cell(r, 0) - run.cell(r, 1));
}

TEST_F(DemoPlan, ChartGridsTheBudgetChartHasEverySourceWithItsCeiling)
{
    const BudgetBySource data = budgetBySource(doc->plan(), ActualsIndex::load(doc->store(), BudgetDimension::Source));
    ASSERT_EQ(data.grid.rowCount(), 3);
    ASSERT_EQ(data.ceilings.size(), 3u);
    EXPECT_EQ(data.ceilingsTotal(), Money::fromKronor(6'250'000));
    EXPECT_FALSE(data.ceilings[2]); // the ordinary budget has none
    EXPECT_EQ(data.grid.columnTotal(0), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM allocation;")));
    EXPECT_EQ(data.grid.columnTotal(1), sqlSum(path, QStringLiteral("SELECT sum(amount) FROM ledger_transaction;")));
}

TEST_F(DemoPlan, IndicatorSeriesWholeYearsPerAreaWithTargetsAndBaseline)
{
    int seen = 0;
    for (const Indicator &indicator : doc->plan().all<Indicator>()) {
        const IndicatorSeries s = indicatorSeries(doc->plan(), indicator.id);
        EXPECT_EQ(s.title, indicator.name);
        int values = 0;
        for (const IndicatorSeries::Series &series : s.actual)
            values += int(series.values.size());
        EXPECT_EQ(values, test::sqlite3(path, QStringLiteral("SELECT count(*) FROM measurement WHERE indicator_id = %1 "
                                                             "AND kind = 0 AND tertial = 0 AND sex = 0;")
                                                  .arg(indicator.id))
                              .toInt());
        EXPECT_EQ(int(s.target.size()),
                  test::sqlite3(path, QStringLiteral("SELECT count(*) FROM measurement WHERE indicator_id = %1 AND kind = 1 "
                                                     "AND tertial = 0 AND sex = 0 AND area_id IS NULL;")
                                          .arg(indicator.id))
                      .toInt());
        if (!s.actual.isEmpty()) {
            EXPECT_EQ(s.actual.front().areaId, NoId); // the whole municipality first
            ++seen;
        }
    }
    EXPECT_GT(seen, 0);
    EXPECT_TRUE(indicatorSeries(doc->plan(), 999999).isEmpty());
}

// The numbers of the indicator chart's table twin: a row per year with
// something drawn, a value per series, the target and the baseline in its year.
TEST(IndicatorSeriesYears, OneRowPerYearWithSomethingDrawn)
{
    IndicatorSeries s;
    s.baseline = 40;
    s.baselineYear = 2019;
    s.actual << IndicatorSeries::Series{NoId, QString(), {{2020, 42.5}, {2023, 38}}}
             << IndicatorSeries::Series{Id(7), QStringLiteral("Ålidhem"), {{2023, 51}}};
    s.target = {{2024, 35}};
    const QList<IndicatorSeries::Year> years = s.years();
    ASSERT_EQ(years.size(), 4); // 2019, 2020, 2023, 2024: 2021 and 2022 have nothing
    EXPECT_EQ(years[0], (IndicatorSeries::Year{2019, {std::nullopt, std::nullopt}, std::nullopt, 40.0}));
    EXPECT_EQ(years[1], (IndicatorSeries::Year{2020, {42.5, std::nullopt}, std::nullopt, std::nullopt}));
    EXPECT_EQ(years[2], (IndicatorSeries::Year{2023, {38.0, 51.0}, std::nullopt, std::nullopt}));
    EXPECT_EQ(years[3], (IndicatorSeries::Year{2024, {std::nullopt, std::nullopt}, 35.0, std::nullopt}));
    EXPECT_TRUE(IndicatorSeries().years().isEmpty());
}
