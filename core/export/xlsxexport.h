#pragma once

#include "export/exporttable.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace horisont {

/// Sheet names Excel accepts for these titles, in order: at most 31
/// characters, none of []:*?/\, no apostrophe at either end, unique
/// regardless of case (a clash gets " (2)", " (3)", …).
QStringList xlsxSheetNames(const QStringList &titles);

/// Writes one sheet per table (named after its title) through libxlsxwriter:
/// amounts as numbers in kronor with a thousands-grouped two-decimal format,
/// dates as dates, a bold frozen header row and label column, column widths
/// fitted to the content, totals as SUM formulas whose cached value is the
/// exact sum. Atomic: the workbook is written to a temporary file in the
/// target's directory and renamed over `path` only when complete, so a
/// failure leaves an earlier file untouched. On failure *error names the file.
bool writeXlsx(const QString &path, const std::vector<ExportTable> &tables, QString *error);

} // namespace horisont
