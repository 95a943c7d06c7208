#pragma once

#include "ledger/import/csvreader.h"
#include "ledger/import/importprofile.h"
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
};

/// A row that cannot be imported, by the physical line where it starts.
struct ImportRowError {
    qint64 line = 0;
    QString message; ///< "line 14: amount \"12,5,0\" is not an amount"
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

    QList<qint64> rejectedLines() const;
};

/// Called with work done and the total (rows validated, then rows written);
/// returning false cancels the import, which then writes nothing.
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

/// Imports actual spending from a finance system's CSV export into a plan:
/// every row is read and validated before anything is written; then all
/// rows go in one SQL transaction (Ledger::insert), or none do.
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

    /// The identity of a row that has no voucher and line: a hash of every
    /// field with its occurrence among identical rows ("R:<sha1>#2").
    static QString rowIdentity(const QStringList &fields, int occurrence);
};

} // namespace horisont
