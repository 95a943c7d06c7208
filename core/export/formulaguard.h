#pragma once

#include <QString>
#include <QStringView>

namespace horisont {

/// True for text a spreadsheet would read as a formula or a command when the
/// cell is typed, pasted or imported from CSV: it starts with '=', '+', '-',
/// '@', a tab or a carriage return (OWASP's "CSV injection" list).
bool looksLikeFormula(QStringView text);

/// Text that no spreadsheet runs: a leading apostrophe is added to text that
/// looksLikeFormula(), the way a user types literal text into a cell;
/// anything else comes back unchanged. Amounts are never passed through
/// this — they are written as numbers.
QString neutraliseFormula(const QString &text);

} // namespace horisont
