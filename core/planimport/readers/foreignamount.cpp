#include "planimport/readers/foreignamount.h"

#include <QString>

namespace horisont::foreignamount {

std::optional<Money> units(QStringView text)
{
    return Money::parse(text.trimmed().toString(), QLatin1Char('.'));
}

std::optional<Money> hundredths(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QStringView whole = dot < 0 ? t : t.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : t.mid(dot + 1);
    bool ok = whole.size() <= 17;
    const qint64 ore = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : fraction) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const bool roundAway = !fraction.isEmpty() && fraction.at(0) >= u'5';
    const qint64 rounded = ore + (roundAway ? (whole.startsWith(u'-') ? -1 : 1) : 0);
    if (!Money::isWithinBounds(rounded))
        return std::nullopt;
    return Money::fromOre(rounded);
}

std::optional<Money> parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    const qsizetype e = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e < 0)
        return units(text);
    bool ok = false;
    const int exponent = text.mid(e + 1).toInt(&ok);
    if (!ok || exponent < -20 || exponent > 20)
        return std::nullopt;
    QString mantissa = text.left(e).toString();
    QString sign;
    if (mantissa.startsWith(u'-') || mantissa.startsWith(u'+')) {
        sign = mantissa.left(1) == u"-" ? QStringLiteral("-") : QString();
        mantissa.remove(0, 1);
    }
    qsizetype point = mantissa.indexOf(u'.');
    if (point < 0)
        point = mantissa.size();
    QString digits = mantissa;
    digits.remove(u'.');
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    // Move the point by the exponent, padding with zeros on either side.
    qsizetype newPoint = point + exponent;
    if (newPoint <= 0) {
        digits.prepend(QString(-newPoint + 1, u'0'));
        newPoint = 1;
    } else if (newPoint > digits.size()) {
        digits.append(QString(newPoint - digits.size(), u'0'));
    }
    QString shifted = digits.left(newPoint);
    QString fraction = digits.mid(newPoint);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        shifted += u'.' + fraction;
    return units(QString(sign + shifted));
}

} // namespace horisont::foreignamount
