#include "planimport/readers/foreignamount.h"

#include <QString>

namespace horisont::foreignamount {

std::optional<Money> parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    const qsizetype e = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e < 0)
        return Money::parse(text.toString(), QLatin1Char('.'));
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
    return Money::parse(sign + shifted, QLatin1Char('.'));
}

} // namespace horisont::foreignamount
