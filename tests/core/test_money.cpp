#include "money/money.h"
#include "testsupport.h"

#include <QLocale>
#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <ostream>
#include <random>

namespace horisont {

namespace {

__extension__ typedef __int128 Int128;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const QLocale kSv(QLocale::Swedish, QLocale::Sweden);
const QLocale kEn(QLocale::English, QLocale::UnitedStates);

// Expected Swedish strings are written with ' ' and turned into U+00A0 here,
// so the literals stay legible.
QString nb(QString s)
{
    return s.replace(QLatin1Char(' '), QChar(0x00A0));
}

Money ore(qint64 v)
{
    return Money::fromOre(v);
}

std::optional<Money> parse(const QString &s, QChar dec = QChar())
{
    return Money::parse(s, dec);
}

// ---------------------------------------------------------------- arithmetic

TEST(Money, ArithmeticAndComparison)
{
    EXPECT_EQ(Money().ore(), 0);
    EXPECT_TRUE(Money().isZero());
    EXPECT_EQ(Money::fromKronor(12).ore(), 1200);
    EXPECT_EQ((ore(150) + ore(275)).ore(), 425);
    EXPECT_EQ((ore(150) - ore(275)).ore(), -125);
    EXPECT_EQ((-ore(150)).ore(), -150);
    EXPECT_EQ((ore(150) * 3).ore(), 450);
    EXPECT_EQ((ore(150) * -2).ore(), -300);
    Money m = ore(100);
    m += ore(50);
    EXPECT_EQ(m.ore(), 150);
    m -= ore(200);
    EXPECT_EQ(m.ore(), -50);
    EXPECT_TRUE(m.isNegative());
    EXPECT_FALSE(m.isZero());

    EXPECT_EQ(ore(5), ore(5));
    EXPECT_NE(ore(5), ore(6));
    EXPECT_LT(ore(-6), ore(5));
    EXPECT_LE(ore(5), ore(5));
    EXPECT_GT(Money::fromKronor(1), ore(99));
    EXPECT_GE(ore(kMax), ore(kMin));
    EXPECT_TRUE((ore(1) <=> ore(2)) < 0);
}

TEST(Money, ArithmeticIsCheckedAtTheEdges)
{
    EXPECT_EQ(ore(kMax - 1) + ore(1), ore(kMax));
    EXPECT_EQ(ore(kMin + 1) - ore(1), ore(kMin));
    EXPECT_EQ(-ore(kMax), ore(kMin + 1));
    EXPECT_EQ(ore(kMax / 2) * 2, ore(kMax - 1));
    EXPECT_THROW(ore(kMax) + ore(1), MoneyOverflow);
    EXPECT_THROW(ore(kMin) + ore(-1), MoneyOverflow);
    EXPECT_THROW(ore(kMin) - ore(1), MoneyOverflow);
    EXPECT_THROW(ore(kMax) - ore(-1), MoneyOverflow);
    EXPECT_THROW(-ore(kMin), MoneyOverflow);
    EXPECT_THROW(ore(kMax / 2 + 1) * 2, MoneyOverflow);
    EXPECT_THROW(ore(kMin) * -1, MoneyOverflow);
    EXPECT_THROW(Money::fromKronor(kMax / 100 + 1), MoneyOverflow);
    // A std::overflow_error, and one that leaves the amount as it was.
    Money m = ore(kMax);
    EXPECT_THROW(m += ore(1), std::overflow_error);
    EXPECT_EQ(m, ore(kMax));
    m = ore(kMin);
    EXPECT_THROW(m -= ore(1), MoneyOverflow);
    EXPECT_EQ(m, ore(kMin));
}

TEST(Money, CheckedArithmeticAgreesWithWideArithmetic)
{
    std::mt19937_64 rng(13);
    std::uniform_int_distribution<qint64> any(kMin, kMax);
    std::uniform_int_distribution<qint64> factor(-1'000'000, 1'000'000);
    const auto fits = [](Int128 v) { return v >= Int128(kMin) && v <= Int128(kMax); };
    for (int i = 0; i < 20000; ++i) {
        // Half of them near the edges, where the overflows are.
        const qint64 nearEdge = qint64(rng() % 1000);
        const qint64 a = i % 2 ? any(rng) : i % 4 ? kMax - nearEdge : kMin + nearEdge;
        const qint64 b = any(rng) >> (i % 64);
        const qint64 f = factor(rng);
        for (const auto &[wide, checked] : {
                 std::pair{Int128(a) + b, std::function<Money()>([&] { return ore(a) + ore(b); })},
                 std::pair{Int128(a) - b, std::function<Money()>([&] { return ore(a) - ore(b); })},
                 std::pair{-Int128(a), std::function<Money()>([&] { return -ore(a); })},
                 std::pair{Int128(a) * f, std::function<Money()>([&] { return ore(a) * f; })},
             }) {
            if (fits(wide))
                EXPECT_EQ(checked().ore(), qint64(wide)) << a << ' ' << b << ' ' << f;
            else
                EXPECT_THROW(checked(), MoneyOverflow) << a << ' ' << b << ' ' << f;
        }
    }
}

// ------------------------------------------------------------------ allocate

std::vector<qint64> oreOf(const std::vector<Money> &parts)
{
    std::vector<qint64> out;
    for (Money p : parts)
        out.push_back(p.ore());
    return out;
}

TEST(MoneyAllocate, Basics)
{
    EXPECT_EQ(oreOf(ore(100).allocate({1, 1, 1})), (std::vector<qint64>{34, 33, 33}));
    EXPECT_EQ(oreOf(ore(-100).allocate({1, 1, 1})), (std::vector<qint64>{-34, -33, -33}));
    EXPECT_EQ(oreOf(ore(1000).allocate({1, 0, 3})), (std::vector<qint64>{250, 0, 750}));
    EXPECT_EQ(oreOf(ore(7).allocate({5})), (std::vector<qint64>{7}));
    EXPECT_EQ(oreOf(ore(0).allocate({1, 2})), (std::vector<qint64>{0, 0}));
}

TEST(MoneyAllocate, TieGoesToLargerWeightThenEarlierIndex)
{
    // 2 * {1,3} / 4: floors {0,1}, remainders both 2/4, one öre left over.
    EXPECT_EQ(oreOf(ore(2).allocate({1, 3})), (std::vector<qint64>{0, 2}));
    EXPECT_EQ(oreOf(ore(2).allocate({3, 1})), (std::vector<qint64>{2, 0}));
    EXPECT_EQ(oreOf(ore(-2).allocate({1, 3})), (std::vector<qint64>{0, -2}));
    EXPECT_EQ(oreOf(ore(2).allocate({1, 1, 1})), (std::vector<qint64>{1, 1, 0}));
}

TEST(MoneyAllocate, ZeroOrEmptyWeights)
{
    EXPECT_TRUE(ore(100).allocate({}).empty());
    EXPECT_EQ(oreOf(ore(100).allocate({0, 0, 0})), (std::vector<qint64>{0, 0, 0}));
}

TEST(MoneyAllocate, ExtremesDoNotOverflow)
{
    EXPECT_EQ(oreOf(ore(kMin).allocate({1})), (std::vector<qint64>{kMin}));
    EXPECT_EQ(oreOf(ore(kMax).allocate({kMax})), (std::vector<qint64>{kMax}));
    EXPECT_EQ(oreOf(ore(kMin).allocate({kMax, kMax})), (std::vector<qint64>{kMin / 2, kMin / 2}));
    for (qint64 amount : {kMax, kMin, kMax - 1, kMin + 1}) {
        const std::vector<qint64> weights{kMax, kMax, 1, kMax - 7, 0, 3};
        const auto parts = ore(amount).allocate(weights);
        Int128 sum = 0;
        for (Money p : parts)
            sum += p.ore();
        EXPECT_EQ(sum, Int128(amount));
        EXPECT_EQ(parts[4].ore(), 0);
    }
}

TEST(MoneyAllocate, NegativeWeightIsProgrammingError)
{
#if defined(QT_NO_DEBUG) && !defined(QT_FORCE_ASSERTS)
    EXPECT_EQ(oreOf(ore(100).allocate({1, -5, 1})), (std::vector<qint64>{50, 0, 50}));
#else
    EXPECT_DEATH(ore(100).allocate({1, -5, 1}), "");
#endif
}

struct AllocationCase {
    qint64 amount;
    std::vector<qint64> weights;
};

AllocationCase randomCase(std::mt19937_64 &rng)
{
    AllocationCase c;
    // Small amounts and small weights make remainder ties (and duplicates) common.
    const bool small = std::uniform_int_distribution<int>(0, 3)(rng) == 0;
    const qint64 bound = small ? 200 : 1'000'000'000'000'000;
    c.amount = std::uniform_int_distribution<qint64>(-bound, bound)(rng);
    const int n = std::uniform_int_distribution<int>(1, 20)(rng);
    const qint64 maxWeight = small ? 5 : 1'000'000;
    std::uniform_int_distribution<qint64> weight(0, maxWeight);
    std::bernoulli_distribution zero(0.2);
    for (int i = 0; i < n; ++i)
        c.weights.push_back(zero(rng) ? 0 : weight(rng));
    return c;
}

TEST(MoneyAllocate, PropertiesHoldForRandomInputs)
{
    for (std::uint64_t seed : {1ULL, 42ULL, 20240601ULL}) {
        std::mt19937_64 rng(seed);
        for (int iter = 0; iter < 3000; ++iter) {
            const AllocationCase c = randomCase(rng);
            SCOPED_TRACE(testing::Message() << "seed " << seed << " iter " << iter
                                            << " amount " << c.amount);
            const auto parts = ore(c.amount).allocate(c.weights);
            ASSERT_EQ(parts.size(), c.weights.size());
            const Int128 total = std::accumulate(c.weights.begin(), c.weights.end(), Int128(0));
            if (total == 0) {
                for (Money p : parts)
                    EXPECT_TRUE(p.isZero());
                continue;
            }

            Int128 sum = 0;
            for (std::size_t i = 0; i < parts.size(); ++i) {
                sum += parts[i].ore();
                // |part - amount * w / total| < 1, kept exact by scaling with total.
                const Int128 diff = Int128(parts[i].ore()) * total - Int128(c.amount) * c.weights[i];
                EXPECT_LT(diff < 0 ? -diff : diff, total) << "index " << i;
                EXPECT_FALSE(c.amount >= 0 ? parts[i].isNegative() : parts[i].ore() > 0);
            }
            EXPECT_EQ(sum, Int128(c.amount));

            std::vector<std::size_t> perm(c.weights.size());
            std::iota(perm.begin(), perm.end(), std::size_t(0));
            std::shuffle(perm.begin(), perm.end(), rng);
            std::vector<qint64> permuted;
            for (std::size_t j : perm)
                permuted.push_back(c.weights[j]);
            const auto permutedParts = ore(c.amount).allocate(permuted);

            auto a = oreOf(parts);
            auto b = oreOf(permutedParts);
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            EXPECT_EQ(a, b);

            std::map<qint64, int> occurrences;
            for (qint64 w : c.weights)
                ++occurrences[w];
            for (std::size_t j = 0; j < perm.size(); ++j) {
                if (occurrences[permuted[j]] == 1) {
                    EXPECT_EQ(permutedParts[j], parts[perm[j]]) << "weight " << permuted[j];
                }
            }
        }
    }
}

// -------------------------------------------------------------------- format

TEST(MoneyFormat, Swedish)
{
    const Money six = Money::fromKronor(6'000'000);
    EXPECT_EQ(six.format(kSv), nb(QStringLiteral("6 000 000 kr")));
    EXPECT_EQ(six.format(kSv, Money::Style::Currency), nb(QStringLiteral("6 000 000 kr")));
    EXPECT_EQ(six.format(kSv, Money::Style::Plain), nb(QStringLiteral("6 000 000")));
    EXPECT_EQ(six.format(kSv, Money::Style::WithOre), nb(QStringLiteral("6 000 000,00")));
    EXPECT_EQ(six.format(kSv, Money::Style::Millions), nb(QStringLiteral("6,0 mnkr")));

    const Money withOre = six + ore(50);
    EXPECT_EQ(withOre.format(kSv), nb(QStringLiteral("6 000 000,50 kr")));
    EXPECT_EQ(withOre.format(kSv, Money::Style::Plain), nb(QStringLiteral("6 000 000,50")));
    EXPECT_EQ(ore(650'000'000).format(kSv, Money::Style::Millions), nb(QStringLiteral("6,5 mnkr")));

    EXPECT_EQ(ore(-125'000).format(kSv, Money::Style::WithOre), nb(QStringLiteral("-1 250,00")));
    EXPECT_EQ(ore(-125'005).format(kSv), nb(QStringLiteral("-1 250,05 kr")));
    EXPECT_EQ(ore(0).format(kSv), nb(QStringLiteral("0 kr")));
    EXPECT_EQ(ore(5).format(kSv, Money::Style::Plain), QStringLiteral("0,05"));
    EXPECT_EQ(ore(99'900).format(kSv, Money::Style::Plain), QStringLiteral("999"));
    EXPECT_EQ(ore(kMin).format(kSv, Money::Style::WithOre),
              nb(QStringLiteral("-92 233 720 368 547 758,08")));
    // Language decides, not country.
    EXPECT_EQ(six.format(QLocale(QLocale::Swedish, QLocale::Finland)), nb(QStringLiteral("6 000 000 kr")));
}

TEST(MoneyFormat, English)
{
    const Money six = Money::fromKronor(6'000'000);
    EXPECT_EQ(six.format(kEn), QStringLiteral("6,000,000 SEK"));
    EXPECT_EQ((six + ore(50)).format(kEn), QStringLiteral("6,000,000.50 SEK"));
    EXPECT_EQ(six.format(kEn, Money::Style::Plain), QStringLiteral("6,000,000"));
    EXPECT_EQ(six.format(kEn, Money::Style::WithOre), QStringLiteral("6,000,000.00"));
    EXPECT_EQ(six.format(kEn, Money::Style::Millions), QStringLiteral("6.0 MSEK"));
    EXPECT_EQ(ore(-125'000).format(kEn, Money::Style::WithOre), QStringLiteral("-1,250.00"));
    EXPECT_EQ(ore(kMax).format(kEn, Money::Style::Plain), QStringLiteral("92,233,720,368,547,758.07"));
    // Any non-Swedish language follows the English rules.
    EXPECT_EQ(six.format(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("6,000,000 SEK"));
}

TEST(MoneyFormat, MillionsRoundHalfAwayFromZero)
{
    const auto m = [](qint64 v) { return ore(v).format(kSv, Money::Style::Millions); };
    EXPECT_EQ(m(625'000'000), nb(QStringLiteral("6,3 mnkr")));
    EXPECT_EQ(m(-625'000'000), nb(QStringLiteral("-6,3 mnkr")));
    EXPECT_EQ(m(624'999'999), nb(QStringLiteral("6,2 mnkr")));
    EXPECT_EQ(m(-624'999'999), nb(QStringLiteral("-6,2 mnkr")));
    EXPECT_EQ(m(-4'999'999), nb(QStringLiteral("0,0 mnkr")));
    EXPECT_EQ(m(-5'000'000), nb(QStringLiteral("-0,1 mnkr")));
    EXPECT_EQ(m(1'234'500'000'000), nb(QStringLiteral("12 345,0 mnkr")));
    EXPECT_EQ(ore(99'950'000).format(kEn, Money::Style::Millions), QStringLiteral("1.0 MSEK"));
}

// --------------------------------------------------------------------- parse

TEST(MoneyParse, Examples)
{
    EXPECT_EQ(parse(QStringLiteral("6 000 000 kr")), ore(600'000'000));
    EXPECT_EQ(parse(nb(QStringLiteral("6 000 000 kr"))), ore(600'000'000));
    EXPECT_EQ(parse(QStringLiteral("6\u202F000\u2009000")), ore(600'000'000));
    EXPECT_EQ(parse(QStringLiteral("6'000'000")), ore(600'000'000));
    EXPECT_EQ(parse(QStringLiteral("6 000 000,50")), ore(600'000'050));
    EXPECT_EQ(parse(QStringLiteral("  -1 250,00 ")), ore(-125'000));
    EXPECT_EQ(parse(QStringLiteral("\u22121 250,00")), ore(-125'000));
    EXPECT_EQ(parse(QStringLiteral("1250.00-")), ore(-125'000));
    EXPECT_EQ(parse(QStringLiteral("1 250 kr-")), ore(-125'000));
    EXPECT_EQ(parse(QStringLiteral("+1 250")), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("6,000,000.50 SEK")), ore(600'000'050));
    EXPECT_EQ(parse(QStringLiteral("1.250.000,50 kr")), ore(125'000'050));
    EXPECT_EQ(parse(QStringLiteral("12500.00")), ore(1'250'000));
    EXPECT_EQ(parse(QStringLiteral("12500")), ore(1'250'000));
    EXPECT_EQ(parse(QStringLiteral("0,05")), ore(5));
    EXPECT_EQ(parse(QStringLiteral("1,5")), ore(150));
    EXPECT_EQ(parse(QStringLiteral("1.5")), ore(150));
    EXPECT_EQ(parse(QStringLiteral("-0")), ore(0));
    EXPECT_EQ(parse(QStringLiteral("100:-")), ore(10'000));
    EXPECT_EQ(parse(QStringLiteral("-100:-")), ore(-10'000));
    EXPECT_EQ(parse(QStringLiteral("1 250 KR")), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("1250sek")), ore(125'000));
}

TEST(MoneyParse, AmbiguousSeparators)
{
    // Exactly three digits after a lone separator: thousands.
    EXPECT_EQ(parse(QStringLiteral("1,250")), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("1.250")), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("6,000,000")), ore(600'000'000));
    EXPECT_EQ(parse(QStringLiteral("6.000.000")), ore(600'000'000));
    // One or two digits: decimals.
    EXPECT_EQ(parse(QStringLiteral("1,25")), ore(125));
    EXPECT_EQ(parse(QStringLiteral("1.25")), ore(125));
    // A hint removes the ambiguity, and makes the other character a group separator.
    EXPECT_EQ(parse(QStringLiteral("1.250"), QLatin1Char(',')), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("1,250"), QLatin1Char('.')), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("1,250.5"), QLatin1Char('.')), ore(125'050));
    EXPECT_EQ(parse(QStringLiteral("1,25"), QLatin1Char(',')), ore(125));
    EXPECT_EQ(parse(QStringLiteral("1,250"), QLatin1Char(',')), std::nullopt);
    EXPECT_EQ(parse(QStringLiteral("1,25"), QLatin1Char('.')), std::nullopt);
    EXPECT_EQ(parse(QStringLiteral("6 000 000,50"), QLatin1Char('.')), std::nullopt);
}

TEST(MoneyParse, ScaleSuffixes)
{
    EXPECT_EQ(parse(QStringLiteral("6,5 mnkr")), ore(650'000'000));
    EXPECT_EQ(parse(nb(QStringLiteral("6,5 mnkr"))), ore(650'000'000));
    EXPECT_EQ(parse(QStringLiteral("6.5 MSEK")), ore(650'000'000));
    EXPECT_EQ(parse(QStringLiteral("6,5Mkr")), ore(650'000'000));
    EXPECT_EQ(parse(QStringLiteral("-6 mnkr")), ore(-600'000'000));
    EXPECT_EQ(parse(QStringLiteral("1,234567 mnkr")), ore(123'456'700));
    EXPECT_EQ(parse(QStringLiteral("1,25 tkr")), ore(125'000));
    EXPECT_EQ(parse(QStringLiteral("1,2345 tkr")), std::nullopt);
    EXPECT_EQ(parse(QStringLiteral("1,125 tkr"), QLatin1Char(',')), ore(112'500));
    EXPECT_EQ(parse(QStringLiteral("2 kSEK")), ore(200'000));
    EXPECT_EQ(parse(QStringLiteral("1,2345678 mnkr")), std::nullopt);
}

TEST(MoneyParse, Rejects)
{
    for (const QString &s : {QStringLiteral("abc"), QString(), QStringLiteral("   "),
                             QStringLiteral("1,234,5"), QStringLiteral("12.345,678"),
                             QStringLiteral("--5"), QStringLiteral("1e5"), QStringLiteral("-"),
                             QStringLiteral("kr"), QStringLiteral("+-5"), QStringLiteral("-5-"),
                             QStringLiteral("5--"), QStringLiteral("5-5"), QStringLiteral("(5)"),
                             QStringLiteral("1,2345"),
                             QStringLiteral("1.234.5"), QStringLiteral("12,34,567"),
                             QStringLiteral("1234,567,890"), QStringLiteral(",50"),
                             QStringLiteral("5,"), QStringLiteral("1 ,5"), QStringLiteral("5 kr kr"),
                             QStringLiteral("kr 5"), QStringLiteral("1.2.3,4,5"),
                             QStringLiteral("\u0661\u0662"), QStringLiteral("1\t000")}) {
        EXPECT_EQ(parse(s), std::nullopt) << s.toStdString();
    }
}

TEST(MoneyParse, ThousandsAreGroupedByThree)
{
    EXPECT_EQ(parse(QStringLiteral("1 234")), ore(123'400));
    EXPECT_EQ(parse(QStringLiteral("12 345 678,90")), ore(1'234'567'890));
    for (const QString &s : {QStringLiteral("1 2 3"), QStringLiteral("12 34"), QStringLiteral("1 234 5"),
                             QStringLiteral("1 2345"), QStringLiteral("1234 567"), QStringLiteral("1 250,0 0"),
                             QStringLiteral("1 250.000,00"), QStringLiteral("1.250 000,00"),
                             QStringLiteral("1\u00A02\u00A03"), QStringLiteral("1 23 kr")}) {
        Money::ParseError why = Money::ParseError::OutOfBounds;
        EXPECT_EQ(Money::parse(s, QChar(), &why), std::nullopt) << s.toStdString();
        EXPECT_EQ(why, Money::ParseError::NotAnAmount) << s.toStdString();
    }
}

TEST(MoneyParse, Limits)
{
    const qint64 largest = Money::LimitOre - 1;
    EXPECT_EQ(parse(QStringLiteral("9 999 999 999 999,99")), ore(largest));
    EXPECT_EQ(parse(QStringLiteral("-9 999 999 999 999,99")), ore(-largest));
    EXPECT_EQ(parse(QStringLiteral("9999999,99999999 mnkr")), std::nullopt); // an öre finer than mnkr has
    EXPECT_EQ(parse(QStringLiteral("9999999,999999 mnkr")), ore(largest - 99));
    EXPECT_TRUE(Money::isWithinBounds(largest));
    EXPECT_TRUE(Money::isWithinBounds(-largest));
    EXPECT_FALSE(Money::isWithinBounds(Money::LimitOre));
    EXPECT_FALSE(Money::isWithinBounds(-Money::LimitOre));
    for (const QString &s : {QStringLiteral("10 000 000 000 000,00"), QStringLiteral("-10 000 000 000 000"),
                             QStringLiteral("10000000 mnkr"), QStringLiteral("92 233 720 368 547 758,07"),
                             QStringLiteral("92233720368547758,07"), QStringLiteral("-92 233 720 368 547 758,08"),
                             QStringLiteral("90000000000000000,00"), QStringLiteral("92233720368547,00"),
                             QStringLiteral("92233720368,547758 mnkr"), QStringLiteral("1.000.000.000.000.000,00"),
                             QStringLiteral("100000000000000000000000000000000000000000")}) {
        Money::ParseError why = Money::ParseError::NotAnAmount;
        EXPECT_EQ(Money::parse(s, QChar(), &why), std::nullopt) << s.toStdString();
        EXPECT_EQ(why, Money::ParseError::OutOfBounds) << s.toStdString();
    }
    // However long, a malformed amount is no amount rather than a large one.
    Money::ParseError why = Money::ParseError::OutOfBounds;
    EXPECT_EQ(Money::parse(QStringLiteral("100000000000000000000000,5,5"), QChar(), &why), std::nullopt);
    EXPECT_EQ(why, Money::ParseError::NotAnAmount);
}

TEST(MoneyParse, WhatIsWithinBoundsParsesAndNothingElse)
{
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<qint64> any(kMin, kMax);
    for (int i = 0; i < 5000; ++i) {
        const qint64 amount = any(rng) >> (i % 60);
        const QString text = ore(amount).format(i % 2 ? kSv : kEn, Money::Style::WithOre);
        if (Money::isWithinBounds(amount))
            EXPECT_EQ(parse(text), ore(amount)) << text.toStdString();
        else
            EXPECT_EQ(parse(text), std::nullopt) << text.toStdString();
    }
}

TEST(MoneyParse, RoundTripsFormat)
{
    const Money::Style styles[] = {Money::Style::Plain, Money::Style::WithOre, Money::Style::Currency};
    const qint64 largest = Money::LimitOre - 1;
    std::vector<qint64> amounts{0, 1, -1, 99, 100, -100, 125'000, 100'000, largest, -largest, largest - 50};
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> big(-largest, largest);
    std::uniform_int_distribution<qint64> small(-1'000'000, 1'000'000);
    for (int i = 0; i < 2000; ++i)
        amounts.push_back(i % 2 ? big(rng) : small(rng));
    // Whole kronor exercise the "1,000" (thousands, not decimals) path.
    for (int i = 0; i < 500; ++i)
        amounts.push_back(small(rng) * 100);

    for (qint64 amount : amounts) {
        for (const QLocale &locale : {kSv, kEn}) {
            const QChar hint = locale.language() == QLocale::Swedish ? QLatin1Char(',') : QLatin1Char('.');
            for (Money::Style style : styles) {
                const QString text = ore(amount).format(locale, style);
                EXPECT_EQ(parse(text), ore(amount)) << text.toStdString();
                EXPECT_EQ(parse(text, hint), ore(amount)) << text.toStdString();
            }
        }
    }
}

} // namespace
} // namespace horisont
