#pragma once

#include "export/exporttable.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace horisont {

/// CSV for spreadsheets as Swedish controllers open them: UTF-8 with a byte
/// order mark (so Excel detects the encoding), ';' between fields, CRLF
/// between records, fields quoted per RFC 4180 when they hold ';', '"' or a
/// line break. Amounts are plain numbers with two decimals and no thousands
/// separators, with the locale's decimal mark ("12500,50" in Swedish,
/// "12500.50" in English); dates are ISO 8601; text that a spreadsheet would
/// run as a formula is neutralised (see neutraliseFormula).
QByteArray csvBytes(const ExportTable &table, const QLocale &locale);

/// An amount as csvBytes writes it: "-1250,00" for a comma decimal mark.
QString csvAmount(Money amount, QChar decimalMark);

/// Writes csvBytes() to `path` atomically (QSaveFile): a failed write leaves
/// an earlier file untouched. On failure *error names the file.
bool writeCsv(const QString &path, const ExportTable &table, const QLocale &locale, QString *error);

} // namespace horisont
