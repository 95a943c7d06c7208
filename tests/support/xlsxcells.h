#pragma once

// The cells of an XLSX workbook as text, read from its sheet XML (unzip),
// for golden files and assertions that do not need a spreadsheet program.
#include <QString>

namespace horisont::test {

/// Every sheet in order: "[name]" and then one line per non-empty cell,
/// "A1<TAB>value" — a shared or inline string as its text, a number as
/// written, a formula as "=FORMULA" followed by its cached value in
/// brackets when it has one. Empty, with *error set, when the file cannot
/// be read.
QString xlsxCells(const QString &path, QString *error);

} // namespace horisont::test
