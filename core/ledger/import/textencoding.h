#pragma once

#include <QByteArray>
#include <QString>

namespace horisont {

/// The encodings a ledger export arrives in.
enum class TextEncoding { Utf8, Windows1252, Latin1 };

namespace textencoding {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates,
/// nothing above U+10FFFF).
bool isValidUtf8(const char *bytes, qsizetype size);

/// Windows-1252, with 0x80–0x9F decoded to the characters Windows puts
/// there (€, ‚, „, …, –, —, ™, …); the five bytes Windows leaves undefined
/// become the C1 control of the same value, as browsers decode them.
QString fromWindows1252(const char *bytes, qsizetype size);

QString decode(TextEncoding encoding, const char *bytes, qsizetype size);

/// "utf-8", "windows-1252", "iso-8859-1" and common spellings of them.
bool encodingForName(const QString &name, TextEncoding *encoding);
QString encodingName(TextEncoding encoding);

} // namespace textencoding
} // namespace horisont
