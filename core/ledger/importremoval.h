#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace horisont {

class PlanDocument;
class SqliteStore;

/// One ledger import as the plan records it (import_batch).
struct ImportBatch {
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString user;
    QString fileName;
    qint64 rows = 0; ///< rows it added
    Money total;     ///< what they add up to
};

/// Every import of a plan, oldest first.
QList<ImportBatch> importBatches(SqliteStore &store);

/// Takes one import out of a plan: its transactions, their day sums and its
/// record, in one SQL transaction with a change-log line that names the file,
/// the rows and the total, so a controller can see who removed what. An
/// import is not an edit on the undo stack (a million rows are not a command
/// to step through); this is how a wrong one is undone. Refused (false,
/// *error) for a read-only plan or an import the plan does not hold.
/// Nothing else refers to a transaction, so the plan stays consistent.
bool removeImport(PlanDocument &document, qint64 batch, ImportBatch *removed, QString *error);

} // namespace horisont
