#pragma once

#include "ledger/import/csvreader.h"
#include "ledger/import/importprofile.h"
#include "ledger/import/ledgercells.h"
#include "model/funding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace horisont {

class LedgerCodes;

/// A row that cannot be imported, by the physical line where it starts.
struct ImportRowError {
    qint64 line = 0;
    QString message; ///< "line 14: amount \"12,5,0\" is not an amount"
};

/// A data row of a ledger export as it was read, before the end of the file
/// is known: its amount is parsed with the decimal mark the file had shown
/// up to that row (`decimal`), which the whole file may still overturn.
struct ReadRow {
    Transaction transaction; ///< amount valid only when amountParsed
    QString amountText;
    qint64 line = 0;
    QChar decimal;             ///< the mark the amount was parsed with
    bool amountParsed = false;
    bool hasProblems = false;  ///< a problem other than the amount (date, currency, fields)

    /// Whether it can go to the ledger as it stands: no problem known yet.
    bool insertable() const { return amountParsed && !hasProblems; }
};

/// Rows travel from the reader in chunks of this many, the last one shorter.
constexpr size_t ReadRowChunkSize = 4096;
using ReadRowChunk = std::vector<ReadRow>;

/// What a whole file's rows come to once its end has been read.
struct RowVerdicts {
    QChar decimal;                       ///< the file's decimal mark (null: judged per cell)
    std::vector<std::optional<Money>> amounts; ///< per row: its amount under that mark
    std::vector<bool> valid;             ///< per row: no problem at all
    QList<ImportRowError> errors;        ///< by line
};

/// Turns the records of a ledger export into rows, one record at a time, so
/// that they can be written while the rest of the file is still being read.
/// Everything that needs the whole file (the decimal mark, vouchers and lines
/// that repeat) is settled by verdicts() at the end.
class LedgerRowReader
{
public:
    /// With `codes`, every row's organisation, intervention and source are
    /// matched as it is read.
    LedgerRowReader(const ImportProfile &profile, const QString &currency, const LedgerCodes *codes = nullptr);

    /// Reads `bytes`, handing over every full chunk of rows (and the last)
    /// in file order. A handler returning false stops reading (cancelled()).
    /// Returns false with *error (no file name; "line 3: …" where it has one)
    /// when the file as a whole cannot be read.
    bool read(const QByteArray &bytes, const std::function<bool(std::shared_ptr<ReadRowChunk>)> &onChunk,
              QString *error);

    bool cancelled() const { return m_cancelled; }
    qint64 rowsRead() const { return m_rows; }
    const CsvFormat &format() const { return m_format; }

    /// The verdict on every row of the file, given all its chunks in order.
    RowVerdicts verdicts(const std::vector<std::shared_ptr<ReadRowChunk>> &chunks);

private:
    bool readHeader(const CsvRecord &record);
    void readRow(const CsvRecord &record);
    void parseAmount(ReadRow &row) const;
    QString cell(const CsvRecord &record, LedgerField field) const;

    /// The problems of a row found while reading it; the amount's goes
    /// between them once the decimal mark is known.
    struct RowProblems {
        QStringList beforeAmount;
        QStringList afterAmount;
    };

    ImportProfile m_profile;
    QString m_currency;
    const LedgerCodes *m_codes;
    CsvFormat m_format;
    bool m_haveHeader = false;
    qint64 m_headerLine = 0;
    qsizetype m_columns = 0;
    ColumnMapping m_mapping;
    QString m_mappingError;
    ledgercells::DecimalEvidence m_evidence;
    std::map<size_t, RowProblems> m_problems;   ///< by row
    std::vector<std::pair<size_t, size_t>> m_voucherHashes; ///< (hash of "V:voucher/line", row)
    QHash<QByteArray, int> m_occurrences; ///< of identical rows without voucher and line, by hash
    std::shared_ptr<ReadRowChunk> m_chunk;
    qint64 m_rows = 0;
    qint64 m_beyondRowsLine = 0; ///< the first row beyond importlimits::Rows
    bool m_cancelled = false;
};

} // namespace horisont
