#pragma once

#include <QString>

namespace horisont {

/// The most characters an edit may store in a text field: a name or other
/// short text must fit a table cell or a heading, a long text (a description)
/// a few pages. The schema gives each text field one of them (FieldMeta::maxLength)
/// and the edit commands refuse more. Files written before these limits may
/// hold longer text: whatever lays text out bounds it with elideText() first,
/// because Qt's text layout is quadratic on long unbreakable text.
constexpr qsizetype ShortTextMaxLength = 500;
constexpr qsizetype LongTextMaxLength = 20000;

/// `text` cut to at most `maxLength` characters, the last of them "…" when
/// anything was cut. A surrogate pair is never split.
inline QString elideText(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    if (maxLength <= 0)
        return {};
    qsizetype keep = maxLength - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace horisont
