#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace horisont {

class PlanDocument;
struct ImportOptions;
struct ImportResult;

/// Importing actual spending from a ledger export: choose the file (and a
/// mapping profile), preview what would be imported — rows, codes matched,
/// errors with their lines — then import with progress and Cancel. Nothing
/// is written until Import, and a failed or cancelled import writes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(PlanDocument &document, QWidget *parent = nullptr);

    void setFile(const QString &path);
    /// Reads and checks the file without writing; fills the preview.
    bool preview();
    /// Imports with a progress dialog; true when rows were written.
    bool runImport();

    QTableWidget *previewTable() const { return m_table; }
    QString summary() const;

private:
    bool options(ImportOptions *options);
    /// Runs LedgerImport::import with a progress dialog that can cancel it.
    ImportResult runWithProgress(const QString &label, const QString &path, const ImportOptions &options);
    void chooseFile();
    void chooseProfile();

    PlanDocument &m_document;
    QLineEdit *m_file;
    QLineEdit *m_profile;
    QCheckBox *m_skipInvalid;
    QLabel *m_summary;
    QTableWidget *m_table;
    QListWidget *m_errors;
    QPushButton *m_import;
};

} // namespace horisont
