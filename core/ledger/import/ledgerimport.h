#pragma once

#include "ledger/import/csvreader.h"
#include "ledger/import/importprofile.h"
#include "ledger/import/ledgerrows.h"
#include "model/funding.h"
#include "money/money.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace horisont {

class PlanDocument;

struct ImportOptions {
    ImportProfile profile;
    bool dryRun = false;      ///< read, validate and match, write nothing
    bool skipInvalid = false; ///< import the valid rows when some are rejected
    int previewRows = 0;      ///< a dry run keeps this many of the first valid rows in ImportResult::preview
};

struct ImportResult {
    bool ok = false;     ///< written (or, for a dry run, would be)
    bool cancelled = false;
    QString error;       ///< why nothing was imported, naming the file; empty when ok
    qint64 rowsRead = 0; ///< data rows, not counting blank and all-empty ones
    qint64 imported = 0; ///< new rows (dry run: rows that would be new)
    qint64 alreadyPresent = 0;
    qint64 unassigned = 0; ///< valid rows whose codes match nothing in the plan
    QList<ImportRowError> rejected;
    Money total; ///< sum of the imported rows
    CsvFormat format;
    /// A dry run's first valid rows (ImportOptions::previewRows), codes
    /// matched, with their physical lines; also when rows were rejected.
    std::vector<Transaction> preview;
    std::vector<qint64> previewLines;

    QList<qint64> rejectedLines() const;
};

/// Called with the work done and the work to do: rows handled and the rows
/// the file may hold (its line count, until it has been read); a dry run
/// counts its rows twice, read and then looked up. Returning false cancels
/// the import, which then writes nothing.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// The rows of a ledger export, read and validated but not yet matched or written.
struct ParsedLedger {
    std::vector<Transaction> transactions; ///< the valid rows
    std::vector<qint64> lines;             ///< their physical lines
    QList<ImportRowError> errors;
    qint64 rowsRead = 0;
    CsvFormat format;
    bool cancelled = false;
};

/// Imports actual spending from a finance system's CSV export into a plan.
/// The file is read on a second thread while its rows are written, all in
/// one SQL transaction that is committed only when the whole file has been
/// read and validated: every row goes in, or none does.
class LedgerImport
{
public:
    static ImportResult import(PlanDocument &document, const QString &file, const ImportOptions &options,
                               const ImportProgress &progress = {});

    /// Reads and validates a whole export. Returns false with *error (no file
    /// name; "line 3: …" when the problem has a line) when the file as a whole
    /// cannot be read; row-level problems go to parsed->errors.
    static bool parse(const QByteArray &bytes, const ImportProfile &profile, const QString &currency,
                      ParsedLedger *parsed, QString *error, const ImportProgress &progress = {});
};

} // namespace horisont
