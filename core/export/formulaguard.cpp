#include "export/formulaguard.h"

namespace horisont {

bool looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString neutraliseFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

} // namespace horisont
