#include "ledger/import/ledgerrows.h"

#include "ledger/import/importlimits.h"
#include "ledger/import/shownvalue.h"
#include "ledger/ledger.h"
#include "model/datebounds.h"
#include "model/halfopen.h"
#include "model/messagelocale.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

QString withLine(qint64 line, const QString &message)
{
    return line > 0 ? Tr::tr("line %1: %2").arg(line).arg(message) : message;
}

/// Why a date cell is no booking date.
QString dateProblem(const QString &text, ledgercells::DateError error)
{
    const QString shown = shownValue(text);
    switch (error) {
    case ledgercells::DateError::OutsideWindow:
        return Tr::tr("date \"%1\" is outside %2 – %3")
            .arg(shown, isoDate(datebounds::earliest()), isoDate(datebounds::latest()));
    case ledgercells::DateError::TimeOfDay:
        return Tr::tr("date \"%1\" has a time of day; a booking date is a day (midnight is accepted)").arg(shown);
    case ledgercells::DateError::NotADate:
        break;
    }
    return Tr::tr("date \"%1\" is not a date").arg(shown);
}

/// Why an amount cell is no amount, given the file's decimal mark.
QString amountProblem(const QString &text, QChar decimal)
{
    if (text.isEmpty())
        return Tr::tr("the amount is empty");
    Money::ParseError error = Money::ParseError::NotAnAmount;
    ledgercells::parseAmount(text, decimal, &error);
    if (error == Money::ParseError::OutOfBounds) {
        return Tr::tr("amount \"%1\" is beyond the limit for one amount (±%2)")
            .arg(shownValue(text), Money::fromOre(Money::LimitOre).format(messageLocale()));
    }
    return Tr::tr("amount \"%1\" is not an amount").arg(shownValue(text));
}

/// The rows whose voucher and line another row before them already has:
/// row → the row it repeats. Found by sorting hashes of the identities once
/// rather than by a hash table of a million strings; equal hashes are
/// compared as strings.
template<class RowAt>
std::map<size_t, size_t> repeatedVoucherLines(std::vector<std::pair<size_t, size_t>> &hashes, const RowAt &rowAt)
{
    std::sort(hashes.begin(), hashes.end());
    std::map<size_t, size_t> repeats;
    for (size_t start = 0; start < hashes.size();) {
        size_t end = start + 1;
        while (end < hashes.size() && hashes[end].first == hashes[start].first)
            ++end;
        for (size_t i = start + 1; i < end; ++i) { // in row order within a hash
            for (size_t j = start; j < i; ++j) {
                const size_t first = hashes[j].second;
                if (rowAt(first).transaction.identity == rowAt(hashes[i].second).transaction.identity) {
                    repeats.emplace(hashes[i].second, first); // the earliest row with it
                    break;
                }
            }
        }
        start = end;
    }
    return repeats;
}
/// A hash of every field of a row (hex SHA-1): what identifies a row that
/// has no voucher and line.
QByteArray ledgerRowHash(const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &f : fields) {
        hash.addData(f.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // unit separator: "a;bc" and "ab;c" differ
    }
    return hash.result().toHex();
}
} // namespace

LedgerRowReader::LedgerRowReader(const ImportProfile &profile, const QString &currency, const LedgerCodes *codes)
    : m_profile(profile), m_currency(currency), m_codes(codes)
{
}

QString LedgerRowReader::cell(const CsvRecord &record, LedgerField field) const
{
    const int i = m_mapping[field];
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

bool LedgerRowReader::readHeader(const CsvRecord &record)
{
    m_haveHeader = true;
    m_headerLine = record.line;
    m_columns = record.fields.size();
    if (!ColumnMapping::map(record.fields, m_profile, &m_mapping, &m_mappingError) && m_mappingError.isEmpty())
        m_mappingError = Tr::tr("the header cannot be read");
    return true; // read on: an unreadable file is reported before a header that does not map
}

void LedgerRowReader::parseAmount(ReadRow &row) const
{
    const auto amount = ledgercells::parseAmount(row.amountText, row.decimal);
    row.amountParsed = amount.has_value();
    if (amount)
        row.transaction.amount = *amount;
}

void LedgerRowReader::readRow(const CsvRecord &record)
{
    const size_t index = size_t(m_rows++);
    if (!m_mappingError.isEmpty())
        return; // counted, not kept: read() fails, so no row index is ever looked up
    QStringList problems;
    for (qsizetype i = m_columns; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            problems << Tr::tr("%1 fields, but the header has %2").arg(record.fields.size()).arg(m_columns);
            break;
        }
    }
    if (!m_chunk) {
        m_chunk = std::make_shared<ReadRowChunk>();
        m_chunk->reserve(ReadRowChunkSize);
    }
    ReadRow &row = m_chunk->emplace_back();
    row.line = record.line;
    Transaction &t = row.transaction;
    const QString dateText = cell(record, LedgerField::Date);
    ledgercells::DateError dateError = ledgercells::DateError::NotADate;
    if (const auto date = ledgercells::parseDate(dateText, m_profile.dateFormat, &dateError))
        t.date = *date;
    else if (dateText.isEmpty())
        problems << Tr::tr("the date is empty");
    else
        problems << dateProblem(dateText, dateError);
    const qsizetype amountAt = problems.size();
    row.amountText = cell(record, LedgerField::Amount);
    if (m_profile.decimal.isNull())
        m_evidence.add(row.amountText);
    // The mark as far as the file has shown it; verdicts() checks it against the whole file's.
    row.decimal = m_profile.decimal.isNull() ? m_evidence.decimal() : m_profile.decimal;
    parseAmount(row);
    const QString rowCurrency = cell(record, LedgerField::Currency);
    if (!rowCurrency.isEmpty() && !m_currency.isEmpty() && rowCurrency.compare(m_currency, Qt::CaseInsensitive) != 0)
        problems << Tr::tr("currency %1 is not the plan's currency %2").arg(shownValue(rowCurrency), m_currency);
    t.voucher = cell(record, LedgerField::Voucher);
    t.line = cell(record, LedgerField::Line);
    t.account = cell(record, LedgerField::Account);
    t.organisationCode = cell(record, LedgerField::Organisation);
    t.interventionCode = cell(record, LedgerField::Intervention);
    t.sourceCode = cell(record, LedgerField::Fund);
    t.text = cell(record, LedgerField::Text);
    if (m_codes)
        m_codes->match(t);

    if (!t.voucher.isEmpty() && !t.line.isEmpty()) {
        t.identity = QStringLiteral("V:") + t.voucher + QLatin1Char('/') + t.line;
        m_voucherHashes.emplace_back(qHash(t.identity, size_t(0x5eed)), index);
    } else {
        QStringList all = record.fields.mid(0, std::max(m_columns, qsizetype(0)));
        while (all.size() < m_columns)
            all << QString();
        for (QString &f : all)
            f = f.trimmed();
        const QByteArray hash = ledgerRowHash(all);
        const int occurrence = ++m_occurrences[hash];
        t.identity = QStringLiteral("R:%1#%2").arg(QString::fromLatin1(hash)).arg(occurrence);
    }
    if (!problems.isEmpty()) {
        row.hasProblems = true;
        m_problems[index] = RowProblems{problems.mid(0, amountAt), problems.mid(amountAt)};
    }
}

bool LedgerRowReader::read(const QByteArray &bytes,
                           const std::function<bool(std::shared_ptr<ReadRowChunk>)> &onChunk, QString *error)
{
    m_voucherHashes.reserve(size_t(std::min(bytes.count('\n') + 1, importlimits::Rows)));
    auto handOver = [&] {
        if (!m_chunk || m_chunk->empty() || m_cancelled)
            return !m_cancelled;
        if (!onChunk(std::exchange(m_chunk, nullptr)))
            m_cancelled = true;
        return !m_cancelled;
    };
    CsvError csvError;
    const bool read = CsvReader::read(
        bytes, CsvOptions{m_profile.separator, m_profile.encoding},
        [&](const CsvRecord &record) {
            if (!m_haveHeader)
                return readHeader(record);
            if (m_rows == importlimits::Rows) {
                m_beyondRowsLine = record.line;
                return false;
            }
            readRow(record);
            return m_chunk && m_chunk->size() >= ReadRowChunkSize ? handOver() : true;
        },
        &m_format, &csvError);
    if (m_beyondRowsLine > 0) {
        *error = withLine(m_beyondRowsLine, Tr::tr("the file has more than %1 rows, more than any ledger export")
                                                .arg(messageLocale().toString(importlimits::Rows)));
        return false;
    }
    if (m_cancelled || (read && !handOver())) {
        *error = Tr::tr("The import was cancelled; nothing was imported.");
        return false;
    }
    if (!read)
        *error = withLine(csvError.line, csvError.message);
    else if (!m_haveHeader)
        *error = Tr::tr("the file is empty");
    else if (m_rows == 0)
        *error = withLine(m_headerLine, Tr::tr("the file has a header but no rows"));
    else if (!m_mappingError.isEmpty())
        *error = withLine(m_headerLine, m_mappingError);
    else
        return true;
    return false;
}

RowVerdicts LedgerRowReader::verdicts(const std::vector<std::shared_ptr<ReadRowChunk>> &chunks)
{
    auto rowAt = [&chunks](size_t i) -> const ReadRow & {
        return (*chunks[i / ReadRowChunkSize])[i % ReadRowChunkSize];
    };
    size_t count = 0;
    for (const auto &chunk : chunks)
        count += chunk->size();
    RowVerdicts v;
    v.decimal = m_profile.decimal.isNull() ? m_evidence.decimal() : m_profile.decimal;
    v.amounts.resize(count);
    v.valid.resize(count);
    const std::map<size_t, size_t> repeats = repeatedVoucherLines(m_voucherHashes, rowAt);
    auto problem = m_problems.cbegin();
    auto repeated = repeats.cbegin();
    for (size_t i = 0; i < count; ++i) {
        const ReadRow &row = rowAt(i);
        // A row read before the file showed its decimal mark is parsed again with it.
        if (row.decimal == v.decimal)
            v.amounts[i] = row.amountParsed ? std::optional<Money>(row.transaction.amount) : std::nullopt;
        else
            v.amounts[i] = ledgercells::parseAmount(row.amountText, v.decimal);
        const bool listed = problem != m_problems.cend() && problem->first == i;
        const bool repeat = repeated != repeats.cend() && repeated->first == i;
        v.valid[i] = !listed && !repeat && v.amounts[i];
        if (v.valid[i])
            continue;
        QStringList problems;
        if (listed)
            problems << problem->second.beforeAmount;
        if (!v.amounts[i])
            problems << amountProblem(row.amountText, v.decimal);
        if (listed)
            problems << (problem++)->second.afterAmount;
        if (repeat) {
            const Transaction &t = row.transaction;
            problems << Tr::tr("voucher %1 line %2 is already on line %3")
                            // One arg(): a "%1" in the voucher must stay as it is.
                            .arg(shownValue(t.voucher), shownValue(t.line),
                                 QString::number(rowAt((repeated++)->second).line));
        }
        v.errors << ImportRowError{row.line, withLine(row.line, problems.join(QLatin1String("; ")))};
    }
    return v;
}

} // namespace horisont
