#include "ledger/import/textencoding.h"

#include <cstring>

namespace horisont::textencoding {

bool isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        // Exports are mostly ASCII: eight bytes at a time while none has the high bit.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

QString fromWindows1252(const char *bytes, qsizetype size)
{
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
    };
    QString out(size, Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        d[i] = (c >= 0x80 && c <= 0x9F) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString decode(TextEncoding encoding, const char *bytes, qsizetype size)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QString::fromUtf8(bytes, size);
    case TextEncoding::Windows1252:
        return fromWindows1252(bytes, size);
    case TextEncoding::Latin1:
        break;
    }
    return QString::fromLatin1(bytes, size);
}

bool encodingForName(const QString &name, TextEncoding *encoding)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom") || n == QLatin1String("utf8sig")) {
        *encoding = TextEncoding::Utf8;
    } else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("ansi")) {
        *encoding = TextEncoding::Windows1252;
    } else if (n == QLatin1String("iso88591") || n == QLatin1String("latin1")) {
        *encoding = TextEncoding::Latin1;
    } else {
        return false;
    }
    return true;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1:
        break;
    }
    return QStringLiteral("ISO-8859-1");
}

} // namespace horisont::textencoding
