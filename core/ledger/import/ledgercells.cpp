#include "ledger/import/ledgercells.h"

#include "model/datebounds.h"

namespace horisont::ledgercells {
namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

std::optional<QDate> makeDate(QStringView y, QStringView m, QStringView d)
{
    if (!allDigits(y) || !allDigits(m) || !allDigits(d) || y.size() != 4 || m.size() != 2 || d.size() != 2)
        return std::nullopt;
    const QDate date(y.toInt(), m.toInt(), d.toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

/// What a ledger's amount cell may hold: digits, the two marks, the spaces
/// exports group thousands with and a sign. Money::parse() reads units and
/// scales too, which a column of öre-exact amounts never has.
bool isLedgerAmountChar(QChar c)
{
    switch (c.unicode()) {
    case u',': case u'.': case u' ': case u'\u00A0': case u'\u202F': case u'\u2009':
    case u'-': case u'\u2212': case u'+':
        return true;
    default:
        return c >= u'0' && c <= u'9';
    }
}

/// "00:00" or "00:00:00": the time some systems write after a day.
bool isMidnight(QStringView time)
{
    return time == u"00:00" || time == u"00:00:00";
}

} // namespace

std::optional<Money> parseAmount(const QString &text, QChar decimal, Money::ParseError *why)
{
    const QString trimmed = text.trimmed();
    for (QChar c : trimmed) {
        if (!isLedgerAmountChar(c)) {
            if (why)
                *why = Money::ParseError::NotAnAmount;
            return std::nullopt;
        }
    }
    if (trimmed.isEmpty()) {
        if (why)
            *why = Money::ParseError::NotAnAmount;
        return std::nullopt;
    }
    return Money::parse(trimmed, decimal, why);
}

void DecimalEvidence::add(QStringView cell)
{
    if (m_comma && m_dot)
        return; // ambiguous already: nothing can change that
    const qsizetype lastComma = cell.lastIndexOf(u',');
    const qsizetype lastDot = cell.lastIndexOf(u'.');
    if (lastComma < 0 && lastDot < 0)
        return;
    if (lastComma >= 0 && lastDot >= 0) {
        (lastComma > lastDot ? m_comma : m_dot) = true;
        return;
    }
    const qsizetype at = std::max(lastComma, lastDot);
    qsizetype digits = 0;
    for (qsizetype i = at + 1; i < cell.size() && cell.at(i).isDigit(); ++i)
        ++digits;
    // "1,250" could be 1 250 kr; one, two (or four and more) digits can only be decimals.
    if (digits != 3 && digits > 0)
        (lastComma >= 0 ? m_comma : m_dot) = true;
    else if (digits == 3 && cell.count(cell.at(at)) > 1)
        (lastComma >= 0 ? m_dot : m_comma) = true; // "1,250,000" groups with commas
}

QChar DecimalEvidence::decimal() const
{
    if (m_comma != m_dot)
        return m_comma ? QChar(u',') : QChar(u'.');
    return QChar();
}

QChar decimalEvidence(const QStringList &cells)
{
    DecimalEvidence evidence;
    for (const QString &cell : cells)
        evidence.add(cell);
    return evidence.decimal();
}

std::optional<QDate> parseDate(const QString &text, const QString &format, DateError *why)
{
    const auto refuse = [why](DateError reason) -> std::optional<QDate> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const auto withinWindow = [&](std::optional<QDate> date) {
        if (!date)
            return refuse(DateError::NotADate);
        if (*date < datebounds::earliest() || *date > datebounds::latest())
            return refuse(DateError::OutsideWindow);
        return date;
    };
    QString s = text.trimmed();
    if (s.isEmpty())
        return refuse(DateError::NotADate);
    if (!format.isEmpty()) {
        const QDate date = QDate::fromString(s, format);
        if (date.isValid())
            return withinWindow(date);
    }
    if (s.size() > 10 && (s.at(10) == u' ' || s.at(10) == u'T')) {
        if (!isMidnight(QStringView(s).mid(11))) {
            DateError dateError = DateError::NotADate;
            return refuse(parseDate(s.left(10), QString(), &dateError) ? DateError::TimeOfDay : dateError);
        }
        s.truncate(10);
    }
    const QStringView v(s);
    if (v.size() == 10 && v.at(4) == u'-' && v.at(7) == u'-')
        return withinWindow(makeDate(v.mid(0, 4), v.mid(5, 2), v.mid(8, 2)));
    if (v.size() == 8 && allDigits(v))
        return withinWindow(makeDate(v.mid(0, 4), v.mid(4, 2), v.mid(6, 2)));
    if (v.size() == 10 && v.at(2) == u'.' && v.at(5) == u'.')
        return withinWindow(makeDate(v.mid(6, 4), v.mid(3, 2), v.mid(0, 2)));
    return refuse(DateError::NotADate);
}

} // namespace horisont::ledgercells
