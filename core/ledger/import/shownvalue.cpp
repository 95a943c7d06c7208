#include "ledger/import/shownvalue.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

bool mustEscape(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate: // unpaired: not a character at all
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

/// As C writes it: \x1B, \u202E, \U000E0001.
QString escaped(char32_t c)
{
    const auto [prefix, digits] = c <= 0xFF ? std::pair("\\x", 2) : c <= 0xFFFF ? std::pair("\\u", 4) : std::pair("\\U", 8);
    return QLatin1String(prefix) + QString::number(uint(c), 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}
} // namespace

QString shownValue(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 1);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++shown) {
        if (shown == maxChars) {
            out += u'\u2026';
            break;
        }
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        if (mustEscape(code))
            out += escaped(code);
        else
            out += text.mid(i, width);
        i += width - 1;
    }
    return out;
}

QString shownList(const QStringList &names, qsizetype maxNames)
{
    QStringList shown;
    for (qsizetype i = 0; i < names.size() && i < maxNames; ++i)
        shown << shownValue(names.at(i));
    QString out = shown.join(QLatin1String(", "));
    if (names.size() > maxNames)
        out += Tr::tr(" … (and %n more)", nullptr, int(names.size() - maxNames));
    return out;
}

} // namespace horisont
