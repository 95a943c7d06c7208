#pragma once

#include "viewstack.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace horisont {

class PlanSession;
class VersionMenu;
class ScenarioMenu;

/// The window's menu bar and its actions: File (plans, copies, exports),
/// Edit (undo and redo named after the command, Delete, Find), View (one
/// entry per view, Ctrl+1…9, the property panel, the language), Versions
/// (VersionMenu) and Help.
/// Undo and redo go through the document, which steps the stack back over a
/// command the plan refuses (see PlanDocument::undo); the undo group only
/// names them.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    MainMenus(QMainWindow &window, PlanSession &session, ViewStack &views, QUndoGroup &undoGroup,
              QDockWidget &properties);

    /// Enables what needs an open plan, and Delete only for a writable one.
    void updateState();
    ScenarioMenu *scenarioMenu() const { return m_scenarioMenu; }

Q_SIGNALS:
    void viewRequested(horisont::ViewStack::View view);
    void statusMessage(const QString &message);

private:
    void createActions(QUndoGroup &undoGroup);
    void createMenus(QDockWidget &properties);
    void updateRecentMenu();
    void exportPdf();
    /// After an export: names the file in the status bar and offers to open it.
    void announceExport(const QString &path);
    void about();
    void setLanguage(const QString &language);

    QMainWindow &m_window;
    PlanSession &m_session;
    ViewStack &m_views;
    QMenu *m_recentMenu = nullptr;
    QAction *m_viewActions[ViewStack::ViewCount] = {};
    QAction *m_saveCopy = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportSpreadsheet = nullptr;
    QAction *m_close = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_checkFile = nullptr;
    VersionMenu *m_versionMenu = nullptr;
    ScenarioMenu *m_scenarioMenu = nullptr;
};

} // namespace horisont
