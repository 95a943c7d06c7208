#pragma once

#include <QString>
#include <QtGlobal>

// What one ledger export may take. A finance system's export is text with a
// few dozen short columns and a row per booking; anything far beyond these
// bounds is not a ledger but a wrong file, damage or an attack, and reading
// it on would only exhaust memory. Each bound is refused by name and line.
namespace horisont::importlimits {

/// One field: a long description is a few hundred characters.
inline constexpr qsizetype FieldBytes = 64 * 1024;
/// One record (a physical line, or the lines of a quoted field that spans several).
inline constexpr qsizetype RecordBytes = 1024 * 1024;
/// The header: the columns a ledger has, with room to spare.
inline constexpr qsizetype HeaderColumns = 256;
inline constexpr qsizetype HeaderBytes = 64 * 1024;
/// The whole file, and its rows: twice the largest exports we know of (a
/// million rows is about 70–150 MB of file and 1 GB while it is imported).
/// Every row read is held until the whole file has been judged, so these
/// two are what bound an import's memory.
inline constexpr qint64 FileBytes = qint64(1) << 30;
inline constexpr qint64 Rows = 2'000'000;
/// A mapping profile is a few lines of JSON.
inline constexpr qint64 ProfileBytes = 1024 * 1024;

/// "64 KiB", "1 GiB": a limit as messages name it.
QString size(qint64 bytes);

} // namespace horisont::importlimits
