#pragma once

// Golden files: what the demo's exports say, kept in tests/data/golden/ so
// that an unintended change of a figure or a word shows as a diff.
// HORISONT_UPDATE_GOLDEN=1 in the environment rewrites them from what the
// test made instead of comparing (then review the change with git diff).
#include <QByteArray>
#include <QString>

namespace horisont::test {

/// Compares `actual` with tests/data/golden/`name`: empty when they agree
/// (or when the golden file was rewritten), else what differs (`diff -u`,
/// golden first) and how to rewrite it.
QString compareWithGolden(const QString &name, const QByteArray &actual);

/// Whether this run rewrites the golden files (HORISONT_UPDATE_GOLDEN=1).
bool updatingGoldens();

/// Text for a golden file: lines without trailing spaces, non-breaking and
/// narrow no-break spaces as plain spaces (the diff shows them otherwise
/// as the same), page breaks (form feeds) as a line of their own.
QByteArray goldenText(const QString &text);

} // namespace horisont::test
