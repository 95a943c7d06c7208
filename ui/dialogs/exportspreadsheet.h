#pragma once

class QWidget;

namespace horisont {

class PlanDocument;

/// File ▸ Export spreadsheet…: asks for a file name and writes every
/// registered budget grid to it, one sheet each (.xlsx), or — for .csv —
/// the one grid the user picks, in the UI's language (decimal comma in
/// Swedish). The file is written atomically; a failure shows an error that
/// names the file. Returns true when a file was written.
bool exportSpreadsheet(QWidget *parent, PlanDocument &document);

} // namespace horisont
