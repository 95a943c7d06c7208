#include "ledger/import/csvreader.h"

#include "ledger/import/importlimits.h"
#include "ledger/import/shownvalue.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <csv.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

// libcsv's parser states (csv.c); only "no row begun" and "inside a field" matter here.
constexpr int RowNotBegun = 0;
constexpr int FieldBegun = 2;

int isSpace(unsigned char c)
{
    return c == ' ' ? 1 : 0; // never tab: it may be the separator
}

int isTerm(unsigned char c)
{
    return c == '\r' || c == '\n' ? 1 : 0;
}

struct ParseState {
    TextEncoding encoding = TextEncoding::Utf8;
    const CsvReader::RecordHandler *handler = nullptr;
    CsvRecord record;
    qint64 recordLine = 0;
    qsizetype recordBytes = 0; ///< of the lines fed since the record began
    QStringList header;        ///< the first record, to name the fields of the others
    bool haveHeader = false;
    bool stopped = false;
    CsvError limit; ///< what passed importlimits, when something did

    void refuse(const QString &message)
    {
        limit = CsvError{recordLine, message};
        stopped = true;
    }
};

void onField(void *data, size_t size, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->stopped)
        return;
    if (qsizetype(size) > importlimits::FieldBytes) {
        // Named by its column: the line alone leaves a reader searching a megabyte.
        const qsizetype column = state->record.fields.size();
        const QString name = column < state->header.size() && !state->header.at(column).trimmed().isEmpty()
                                 ? QStringLiteral(" (%1)").arg(shownValue(state->header.at(column).trimmed()))
                                 : QString();
        state->refuse(Tr::tr("field %1%2 is longer than %3")
                          .arg(column + 1)
                          .arg(name, importlimits::size(importlimits::FieldBytes)));
        return;
    }
    state->record.fields.append(
        textencoding::decode(state->encoding, static_cast<const char *>(data), qsizetype(data ? size : 0)));
}

void onRecordEnd(int, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    bool empty = true;
    for (const QString &field : std::as_const(state->record.fields)) {
        if (!field.trimmed().isEmpty()) {
            empty = false;
            break;
        }
    }
    if (!empty && !state->stopped && !state->haveHeader) {
        state->haveHeader = true;
        if (state->record.fields.size() > importlimits::HeaderColumns) {
            state->refuse(Tr::tr("the header has %1 columns, more than %2")
                              .arg(state->record.fields.size())
                              .arg(importlimits::HeaderColumns));
        }
        state->header = state->record.fields;
    }
    if (!empty && !state->stopped) {
        state->record.line = state->recordLine;
        if (!(*state->handler)(state->record))
            state->stopped = true;
    }
    state->record.fields.clear();
}

/// Binary data: NUL bytes, or many control characters that text never holds.
bool looksBinary(const QByteArray &bytes, qsizetype *where)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        *where = nul;
        return true;
    }
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') || c == 0x7F) {
            if (controls == 0)
                *where = i;
            ++controls;
        }
    }
    return controls > 0 && controls * 100 >= sample;
}
} // namespace

qint64 CsvReader::lineOf(const QByteArray &bytes, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

QChar CsvReader::sniffSeparator(const QByteArray &bytes)
{
    qsizetype semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n' || c == '\r')
                break;
            semicolons += c == ';';
            commas += c == ',';
            tabs += c == '\t';
        }
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    if (commas > semicolons)
        return QLatin1Char(',');
    return QLatin1Char(';');
}

bool CsvReader::read(const QByteArray &input, const CsvOptions &options, const RecordHandler &handler,
                     CsvFormat *format, CsvError *error)
{
    *error = {};
    *format = {};
    QByteArray bytes = input;
    if (bytes.trimmed().isEmpty()) {
        error->message = Tr::tr("the file is empty");
        return false;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // UTF-16 (some spreadsheets save it): re-encode as UTF-8 and read on.
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError()) {
            error->message = Tr::tr("the file starts like UTF-16 text but is not");
            return false;
        }
        bytes = text.toUtf8();
        format->byteOrderMark = true;
        if (options.encoding && *options.encoding != TextEncoding::Utf8) {
            error->message = Tr::tr("the file is UTF-16 text, not %1").arg(textencoding::encodingName(*options.encoding));
            return false;
        }
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        format->byteOrderMark = true;
    }
    qsizetype where = 0;
    if (looksBinary(bytes, &where)) {
        error->line = CsvReader::lineOf(bytes, where);
        error->message = Tr::tr("the file holds binary data, not CSV text");
        return false;
    }
    const bool utf8 = textencoding::isValidUtf8(bytes.constData(), bytes.size());
    if (options.encoding) {
        format->encoding = *options.encoding;
        if (format->encoding == TextEncoding::Utf8 && !utf8) {
            error->message = Tr::tr("the file is not valid UTF-8 text");
            return false;
        }
    } else {
        format->encoding = utf8 ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }
    format->separator = options.separator.isNull() ? sniffSeparator(bytes) : options.separator;
    if (format->separator.unicode() > 0x7F || format->separator == QLatin1Char('"')
        || format->separator == QLatin1Char('\r') || format->separator == QLatin1Char('\n')) {
        error->message = Tr::tr("the separator must be one ASCII character other than a quote or a line end");
        return false;
    }

    csv_parser parser;
    if (csv_init(&parser, 0) != 0) {
        error->message = Tr::tr("out of memory");
        return false;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(format->separator.unicode()));
    csv_set_space_func(&parser, isSpace);
    csv_set_term_func(&parser, isTerm);
    ParseState state;
    state.encoding = format->encoding;
    state.handler = &handler;

    // Feed one physical line at a time, so that the line where each record
    // starts is known: the first line fed while no row had begun.
    qint64 line = 0;
    qsizetype start = 0;
    const qsizetype size = bytes.size();
    const char *data = bytes.constData();
    bool ok = true;
    while (start < size && ok && !state.stopped) {
        qsizetype end = start;
        while (end < size && data[end] != '\n' && data[end] != '\r')
            ++end;
        if (end < size)
            end += (data[end] == '\r' && end + 1 < size && data[end + 1] == '\n') ? 2 : 1;
        ++line;
        if (parser.pstate == RowNotBegun) {
            state.recordLine = line;
            state.recordBytes = 0;
        }
        const size_t length = size_t(end - start);
        state.recordBytes += qsizetype(length);
        // Judged before libcsv buffers the line: what passes a limit is never held.
        if (!state.haveHeader && state.recordBytes > importlimits::HeaderBytes) {
            state.refuse(Tr::tr("the header is longer than %1").arg(importlimits::size(importlimits::HeaderBytes)));
        } else if (qsizetype(length) > importlimits::RecordBytes) {
            state.recordLine = line;
            state.refuse(Tr::tr("the line is longer than %1").arg(importlimits::size(importlimits::RecordBytes)));
        } else if (state.recordBytes > importlimits::RecordBytes) {
            // Only a quoted field spans lines: one never closed is the usual cause.
            state.refuse(Tr::tr("a quoted field in the record that starts here is not closed within %1")
                             .arg(importlimits::size(importlimits::RecordBytes)));
        } else if (csv_parse(&parser, data + start, length, onField, onRecordEnd, &state) != length) {
            error->line = state.recordLine;
            error->message = Tr::tr("the CSV cannot be read: %1").arg(QString::fromLatin1(csv_strerror(csv_error(&parser))));
            ok = false;
        }
        start = end;
    }

    if (ok && !state.stopped && parser.pstate == FieldBegun && parser.quoted) {
        error->line = state.recordLine;
        error->message = Tr::tr("a quoted field that starts here is never closed");
        ok = false;
    }
    if (ok && !state.stopped)
        csv_fini(&parser, onField, onRecordEnd, &state);
    csv_free(&parser);
    if (!state.limit.message.isEmpty()) {
        *error = state.limit;
        return false;
    }
    return ok && !state.stopped;
}

} // namespace horisont
