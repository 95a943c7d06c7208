#pragma once

#include "ledger/import/textencoding.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace horisont {

/// One record of a CSV file: its fields, decoded, and the physical line
/// (1-based) where it starts. A quoted field may span several lines.
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
};

struct CsvOptions {
    QChar separator;                    ///< null: sniffed from the header among ';', ',' and tab
    std::optional<TextEncoding> encoding; ///< none: strict UTF-8 if it is, else Windows-1252
};

/// What the reader found out about the file.
struct CsvFormat {
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    QChar separator;
};

struct CsvError {
    qint64 line = 0; ///< 0 when the problem is the whole file
    QString message; ///< without the file name
};

/// Reads RFC 4180 CSV through libcsv: quoted fields with separators, quotes
/// ("") and line breaks inside, LF, CRLF and bare CR line ends. Blank lines
/// and rows whose fields are all empty (";;;;") are skipped. Leading and
/// trailing spaces of unquoted fields are dropped. Within importlimits: a
/// longer field, line or record, or a larger header, ends the reading with
/// an error naming it.
class CsvReader
{
public:
    /// Called with every record in order, the header first. Returning false
    /// stops reading (read() then returns false with an empty error message).
    using RecordHandler = std::function<bool(const CsvRecord &record)>;

    /// Decodes and parses `bytes`. Returns false with *error set for an empty
    /// file, binary data, bytes that are not in the requested encoding, a
    /// quoted field that is never closed or anything beyond importlimits.
    static bool read(const QByteArray &bytes, const CsvOptions &options, const RecordHandler &handler,
                     CsvFormat *format, CsvError *error);

    /// The separator among ';', ',' and tab that occurs most often outside
    /// quotes in the first line of `bytes` (';' when none occurs).
    static QChar sniffSeparator(const QByteArray &bytes);

    /// 1-based line of byte `offset`, counting LF, CRLF and bare CR as one line end each.
    static qint64 lineOf(const QByteArray &bytes, qsizetype offset);
};

} // namespace horisont
