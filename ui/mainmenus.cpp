#include "mainmenus.h"

#include "dialogs/exportnotice.h"
#include "dialogs/exportpdfdialog.h"
#include "dialogs/exportspreadsheet.h"
#include "document/plandocument.h"
#include "plansession.h"
#include "recentfiles.h"
#include "scenarios/scenariomenu.h"
#include "versions/versionmenu.h"
#include "views/structureview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QUndoGroup>

namespace horisont {

MainMenus::MainMenus(QMainWindow &window, PlanSession &session, ViewStack &views, QUndoGroup &undoGroup,
                     QDockWidget &properties)
    : QObject(&window), m_window(window), m_session(session), m_views(views)
{
    createActions(undoGroup);
    createMenus(properties);
}

void MainMenus::createActions(QUndoGroup &undoGroup)
{
    for (int v = 0; v < ViewStack::ViewCount; ++v) {
        m_viewActions[v] = new QAction(ViewStack::title(ViewStack::View(v)), &m_window);
        if (v < 9) // Ctrl+1 … Ctrl+9
            m_viewActions[v]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
        connect(m_viewActions[v], &QAction::triggered, this, [this, v] { Q_EMIT viewRequested(ViewStack::View(v)); });
    }
    m_saveCopy = new QAction(tr("Save a &Copy…"), &m_window);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, &m_session, &PlanSession::saveCopy);
    m_exportPdf = new QAction(tr("&Export PDF…"), &m_window);
    m_exportPdf->setShortcut(QKeySequence::Print);
    connect(m_exportPdf, &QAction::triggered, this, &MainMenus::exportPdf);
    m_exportSpreadsheet = new QAction(tr("Export &Spreadsheet…"), &m_window);
    connect(m_exportSpreadsheet, &QAction::triggered, this, [this] {
        if (m_session.document())
            announceExport(exportSpreadsheet(&m_window, *m_session.document()));
    });
    m_publish = new QAction(tr("P&ublish to Server…"), &m_window);
    m_publish->setObjectName(QStringLiteral("publishToServer"));
    connect(m_publish, &QAction::triggered, &m_session, &PlanSession::publishToServer);
    m_close = new QAction(tr("&Close"), &m_window);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, &m_session, &PlanSession::close);
    // Undo and redo differ only in direction; each text is written out for lupdate.
    auto step = [&](const QString &plain, const QString &named, QKeySequence::StandardKey key,
                    void (QUndoGroup::*canChanged)(bool), void (QUndoGroup::*textChanged)(const QString &),
                    bool (PlanDocument::*go)()) {
        auto *action = new QAction(plain, &m_window);
        action->setShortcut(key);
        action->setEnabled(false);
        connect(&undoGroup, canChanged, action, &QAction::setEnabled);
        connect(&undoGroup, textChanged, action, [action, plain, named](const QString &text) {
            action->setText(text.isEmpty() ? plain : named.arg(text));
        });
        connect(action, &QAction::triggered, this, [this, go] {
            if (PlanDocument *document = m_session.document())
                (document->*go)();
        });
        return action;
    };
    m_undo = step(tr("&Undo"), tr("&Undo %1"), QKeySequence::Undo, &QUndoGroup::canUndoChanged,
                  &QUndoGroup::undoTextChanged, &PlanDocument::undo);
    m_redo = step(tr("&Redo"), tr("&Redo %1"), QKeySequence::Redo, &QUndoGroup::canRedoChanged,
                  &QUndoGroup::redoTextChanged, &PlanDocument::redo);
    m_delete = new QAction(tr("&Delete"), &m_window);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (StructureView *structure = m_views.structure(); structure && m_views.currentWidget() == structure)
            structure->deleteSelected();
    });
    m_find = new QAction(tr("&Find…"), &m_window);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        Q_EMIT viewRequested(ViewStack::Structure);
        if (StructureView *structure = m_views.structure())
            structure->startFind();
    });
    m_checkFile = new QAction(tr("&Check File"), &m_window);
    connect(m_checkFile, &QAction::triggered, &m_session, &PlanSession::checkFile);
}

void MainMenus::createMenus(QDockWidget &properties)
{
    QMenu *file = m_window.menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, &m_session, &PlanSession::newPlan);
    file->addAction(tr("New from &Demo…"), &m_session, &PlanSession::newDemoPlan);
    file->addAction(tr("&Open…"), QKeySequence::Open, &m_session, &PlanSession::openWithDialog);
    file->addAction(tr("Open from Ser&ver…"), &m_session, &PlanSession::openFromServer)
        ->setObjectName(QStringLiteral("openFromServer"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Import Plan…"), &m_session, &PlanSession::importPlan)->setObjectName(QStringLiteral("importPlan"));
    file->addSeparator();
    file->addAction(m_publish);
    file->addSeparator();
    file->addAction(m_saveCopy);
    file->addAction(m_exportPdf);
    file->addAction(m_exportSpreadsheet);
    file->addAction(m_close);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = m_window.menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({m_delete, m_find});

    QMenu *view = m_window.menuBar()->addMenu(tr("&View"));
    for (QAction *a : m_viewActions)
        view->addAction(a);
    view->addSeparator();
    QAction *showProperties = properties.toggleViewAction();
    showProperties->setText(tr("&Properties"));
    view->addAction(showProperties);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(&m_window);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &[code, name] :
         {std::pair{QString(), tr("Follow the system")}, std::pair{QStringLiteral("sv"), QStringLiteral("Svenska")},
          std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        const QString chosen = code; // a structured binding is not captured by clang 14
        QAction *a = language->addAction(name, this, [this, chosen] { setLanguage(chosen); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }

    m_versionMenu = new VersionMenu(*m_window.menuBar()->addMenu(tr("Ve&rsions")), m_window, m_session);
    connect(m_versionMenu, &VersionMenu::statusMessage, this, &MainMenus::statusMessage);
    connect(m_versionMenu, &VersionMenu::compareRequested, this, [this] { Q_EMIT viewRequested(ViewStack::Changes); });
    m_scenarioMenu = new ScenarioMenu(*m_window.menuBar()->addMenu(tr("&Scenarios")), m_window, m_session);
    connect(m_scenarioMenu, &ScenarioMenu::statusMessage, this, &MainMenus::statusMessage);

    QMenu *help = m_window.menuBar()->addMenu(tr("&Help"));
    help->addAction(m_checkFile);
    help->addAction(tr("&About Horisont"), this, &MainMenus::about);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainMenus::updateRecentMenu);
}

void MainMenus::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : RecentFiles::list())
        m_recentMenu->addAction(RecentFiles::label(path), this,
                                [this, path] { m_session.open(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainMenus::updateState()
{
    const PlanDocument *document = m_session.document();
    const bool open = document != nullptr;
    m_saveCopy->setEnabled(open);
    m_exportPdf->setEnabled(open);
    m_exportSpreadsheet->setEnabled(open);
    m_close->setEnabled(open);
    m_publish->setEnabled(open && !document->serverLink()); // a plan on a server is already there
    m_publish->setToolTip(open && document->serverLink() ? tr("%1 is already on a server.").arg(document->displayName())
                                                           : QString());
    m_delete->setEnabled(open && !document->isReadOnly());
    m_find->setEnabled(open);
    m_checkFile->setEnabled(open);
    for (QAction *a : m_viewActions)
        a->setEnabled(open);
    m_versionMenu->updateState();
    m_scenarioMenu->updateState();
}

void MainMenus::exportPdf()
{
    if (!m_session.document())
        return;
    ExportPdfDialog dialog(*m_session.document(), &m_window);
    if (dialog.exec() == QDialog::Accepted)
        announceExport(dialog.writtenPath());
}

void MainMenus::announceExport(const QString &path)
{
    if (path.isEmpty())
        return;
    Q_EMIT statusMessage(exportedMessage(path));
    offerToOpen(&m_window, path);
}

void MainMenus::about()
{
    QMessageBox::about(&m_window, tr("About Horisont"),
                       tr("<h3>Horisont %1</h3><p>Plan and follow up a long-term public programme: "
                          "phases, interventions, responsibilities and money over 10–15 years.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainMenus::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(&m_window, tr("Language"),
                             tr("The new language is used from the next start of Horisont."));
}

} // namespace horisont
