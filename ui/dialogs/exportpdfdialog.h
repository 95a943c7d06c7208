#pragma once

#include "report/pdfpack.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPrinter;

namespace horisont {

class PlanDocument;

/// File ▸ Export PDF…: the pack, its language, paper and orientation, the
/// period covered, the sections, a draft mark and how the timeline is laid
/// out; Preview shows the pack in a QPrintPreviewDialog drawn by the same
/// renderer; Export writes it atomically with progress and Cancel.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPdfDialog(PlanDocument &document, QWidget *parent = nullptr);

    PdfPackOptions options() const;

    /// Shows the pack in a QPrintPreviewDialog drawn by the same renderer.
    void preview();
    /// Pages the last preview painted.
    int previewPageCount() const { return m_previewPages; }
    /// Writes the pack to `path` with progress and Cancel; false when
    /// cancelled or failed (any earlier file at `path` is left as it was).
    bool exportTo(const QString &path);
    /// Where Export… proposes to write: beside the plan, named after the
    /// chosen pack and today ("Steering group pack 2026-12-04.pdf").
    QString suggestedPath() const;
    /// The file the last successful export wrote; empty before one.
    QString writtenPath() const { return m_written; }

Q_SIGNALS:
    /// Emitted at every step of an export, before Cancel is looked at.
    void exportProgress(int done, int total);

private:
    void exportPdf();
    void paintPreview(QPrinter *printer);
    void showSectionsOfPack();

    PlanDocument &m_document;
    QComboBox *m_pack;
    QComboBox *m_language;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_timeline;
    QCheckBox *m_draft;
    QComboBox *m_compareWith; ///< nothing, or a version or scenario for the Changes section
    QList<QPair<QCheckBox *, int>> m_sections;
    int m_previewPages = 0;
    QString m_written;
};

} // namespace horisont
