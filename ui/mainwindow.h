#pragma once

#include "viewstack.h"

#include <QMainWindow>

#include <memory>

class QCloseEvent;
class QDockWidget;
class QListWidget;
class QUndoGroup;

namespace horisont {

class MainMenus;
class PlanDocument;
class PlanSelection;
class PlanSession;
class PropertyPanel;
class ReadOnlyBanner;
class ScenarioBanner;
class ServerStatus;

/// The application window. It only wires: the navigator, the views of the
/// open plan (ViewStack), the property panel, the menus (MainMenus), the
/// read-only banner and the open plan (PlanSession).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using View = ViewStack::View;
    using enum ViewStack::View;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a plan; on failure shows why and keeps the current plan.
    bool openPlan(const QString &path);
    /// Opens the plan read-only showing its version `name`.
    bool openVersion(const QString &path, const QString &name);
    /// A new window (deleted when closed) showing the version `name` of the
    /// plan at `path` read-only; nullptr, after saying why, when it cannot.
    static MainWindow *openVersionWindow(const QString &path, const QString &name);
    void closePlan();
    PlanDocument *document() const;
    PlanSelection *selection() const { return m_selection; }
    PropertyPanel *propertyPanel() const { return m_properties; }
    MainMenus *menus() const { return m_menus; }
    ScenarioBanner *scenarioBanner() const { return m_scenarioBanner; }
    ServerStatus *serverStatus() const { return m_serverStatus; }

    void showView(View view);
    /// The view, made when first asked for; nullptr without a plan.
    QWidget *view(View view) { return m_views->view(view); }
    QString viewTitle(View view) const { return ViewStack::title(view); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void planOpened();
    void clearViews();
    void updateState();
    void showMessage(const QString &message);

    std::unique_ptr<PlanSession> m_session;
    PlanSelection *m_selection;
    QUndoGroup *m_undoGroup;
    QListWidget *m_navigator;
    ViewStack *m_views;
    ReadOnlyBanner *m_banner;
    ScenarioBanner *m_scenarioBanner;
    ServerStatus *m_serverStatus;
    QDockWidget *m_propertiesDock;
    PropertyPanel *m_properties = nullptr;
    MainMenus *m_menus = nullptr;
};

} // namespace horisont
