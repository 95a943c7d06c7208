#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace horisont {

/// How a value read from a file appears in a message: a terminal, a log or
/// a label must show what the file holds, never act on it. Control, format
/// and line-separator characters (ESC, NUL, CR, bidirectional overrides …)
/// are written as escapes ("\x1B", "\u202E"), and a long value is cut after
/// its first `maxChars` characters with "…".
QString shownValue(QStringView text, qsizetype maxChars = 80);

/// Names from a file, each shownValue(), joined by ", ", at most `maxNames` of them.
QString shownList(const QStringList &names, qsizetype maxNames = 20);

} // namespace horisont
