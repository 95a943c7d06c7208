#include "money/money.h"

#include <QLocale>

#include <algorithm>
#include <numeric>
#include <string>

namespace horisont {

namespace {

// __extension__ keeps -pedantic quiet; 128 bits hold amount * weight and
// 2^63 (the magnitude of the most negative amount) without overflow.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

constexpr char16_t kNbsp = u'\u00A0';
constexpr char16_t kNarrowNbsp = u'\u202F';
constexpr char16_t kThinSpace = u'\u2009';
constexpr char16_t kMinusSign = u'\u2212';

// Unsigned, so that the magnitude of the most negative amount is representable.
quint64 magnitudeOf(qint64 ore)
{
    return ore < 0 ? 0 - quint64(ore) : quint64(ore);
}

// QChar::isDigit() also accepts e.g. Arabic-Indic digits, which we do not convert.
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == kMinusSign;
}

bool isDigitSpacer(QChar c)
{
    return c == u' ' || c == kNbsp || c == kNarrowNbsp || c == kThinSpace || c == u'\'';
}

QString groupDigits(quint64 value, QChar separator)
{
    const QString digits = QString::number(value);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

QChar digitChar(quint64 d)
{
    return QChar(char16_t(u'0' + d));
}

struct Unit {
    QLatin1String suffix;
    qint64 ore;       // öre per whole unit
    int maxDecimals;  // finer than this would no longer be a whole krona / öre
};

// Longest first, so "mnkr" is not mistaken for "kr" and "msek" for "sek".
constexpr Unit kUnits[] = {
    {QLatin1String("mnkr"), 100'000'000, 6}, {QLatin1String("msek"), 100'000'000, 6},
    {QLatin1String("ksek"), 100'000, 3},     {QLatin1String("mkr"), 100'000'000, 6},
    {QLatin1String("tkr"), 100'000, 3},      {QLatin1String("sek"), 100, 2},
    {QLatin1String("kr"), 100, 2},           {QLatin1String(":-"), 100, 2},
};
constexpr Unit kKronor{QLatin1String(""), 100, 2};

} // namespace

std::vector<Money> Money::allocate(const std::vector<qint64> &weights) const
{
    const std::size_t n = weights.size();
    std::vector<Money> parts(n);
    std::vector<UInt128> effective(n);
    UInt128 total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Q_ASSERT(weights[i] >= 0);
        // A negative weight would flip shares above the whole; in release
        // builds it simply gets nothing.
        effective[i] = weights[i] > 0 ? UInt128(weights[i]) : 0;
        total += effective[i];
    }
    if (total == 0)
        return parts;

    // Allocate the magnitude and negate afterwards, so that rounding (and
    // hence who gets the extra öre) is symmetric for debits and credits.
    const UInt128 magnitude = magnitudeOf(m_ore);
    std::vector<UInt128> shares(n);
    std::vector<UInt128> remainders(n);
    UInt128 allocated = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const UInt128 product = magnitude * effective[i]; // < 2^126
        shares[i] = product / total;
        remainders[i] = product % total;
        allocated += shares[i];
    }

    // The floors fall short by fewer öre than there are non-zero weights,
    // so each part gets at most one extra öre.
    const auto leftover = std::size_t(magnitude - allocated);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(leftover), order.end(),
                      [&](std::size_t a, std::size_t b) {
                          if (remainders[a] != remainders[b])
                              return remainders[a] > remainders[b];
                          if (effective[a] != effective[b])
                              return effective[a] > effective[b];
                          return a < b;
                      });
    for (std::size_t k = 0; k < leftover; ++k)
        ++shares[order[k]];

    for (std::size_t i = 0; i < n; ++i) {
        const Int128 signedShare = m_ore < 0 ? -Int128(shares[i]) : Int128(shares[i]);
        parts[i] = Money(qint64(signedShare));
    }
    return parts;
}

QString Money::format(const QLocale &locale, Style style) const
{
    // Only the language matters: a Swedish planner in Finland still writes
    // "6 000 000 kr"; everything else gets the English convention.
    const bool swedish = locale.language() == QLocale::Swedish;
    const QChar group = swedish ? QChar(kNbsp) : QChar(u',');
    const QChar decimal = swedish ? QChar(u',') : QChar(u'.');
    const quint64 magnitude = magnitudeOf(m_ore);

    QString out;
    bool showMinus = m_ore < 0;
    if (style == Style::Millions) {
        // Half away from zero: round the magnitude, the sign follows.
        const quint64 tenths = (magnitude + 5'000'000) / 10'000'000;
        out = groupDigits(tenths / 10, group) + decimal + digitChar(tenths % 10);
        out += swedish ? QStringLiteral("\u00A0mnkr") : QStringLiteral(" MSEK");
        // "-0,0 mnkr" would suggest a debit where the figure shows none.
        showMinus = showMinus && tenths != 0;
    } else {
        out = groupDigits(magnitude / 100, group);
        const quint64 ore = magnitude % 100;
        if (ore != 0 || style == Style::WithOre) {
            out += decimal;
            out += digitChar(ore / 10);
            out += digitChar(ore % 10);
        }
        if (style == Style::Currency)
            out += swedish ? QStringLiteral("\u00A0kr") : QStringLiteral(" SEK");
    }
    // ASCII minus: spreadsheets and CSV consumers do not read U+2212.
    if (showMinus)
        out.prepend(QLatin1Char('-'));
    return out;
}

void Money::overflow(const char *operation)
{
    throw MoneyOverflow(std::string("amount overflow in Money ") + operation);
}

std::optional<Money> Money::parse(const QString &text, QChar decimalSeparator, ParseError *why)
{
    const auto refuse = [why](ParseError reason) -> std::optional<Money> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const auto notAnAmount = [&] { return refuse(ParseError::NotAnAmount); };
    QString s = text.trimmed();
    bool negative = false;
    int signs = 0;
    if (!s.isEmpty() && (isMinus(s.front()) || s.front() == u'+')) {
        negative = isMinus(s.front());
        ++signs;
        s = s.mid(1).trimmed();
    }
    // Ledgers put the minus last ("1250.00-"); ":-" is a unit, not a sign.
    const auto takeTrailingMinus = [&] {
        if (!s.isEmpty() && isMinus(s.back()) && !s.endsWith(QLatin1String(":-"))) {
            negative = true;
            ++signs;
            s.chop(1);
            s = s.trimmed();
        }
    };
    takeTrailingMinus();
    Unit unit = kKronor;
    for (const Unit &candidate : kUnits) {
        if (s.endsWith(candidate.suffix, Qt::CaseInsensitive)) {
            unit = candidate;
            s.chop(candidate.suffix.size());
            s = s.trimmed();
            break;
        }
    }
    takeTrailingMinus(); // "1 250- kr"
    if (signs > 1)
        return notAnAmount();

    // Spacers only count between digits, so "1 ,5" or "12 kr 5" stay
    // invalid; they become ' ', a thousands mark like any other.
    QString body;
    body.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c) || c == u',' || c == u'.')
            body += c;
        else if (isDigitSpacer(c) && i > 0 && i + 1 < s.size() && isAsciiDigit(s.at(i - 1)) && isAsciiDigit(s.at(i + 1)))
            body += u' ';
        else
            return notAnAmount();
    }

    QChar dec;
    QChar group;
    const qsizetype commas = body.count(u',');
    const qsizetype dots = body.count(u'.');
    if (decimalSeparator == u',' || decimalSeparator == u'.') {
        dec = decimalSeparator;
        group = dec == u',' ? QChar(u'.') : QChar(u',');
    } else if (commas > 0 && dots > 0) {
        dec = body.lastIndexOf(u',') > body.lastIndexOf(u'.') ? QChar(u',') : QChar(u'.');
        group = dec == u',' ? QChar(u'.') : QChar(u',');
    } else if (commas + dots == 1) {
        // "1,250" is far more often 1 250 kr than 1,25 kr with a stray zero.
        const QChar sep = commas ? QChar(u',') : QChar(u'.');
        const qsizetype digitsAfter = body.size() - 1 - body.indexOf(sep);
        if (digitsAfter == 3)
            group = sep;
        else
            dec = sep;
    } else if (commas + dots > 1) {
        group = commas ? QChar(u',') : QChar(u'.');
    }

    const qsizetype decPos = dec.isNull() ? -1 : body.indexOf(dec);
    const QStringView whole = QStringView(body).left(decPos < 0 ? body.size() : decPos);
    const QStringView fraction = decPos < 0 ? QStringView() : QStringView(body).mid(decPos + 1);
    if (decPos >= 0 && (fraction.isEmpty() || fraction.size() > unit.maxDecimals))
        return notAnAmount();
    for (QChar c : fraction) {
        if (!isAsciiDigit(c))
            return notAnAmount();
    }

    // Thousands groups must be real groups of one kind, or "1,234,5" would
    // silently mean 12 345 and "1 2 3" 123.
    UInt128 value = 0;
    bool beyond = false; // read on: a malformed amount is no amount, however long
    int run = 0;
    QChar mark;
    for (QChar c : whole) {
        if (isAsciiDigit(c)) {
            ++run;
            value = value * 10 + (c.unicode() - u'0');
            if (value >= UInt128(LimitOre)) { // kronor or more: beyond in öre
                beyond = true;
                value = 0;
            }
            continue;
        }
        if ((c != group && c != u' ') || (!mark.isNull() && c != mark) || run == 0 || (mark.isNull() ? run > 3 : run != 3))
            return notAnAmount();
        mark = c;
        run = 0;
    }
    if (run == 0 || (!mark.isNull() && run != 3))
        return notAnAmount();
    if (beyond)
        return refuse(ParseError::OutOfBounds);

    qint64 fractionUnit = unit.ore; // öre per last allowed decimal digit
    UInt128 fractionValue = 0;
    for (int i = 0; i < unit.maxDecimals; ++i) {
        fractionUnit /= 10;
        fractionValue = fractionValue * 10 + (i < fraction.size() ? fraction[i].unicode() - u'0' : 0);
    }
    value = value * UInt128(unit.ore) + fractionValue * UInt128(fractionUnit); // < 10^15 · 10^8: fits
    if (value >= UInt128(LimitOre))
        return refuse(ParseError::OutOfBounds);
    return Money(negative ? -qint64(value) : qint64(value));
}

} // namespace horisont
