// Splitting an amount over targets: even, by weights, refusals with a
// message, and the property that the parts always sum exactly.
#include "budget/budgetcalendar.h"
#include "budget/spread.h"
#include "model/funding.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

using namespace horisont;

namespace {
FundingSource validFor(QDate from, QDate until)
{
    FundingSource s;
    s.validFrom = from;
    s.validUntil = until;
    return s;
}

Money sum(const std::vector<Money> &parts)
{
    return std::accumulate(parts.begin(), parts.end(), Money());
}
} // namespace

TEST(Spread, EvenlyGivesTheExtraOreToTheFirstTargets)
{
    const SpreadResult r = spreadEvenly(Money::fromOre(1000), 3); // 10,00 kr over three
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.parts, (std::vector<Money>{Money::fromOre(334), Money::fromOre(333), Money::fromOre(333)}));
    const SpreadResult whole = spreadEvenly(Money::fromKronor(300000), 3);
    EXPECT_EQ(whole.parts, std::vector<Money>(3, Money::fromKronor(100000)));
}

TEST(Spread, ByWeightsIsProportionalWithLargestRemainder)
{
    const SpreadResult r = spreadByWeights(Money::fromKronor(1000), {1, 2, 2});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.parts, (std::vector<Money>{Money::fromKronor(200), Money::fromKronor(400), Money::fromKronor(400)}));
    // 1,00 kr by 1:1:1 → 34 + 33 + 33 öre; a zero weight gets nothing.
    const SpreadResult odd = spreadByWeights(Money::fromOre(100), {1, 0, 1, 1});
    EXPECT_EQ(odd.parts,
              (std::vector<Money>{Money::fromOre(34), Money(), Money::fromOre(33), Money::fromOre(33)}));
}

TEST(Spread, ZeroWeightsAreRefusedWithAMessage)
{
    const SpreadResult r = spreadByWeights(Money::fromKronor(500), {0, 0, 0});
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.parts.empty());
    EXPECT_TRUE(r.error.contains(QStringLiteral("zero"))) << r.error.toStdString();
}

TEST(Spread, NegativeAmountsAndWeightsAndNoTargetsAreRefused)
{
    const SpreadResult negativeAmount = spreadByWeights(Money::fromKronor(-500), {1, 1});
    EXPECT_FALSE(negativeAmount.ok());
    EXPECT_TRUE(negativeAmount.error.contains(QStringLiteral("negative")));
    const SpreadResult negativeWeight = spreadByWeights(Money::fromKronor(500), {1, -1});
    EXPECT_FALSE(negativeWeight.ok());
    EXPECT_TRUE(negativeWeight.error.contains(QStringLiteral("weight")));
    EXPECT_FALSE(spreadEvenly(Money::fromKronor(500), 0).ok());
    EXPECT_FALSE(spreadByWeights(Money::fromKronor(500), {}).ok());
}

TEST(Spread, ZeroAmountGivesZeroParts)
{
    const SpreadResult r = spreadEvenly(Money(), 4);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.parts, std::vector<Money>(4, Money()));
}

TEST(Spread, PartsAlwaysSumExactlyAndStayWithinAnOreOfTheirShare)
{
    std::mt19937_64 random(20261125);
    for (int round = 0; round < 20000; ++round) {
        const qint64 ore = qint64(random() % 10'000'000'000'000ULL); // up to 100 000 000 000 kr
        const std::size_t n = 1 + random() % 20;
        std::vector<qint64> weights(n);
        for (qint64 &w : weights)
            w = random() % 4 == 0 ? 0 : qint64(random() % 1'000'000);
        weights[random() % n] += 1; // at least one positive weight
        const SpreadResult r = spreadByWeights(Money::fromOre(ore), weights);
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        ASSERT_EQ(r.parts.size(), n);
        ASSERT_EQ(sum(r.parts), Money::fromOre(ore)) << "round " << round;
        const long double total = std::accumulate(weights.begin(), weights.end(), 0.0L);
        for (std::size_t i = 0; i < n; ++i) {
            ASSERT_FALSE(r.parts[i].isNegative());
            if (weights[i] == 0)
                ASSERT_TRUE(r.parts[i].isZero());
            const long double share = (long double)ore * (long double)weights[i] / total;
            ASSERT_LE(std::abs((long double)r.parts[i].ore() - share), 1.0001L) << "round " << round;
        }
    }
}

// The years the spread helper offers: those of the grid the source's valid
// period touches, by budget year, not calendar year.
TEST(SpreadYears, ASourceFundsTheBudgetYearsItsPeriodTouches)
{
    const BudgetCalendar calendar; // budget years are calendar years
    const BudgetYears grid{2018, 2032};
    // Valid 2026-03-01 – 2028-06-30: three years, 2026 to 2028.
    const FundingSource s = validFor(QDate(2026, 3, 1), QDate(2028, 7, 1));
    EXPECT_EQ(calendar.fundableYears(s, grid), (BudgetYears{2026, 2028}));
    EXPECT_FALSE(calendar.mayFund(s, 2025));
    EXPECT_TRUE(calendar.mayFund(s, 2026));
    EXPECT_TRUE(calendar.mayFund(s, 2028));
    EXPECT_FALSE(calendar.mayFund(s, 2029));
    // The end is exclusive: a period ending 2029-01-01 does not reach 2029.
    EXPECT_EQ(calendar.fundableYears(validFor(QDate(2026, 1, 1), QDate(2029, 1, 1)), grid), (BudgetYears{2026, 2028}));
    // Only years of the grid are offered.
    EXPECT_EQ(calendar.fundableYears(s, BudgetYears{2027, 2040}), (BudgetYears{2027, 2028}));
}

TEST(SpreadYears, TheFiscalYearDecidesWhichYearsASourceFunds)
{
    const BudgetCalendar july(7); // budget year N: July N – June N + 1
    // Valid in calendar 2026 only: budget years 2025 (to June 2026) and 2026 (from July).
    const FundingSource s = validFor(QDate(2026, 1, 1), QDate(2027, 1, 1));
    EXPECT_EQ(july.fundableYears(s, BudgetYears{2018, 2032}), (BudgetYears{2025, 2026}));
    // Valid July 2026 – June 2027: budget year 2026 alone.
    EXPECT_EQ(july.fundableYears(validFor(QDate(2026, 7, 1), QDate(2027, 7, 1)), BudgetYears{2018, 2032}),
              (BudgetYears{2026, 2026}));
}

TEST(SpreadYears, AnOpenEndLimitsNothingAndAnEmptyPeriodFundsNothing)
{
    const BudgetCalendar calendar;
    const BudgetYears grid{2018, 2032};
    EXPECT_EQ(calendar.fundableYears(FundingSource{}, grid), grid); // an ordinary budget without a period
    EXPECT_EQ(calendar.fundableYears(validFor(QDate(2030, 5, 1), QDate()), grid), (BudgetYears{2030, 2032}));
    EXPECT_EQ(calendar.fundableYears(validFor(QDate(), QDate(2020, 5, 1)), grid), (BudgetYears{2018, 2020}));
    EXPECT_TRUE(calendar.fundableYears(validFor(QDate(2026, 1, 1), QDate(2026, 1, 1)), grid).isEmpty());
    EXPECT_TRUE(calendar.fundableYears(validFor(QDate(2040, 1, 1), QDate(2041, 1, 1)), grid).isEmpty());
    EXPECT_FALSE(calendar.mayFund(validFor(QDate(2040, 1, 1), QDate(2041, 1, 1)), 2032));
    EXPECT_TRUE(calendar.mayFund(FundingSource{}, 99999)); // no period: any year, even a damaged one
}
