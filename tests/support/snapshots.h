#pragma once

// What a plan file holds, to hold it against memory or against itself
// before and after an operation.
#include "document/plandocument.h"
#include "model/record.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <ostream>

namespace horisont::test {

/// SHA-256 of a file's bytes, to prove a failed operation left it untouched.
QByteArray fileHash(const QString &path);

/// Every entity in the file, read by a fresh read-only document (empty, with
/// the reason in the log, when the file cannot be opened).
QList<Record> diskSnapshot(const QString &path);

/// A fingerprint of a plan's committed state: every entity plus the number
/// of change-log lines, so that data and log are seen to commit together.
QByteArray stateFingerprint(PlanDocument &doc);

} // namespace horisont::test

namespace horisont {
/// A record as "table#id{value;…}" in failure messages.
std::ostream &operator<<(std::ostream &os, const Record &record);
}
