#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace horisont {

class ImportOrganisationModel;
class ImportStructureModel;
class PlanImportJob;

/// File ▸ Import Plan…: a new plan from a plan of another tool. Choose the
/// file (a format and a spreadsheet's column profile when the content does
/// not tell), preview what will be created — the tree of phases,
/// interventions and activities, the organisations from the resources and
/// the import report — then choose the new plan's file and import. Reading
/// and writing run off the GUI thread with Cancel; nothing is written before
/// Import, and a cancelled or failed import leaves nothing behind. The
/// dialog is accepted once the plan is made: createdPlan() is its path.
class ImportPlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPlanDialog(QWidget *parent = nullptr);
    ~ImportPlanDialog() override;

    void setSource(const QString &path);
    /// A PlanFormat's name; empty: recognised from the content.
    void setFormat(const QString &name);
    void setProfile(const QString &path);
    void setTarget(const QString &path);

    /// Starts reading and mapping the source; the preview fills when it is done.
    void startPreview();
    /// Starts creating the new plan from the preview.
    void startImport();
    /// Abandons the reading or the import under way; nothing is left behind.
    void cancel();
    bool isBusy() const;

    /// What the dialog last said: progress, an error naming the file, the outcome.
    QString message() const;
    QString reportText() const;
    QString createdPlan() const { return m_created; }
    ImportStructureModel *structureModel() const { return m_structure; }
    ImportOrganisationModel *organisationModel() const { return m_organisations; }
    QPushButton *importButton() const { return m_import; }

    void reject() override;

private:
    QWidget *buildChoices();
    QWidget *buildPreview();
    void chooseSource();
    void chooseProfile();
    void chooseTarget();
    bool previewed() const;
    void clearPreview();
    void previewRead();
    void importDone(bool created);
    void workCancelled();
    void setBusy(const QString &text);
    void setIdle(const QString &text);
    void updateButtons();

    PlanImportJob *m_job;
    QWidget *m_choices = nullptr;
    QLineEdit *m_source;
    QComboBox *m_format;
    QLineEdit *m_profile;
    QLineEdit *m_target;
    QPushButton *m_preview;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_message;
    ImportStructureModel *m_structure;
    ImportOrganisationModel *m_organisations;
    QTreeView *m_tree;
    QTableView *m_table;
    QPlainTextEdit *m_report;
    QString m_created;
};

} // namespace horisont
