#pragma once

#include "model/changelogentry.h"
#include "model/ids.h"
#include "model/record.h"
#include "money/money.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace horisont {

class Plan;
class SqliteStore;

/// Which budget changes an audit-trail extract holds. Every condition is
/// optional; an empty filter gives the whole trail.
struct AuditFilter {
    std::optional<Id> sourceId;       ///< only changes concerning this funding source
    std::optional<Id> organisationId; ///< only changes concerning this organisation
    QDate from;                       ///< first day included (local time); invalid: from the start
    QDate until;                      ///< exclusive (local time); invalid: up to now
};

/// One budget-relevant event: a change-log line of a funding source, an
/// allocation or a forecast, or an import of ledger rows. Values are kept
/// raw (storage form, as in the change log); views format them.
struct AuditEntry {
    enum class Type { Change, Import, ImportRemoved };
    Type type = Type::Change;
    /// For Type::Change the change-log line as stored: at (UTC), user,
    /// action ("do"/"undo"/"redo"), command, entity (table) and id, field
    /// (empty for a whole item created or removed), old → new, reason. For
    /// Type::Import: at, user, entity "import_batch", entityId = the batch.
    /// Type::ImportRemoved: the change-log line of the removal (who, when),
    /// with the import's file, rows and total as they were.
    ChangeLogEntry change;
    /// What the change is about in words: a source's name; for an
    /// allocation or forecast "source code year · intervention · organisation"
    /// from its current values, or its logged ones once it has been deleted.
    QString itemName;
    /// The funding source and organisation the entry concerns (NoId when
    /// none): a source is its own source; an allocation's or forecast's come
    /// from the item (its last logged values once deleted).
    Id sourceId = NoId;
    Id organisationId = NoId;

    // Type::Import and ImportRemoved only. With a source or organisation filter, the rows and
    // total count only that source's / organisation's transactions.
    QString fileName;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    Money total;
};

/// Every budget-relevant change matching `filter`, oldest first (ties in
/// the order they were written): change-log lines for funding_source,
/// allocation and forecast, and ledger imports (import_batch). Reads the
/// change log and ledger through `store`; names come from `plan`.
/// Imports taken back with remove-import appear as ImportRemoved (only in a
/// trail not filtered by source or organisation).
///
/// Stable interface: the controller PDF pack's "audit-trail extract for a
/// period" calls this.
std::vector<AuditEntry> budgetAuditTrail(SqliteStore &store, const Plan &plan, const AuditFilter &filter);

/// What an allocation or forecast, which have no name, is called wherever it
/// is shown: "UTV 2026 · 7100 Processledning och samordning · Umeåbrå"
/// (a funding source: its name). Empty for other kinds.
QString budgetItemName(const Plan &plan, const Record &record);

} // namespace horisont
