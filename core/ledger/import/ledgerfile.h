#pragma once

#include <QByteArray>
#include <QString>

namespace horisont {

/// Reads a ledger export into memory within importlimits, whatever the path
/// names — a regular file, a pipe, or a device such as /dev/zero that never
/// ends. What cannot be a ledger is refused as soon as it shows, before the
/// rest is read: a file larger than importlimits::FileBytes, a NUL byte
/// (binary data, not text) or a line longer than importlimits::RecordBytes.
/// Returns false with *error (without the file name; "line N: …" when the
/// problem has a line).
bool readLedgerFile(const QString &path, QByteArray *bytes, QString *error);

} // namespace horisont
