#pragma once

#include <QTextStream>

namespace horisont::cli {

QTextStream &out();
QTextStream &err();

/// Prints a message (naming the file) on stderr; returns ExitFailure.
int failWith(const QString &message);

} // namespace horisont::cli
