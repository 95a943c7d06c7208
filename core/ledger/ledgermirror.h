#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace horisont {

/// Where an import written into a plan file must also go before the file
/// commits it: for a plan on a server, the server (ServerLink). The file is
/// then its replica, and the server is the truth: an import the server
/// refuses is rolled back in the file too.
class LedgerMirror
{
public:
    virtual ~LedgerMirror() = default;
    /// Writes import batch `batch`, which `replica` holds uncommitted
    /// (its batch row, transactions and day sums), to where the plan lives,
    /// all of it or nothing, telling `progress` (rows done, rows in all)
    /// as it goes. False with *error refuses the import; false with an
    /// empty *error means `progress` said to cancel.
    virtual bool mirrorImport(const QSqlDatabase &replica, qint64 batch,
                              const std::function<bool(qint64 done, qint64 total)> &progress, QString *error) = 0;
    /// The replica committed the import mirrored last.
    virtual void importSaved() = 0;
};

} // namespace horisont
