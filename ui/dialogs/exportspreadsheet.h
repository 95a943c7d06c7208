#pragma once

#include <QString>

class QWidget;

namespace horisont {

class PlanDocument;
struct ExportTable;

/// File ▸ Export spreadsheet…: asks for a file name and writes every
/// registered budget grid to it, one sheet each (.xlsx), or — for .csv —
/// the one grid the user picks, in the UI's language (decimal comma in
/// Swedish). The name proposed is the dated workbookFileName beside the
/// plan. The file is written atomically; a failure shows an error that
/// names the file. Returns the path written; empty when nothing was.
QString exportSpreadsheet(QWidget *parent, PlanDocument &document);

/// Asks where to write a spreadsheet, starting at `suggestedPath`. A name
/// typed without a suffix takes the suffix of the chosen filter; a .csv
/// name means CSV, any other a workbook. Empty when cancelled.
QString askSpreadsheetPath(QWidget *parent, const QString &caption, const QString &suggestedPath,
                           const QString &xlsxFilter, const QString &csvFilter);

/// Writes one table: a workbook of one sheet for a .xlsx path, otherwise CSV
/// in the UI's language. Atomic, like every export.
bool writeSpreadsheetTable(const QString &path, const ExportTable &table, QString *error);

} // namespace horisont
