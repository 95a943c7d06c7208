#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QCloseEvent;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace horisont {

class PlanDocument;
class PlanSelection;
class PropertyPanel;
class ReadOnlyBanner;
class ProblemsModel;
class StructureView;

/// The application window. It only wires: the navigator, the views of the
/// open plan, the property panel, the menus and the read-only banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum View { Overview, Structure, Timeline, Responsibilities, Funding, BudgetFollowUp, Logic, Governance, Organisations, Areas, Problems, AuditTrail, ChangeLog, ViewCount };
    Q_ENUM(View)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a plan; on failure shows why and keeps the current plan.
    bool openPlan(const QString &path);
    void closePlan();
    PlanDocument *document() const { return m_document.get(); }
    PlanSelection *selection() const { return m_selection; }
    PropertyPanel *propertyPanel() const { return m_properties; }

    void showView(View view);
    /// The view, made when first asked for; nullptr without a plan.
    QWidget *view(View view);
    QString viewTitle(View view) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildViews();
    QWidget *createView(View view);
    void clearViews();
    void updateRecentMenu();
    void updateState();
    void newPlan();
    void newDemoPlan();
    void openWithDialog();
    void saveCopy();
    void exportPdf();
    void checkFile();
    void breakLock();
    void about();
    void setLanguage(const QString &language);
    void showMessage(const QString &message);
    QString askForNewFile(const QString &title);

    std::unique_ptr<PlanDocument> m_document;
    PlanSelection *m_selection;
    QUndoGroup *m_undoGroup;
    QListWidget *m_navigator;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    ReadOnlyBanner *m_banner;
    QDockWidget *m_propertiesDock;
    PropertyPanel *m_properties = nullptr;
    StructureView *m_structure = nullptr;
    /// The plan check the overview and Problems share, made with the first of them.
    ProblemsModel *m_problems = nullptr;
    ProblemsModel &problemsModel();
    QWidget *m_views[ViewCount] = {};
    QMenu *m_recentMenu = nullptr;
    QAction *m_viewActions[ViewCount] = {};
    QAction *m_saveCopy = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportSpreadsheet = nullptr;
    QAction *m_close = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_checkFile = nullptr;
};

} // namespace horisont
