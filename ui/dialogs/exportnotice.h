#pragma once

#include "report/pdfpack.h"

#include <QDate>
#include <QString>

class QMessageBox;
class QWidget;

namespace horisont {

class PlanDocument;

/// The file name suggested for a PDF pack written on `day`, in the UI's
/// language: "Steering group pack 2026-12-04.pdf", "Styrgruppspaket 2026-12-04.pdf".
QString packFileName(PdfPackOptions::Pack pack, QDate day);
/// The file name suggested for the workbook of every budget table written on `day`.
QString workbookFileName(QDate day);
/// `fileName` in the folder of the plan file.
QString besidePlan(const PlanDocument &document, const QString &fileName);

/// What the status bar says after an export: "Exported to /path/file.pdf."
QString exportedMessage(const QString &path);
/// Offers to open a file just written, or its folder, in a box that does not
/// block (it stays until closed; Open and Open Folder go through
/// QDesktopServices). Deleted when closed.
QMessageBox *offerToOpen(QWidget *parent, const QString &path);

} // namespace horisont
