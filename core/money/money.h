#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>
#include <vector>

class QLocale;

namespace horisont {

/// An exact amount of money: a signed 64-bit count of öre (1/100 krona).
/// There is deliberately no constructor from double: amounts enter through
/// fromOre(), fromKronor() or parse(), and arithmetic never rounds.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKronor(qint64 kronor) { return Money(kronor * 100); }

    /// No single amount a municipality means comes near 10^13 kr; anything
    /// beyond is a typing error, damage or an attack, and bounding every
    /// amount is what lets sums of them be checked rather than wrap.
    static constexpr qint64 LimitOre = 1'000'000'000'000'000; // 10^13 kr
    static constexpr bool isWithinBounds(qint64 ore) { return ore > -LimitOre && ore < LimitOre; }

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }

    constexpr Money operator+(Money o) const { return Money(m_ore + o.m_ore); }
    constexpr Money operator-(Money o) const { return Money(m_ore - o.m_ore); }
    constexpr Money operator-() const { return Money(-m_ore); }
    constexpr Money operator*(qint64 factor) const { return Money(m_ore * factor); }
    constexpr Money &operator+=(Money o) { m_ore += o.m_ore; return *this; }
    constexpr Money &operator-=(Money o) { m_ore -= o.m_ore; return *this; }
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

    /// Parses what people type and what ledgers hold: "6 000 000 kr",
    /// "6 000 000,50", "6,5 mnkr", "-1 250,00", "−1 250,00" (U+2212),
    /// "1250.00-" (trailing minus), non-breaking or thin spaces between
    /// thousands, "6,000,000.50 SEK", "12500.00". With no explicit decimal
    /// separator hint the last of ',' or '.' followed by one or two digits
    /// is the decimal separator. Returns nullopt for anything that is not an
    /// exact amount (letters, more than two decimals, overflow).
    static std::optional<Money> parse(const QString &text, QChar decimalSeparator = QChar());

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}
    qint64 m_ore = 0;
};

} // namespace horisont
