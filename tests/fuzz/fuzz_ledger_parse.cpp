// Fuzz target for the ledger import's parsers: the CSV reader (encodings,
// separators, quotes, line ends), the column mapping and the amount and date
// parsers. Built for libFuzzer with clang; the same entry point also runs over
// the seed corpus in every build (fuzz_ledger_regression).
#include "ledger/import/csvreader.h"
#include "ledger/import/importprofile.h"
#include "ledger/import/ledgercells.h"

#include <QLocale>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace horisont;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

namespace {
void parseAll(const QByteArray &bytes, const CsvOptions &options)
{
    QStringList header;
    ColumnMapping mapping;
    qint64 lastLine = 0;
    QStringList amounts;
    const auto onRecord = [&](const CsvRecord &record) {
        check(record.line > lastLine); // records start on increasing physical lines
        lastLine = record.line;
        check(!record.fields.isEmpty());
        if (header.isEmpty()) {
            header = record.fields;
            QString error;
            const bool mapped = ColumnMapping::map(header, ImportProfile(), &mapping, &error);
            check(mapped || !error.isEmpty());
            return true;
        }
        for (const QString &field : record.fields) {
            for (const QChar decimal : {QChar(), QChar(u','), QChar(u'.')}) {
                if (const auto amount = ledgercells::parseAmount(field, decimal)) {
                    // A parsed amount formats and parses back to itself.
                    check(ledgercells::parseAmount(amount->format(QLocale::c(), Money::Style::WithOre)) == amount);
                }
            }
            if (const auto date = ledgercells::parseDate(field))
                check(date->isValid());
            ledgercells::parseDate(field, QStringLiteral("yyyyMMdd"));
            if (amounts.size() < 1000)
                amounts << field;
        }
        return true;
    };
    CsvFormat format;
    CsvError error;
    if (!CsvReader::read(bytes, options, onRecord, &format, &error))
        check(!error.message.isEmpty() && error.line >= 0);
    const QChar decimal = ledgercells::decimalEvidence(amounts);
    check(decimal.isNull() || decimal == u',' || decimal == u'.');
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As the importer reads a file without a profile: everything detected.
    parseAll(bytes, CsvOptions());
    // As a profile may dictate: a separator and an encoding chosen by the size.
    CsvOptions options;
    options.separator = QLatin1Char("; ,\t|"[size % 5]);
    options.encoding = (size & 8) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    parseAll(bytes, options);
    ledgerfields::normalisedHeader(QString::fromUtf8(bytes.left(256)));
    return 0;
}
