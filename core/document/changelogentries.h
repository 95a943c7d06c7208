#pragma once

#include "edit/change.h"
#include "model/changelogentry.h"

#include <QList>
#include <QString>

namespace horisont {

/// The change-log lines of one applied change list: one per change, with
/// the whole record (as JSON) for an insert or removal and the field's old
/// and new value for an update, all stamped with the same time.
QList<ChangeLogEntry> logEntriesFor(const ChangeList &changes, const QString &user, const QString &action,
                                    const CommandText &command, const QString &reason);

} // namespace horisont
