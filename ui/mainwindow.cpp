#include "mainwindow.h"

#include "dialogs/exportspreadsheet.h"
#include "document/plandocument.h"
#include "properties/propertypanel.h"
#include "readonlybanner.h"
#include "recentfiles.h"
#include "selection/planselection.h"
#include "views/structureview.h"
#include "views/welcomeview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace horisont {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_selection(new PlanSelection(this)), m_undoGroup(new QUndoGroup(this)),
      m_navigator(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_welcome(new WelcomeView(this)),
      m_banner(new ReadOnlyBanner(this)), m_propertiesDock(new QDockWidget(tr("Properties"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Views"));
    m_navigator->setFixedWidth(170);
    m_navigator->setSpacing(2);
    m_stack->setObjectName(QStringLiteral("views"));
    m_stack->addWidget(m_welcome);
    connect(m_banner, &ReadOnlyBanner::openForEditingRequested, this, [this] { openPlan(m_document->path()); });
    connect(m_banner, &ReadOnlyBanner::breakLockRequested, this, &MainWindow::breakLock);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigator);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    m_propertiesDock->setMinimumWidth(340);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    m_propertiesDock->hide();

    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < ViewCount)
            showView(View(row));
    });
    auto *welcome = static_cast<WelcomeView *>(m_welcome);
    connect(welcome, &WelcomeView::newRequested, this, &MainWindow::newPlan);
    connect(welcome, &WelcomeView::openRequested, this, &MainWindow::openWithDialog);
    connect(welcome, &WelcomeView::demoRequested, this, &MainWindow::newDemoPlan);
    connect(welcome, &WelcomeView::recentRequested, this, &MainWindow::openPlan);

    createActions();
    createMenus();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1366, 768);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateState();
}

MainWindow::~MainWindow()
{
    clearViews();
}

QString MainWindow::viewTitle(View view) const
{
    switch (view) {
    case Overview: return tr("Overview");
    case Structure: return tr("Structure");
    case Timeline: return tr("Timeline");
    case Responsibilities: return tr("Responsibilities");
    case Funding: return tr("Funding");
    case BudgetFollowUp: return tr("Budget follow-up");
    case Logic: return tr("Logic and follow-up");
    case Governance: return tr("Decisions and periods");
    case Organisations: return tr("Organisations");
    case Areas: return tr("Areas");
    case Problems: return tr("Problems");
    case AuditTrail: return tr("Audit trail");
    case ChangeLog: return tr("Change log");
    case ViewCount: break;
    }
    return {};
}

void MainWindow::createActions()
{
    for (int v = 0; v < ViewCount; ++v) {
        m_viewActions[v] = new QAction(viewTitle(View(v)), this);
        if (v < 9) // Ctrl+1 … Ctrl+9
            m_viewActions[v]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
        connect(m_viewActions[v], &QAction::triggered, this, [this, v] { showView(View(v)); });
        auto *item = new QListWidgetItem(viewTitle(View(v)), m_navigator);
        item->setSizeHint(QSize(0, 30));
    }
    m_saveCopy = new QAction(tr("Save a &Copy…"), this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    m_exportPdf = new QAction(tr("&Export PDF…"), this);
    m_exportPdf->setShortcut(QKeySequence::Print);
    connect(m_exportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    m_exportSpreadsheet = new QAction(tr("Export &Spreadsheet…"), this);
    connect(m_exportSpreadsheet, &QAction::triggered, this, [this] {
        if (m_document && exportSpreadsheet(this, *m_document))
            showMessage(tr("Spreadsheet exported."));
    });
    m_close = new QAction(tr("&Close"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closePlan);
    // Undo and redo go through the document, which steps the stack back
    // over one the plan refuses (see PlanDocument::undo); the group names them.
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undo();
    });
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->redo();
    });
    m_delete = new QAction(tr("&Delete"), this);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_structure && m_stack->currentWidget() == m_structure)
            m_structure->deleteSelected();
    });
    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        showView(Structure);
        m_structure->startFind();
    });
    m_checkFile = new QAction(tr("&Check File"), this);
    connect(m_checkFile, &QAction::triggered, this, &MainWindow::checkFile);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newPlan);
    file->addAction(tr("New from &Demo…"), this, &MainWindow::newDemoPlan);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveCopy);
    file->addAction(m_exportPdf);
    file->addAction(m_exportSpreadsheet);
    file->addAction(m_close);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({m_delete, m_find});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a : m_viewActions)
        view->addAction(a);
    view->addSeparator();
    QAction *properties = m_propertiesDock->toggleViewAction();
    properties->setText(tr("&Properties"));
    view->addAction(properties);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &[code, name] : {std::pair{QString(), tr("Follow the system")},
                                     std::pair{QStringLiteral("sv"), QStringLiteral("Svenska")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name, this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_checkFile);
    help->addAction(tr("&About Horisont"), this, &MainWindow::about);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : RecentFiles::list())
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, this,
                                [this, path] { openPlan(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::updateState()
{
    const bool open = m_document != nullptr;
    m_navigator->setEnabled(open);
    m_saveCopy->setEnabled(open);
    m_exportPdf->setEnabled(open);
    m_exportSpreadsheet->setEnabled(open);
    m_close->setEnabled(open);
    m_delete->setEnabled(open && !m_document->isReadOnly());
    m_find->setEnabled(open);
    m_checkFile->setEnabled(open);
    for (QAction *a : m_viewActions)
        a->setEnabled(open);
    m_banner->showFor(m_document.get());
    setWindowTitle(open ? tr("%1 – Horisont").arg(QFileInfo(m_document->path()).fileName())
                        : QStringLiteral("Horisont"));
    if (!open) {
        m_stack->setCurrentWidget(m_welcome);
        static_cast<WelcomeView *>(m_welcome)->refreshRecent();
    }
}

} // namespace horisont
