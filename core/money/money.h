#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>
#include <stdexcept>
#include <vector>

class QLocale;

namespace horisont {

/// Thrown where a sum, difference or product of amounts would not fit in
/// 64 bits: a wrong figure is worse than no figure, so arithmetic on Money
/// never wraps.
class MoneyOverflow : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

/// An exact amount of money: a signed 64-bit count of öre (1/100 krona).
/// There is deliberately no constructor from double: amounts enter through
/// fromOre(), fromKronor() or parse(), and arithmetic never rounds.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKronor(qint64 kronor) { return Money(checkedMul(kronor, 100)); }

    /// No single amount a municipality means comes near 10^13 kr; anything
    /// beyond is a typing error, damage or an attack. Bounding every amount
    /// that enters (parse() refuses the rest) is what lets the sums of many
    /// of them be bounded in turn.
    static constexpr qint64 LimitOre = 1'000'000'000'000'000; // 10^13 kr
    static constexpr bool isWithinBounds(qint64 ore) { return ore > -LimitOre && ore < LimitOre; }

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }

    // Checked: MoneyOverflow rather than a wrapped amount.
    constexpr Money operator+(Money o) const { return Money(checkedAdd(m_ore, o.m_ore)); }
    constexpr Money operator-(Money o) const { return Money(checkedSub(m_ore, o.m_ore)); }
    constexpr Money operator-() const { return Money(checkedSub(0, m_ore)); }
    constexpr Money operator*(qint64 factor) const { return Money(checkedMul(m_ore, factor)); }
    constexpr Money &operator+=(Money o) { return *this = *this + o; }
    /// For sums kept as bare öre (the figures' hash tables): checked like
    /// operator+, MoneyOverflow rather than a wrapped sum.
    static constexpr void addOre(qint64 &sumOre, qint64 ore) { sumOre = checkedAdd(sumOre, ore); }
    constexpr Money &operator-=(Money o) { return *this = *this - o; }
    constexpr auto operator<=>(const Money &) const = default;

    /// Splits this amount into parts proportional to non-negative integer
    /// weights with largest-remainder rounding: the parts always sum exactly
    /// to this amount. Ties in remainder go to the larger weight, then to the
    /// earlier index. All-zero (or empty) weights give all-zero parts; the
    /// whole then stays unallocated, which callers must check.
    std::vector<Money> allocate(const std::vector<qint64> &weights) const;

    enum class Style {
        Plain,      ///< "6 000 000" / "6,000,000" (kronor, öre only when non-zero)
        WithOre,    ///< "6 000 000,00"
        Currency,   ///< "6 000 000 kr" / "6,000,000 SEK"
        Millions,   ///< "6,0 mnkr" / "6.0 MSEK"
    };
    /// Formats for a language: Swedish uses non-breaking spaces between
    /// thousands and a decimal comma; English uses commas and a decimal point.
    QString format(const QLocale &locale, Style style = Style::Currency) const;

    /// Why parse() returned nothing.
    enum class ParseError {
        NotAnAmount, ///< letters, a misplaced separator, more decimals than the unit has
        OutOfBounds, ///< an amount, but not within isWithinBounds()
    };

    /// Parses what people type and what ledgers hold: "6 000 000 kr",
    /// "6 000 000,50", "6,5 mnkr", "-1 250,00", "−1 250,00" (U+2212),
    /// "1250.00-" (trailing minus), non-breaking or thin spaces between
    /// thousands, "6,000,000.50 SEK", "12500.00". With no explicit decimal
    /// separator hint the last of ',' or '.' followed by one or two digits
    /// is the decimal separator. Thousands are grouped by three ("1 2 3" is
    /// no amount). Returns nullopt, with the reason in *why when given, for
    /// anything that is not an exact amount within isWithinBounds().
    static std::optional<Money> parse(const QString &text, QChar decimalSeparator = QChar(),
                                      ParseError *why = nullptr);

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}

    [[noreturn]] static void overflow(const char *operation);
    static constexpr qint64 checkedAdd(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_add_overflow(a, b, &r))
            overflow("+");
        return r;
    }
    static constexpr qint64 checkedSub(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_sub_overflow(a, b, &r))
            overflow("-");
        return r;
    }
    static constexpr qint64 checkedMul(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_mul_overflow(a, b, &r))
            overflow("*");
        return r;
    }

    qint64 m_ore = 0;
};

} // namespace horisont
