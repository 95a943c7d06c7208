#include "mainwindow.h"

#include "document/plandocument.h"
#include "document/serverlink.h"
#include "mainmenus.h"
#include "plansession.h"
#include "properties/propertypanel.h"
#include "readonlybanner.h"
#include "scenarios/scenariobanner.h"
#include "scenarios/scenariomenu.h"
#include "selection/planselection.h"
#include "team/conflictnotice.h"
#include "team/serverstatus.h"
#include "views/welcomeview.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace horisont {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(std::make_unique<PlanSession>(this)), m_selection(new PlanSelection(this)),
      m_undoGroup(new QUndoGroup(this)), m_navigator(new QListWidget(this)), m_views(new ViewStack(*m_selection, this)),
      m_banner(new ReadOnlyBanner(this)), m_scenarioBanner(new ScenarioBanner(this)),
      m_serverStatus(new ServerStatus(this)), m_propertiesDock(new QDockWidget(tr("Properties"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Views"));
    m_navigator->setFixedWidth(170);
    m_navigator->setSpacing(2);
    for (int v = 0; v < ViewCount; ++v)
        (new QListWidgetItem(viewTitle(View(v)), m_navigator))->setSizeHint(QSize(0, 30));
    connect(m_banner, &ReadOnlyBanner::openForEditingRequested, this, [this] { openPlan(document()->path()); });
    connect(m_banner, &ReadOnlyBanner::breakLockRequested, m_session.get(), &PlanSession::breakLock);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_scenarioBanner);
    rightLayout->addWidget(m_views, 1);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigator);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    // Narrow enough for 1024×600 beside the navigator and a view; dragged
    // wider at will, and closed (View menu brings it back) to give all the room.
    m_propertiesDock->setMinimumWidth(240);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    m_propertiesDock->hide();

    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < ViewCount)
            showView(View(row));
    });
    connect(m_views, &ViewStack::viewRequested, this, &MainWindow::showView);
    connect(m_views, &ViewStack::statusMessage, this, &MainWindow::showMessage);
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(m_serverStatus, &ServerStatus::statusMessage, this, &MainWindow::showMessage);
    // A lost connection turns the plan read-only and a regained one writable: the bar and the menus follow.
    connect(m_serverStatus, &ServerStatus::connectionChanged, this, &MainWindow::updateState);
    WelcomeView *welcome = m_views->welcome();
    PlanSession *session = m_session.get();
    connect(welcome, &WelcomeView::newRequested, session, &PlanSession::newPlan);
    connect(welcome, &WelcomeView::openRequested, session, &PlanSession::openWithDialog);
    connect(welcome, &WelcomeView::demoRequested, session, &PlanSession::newDemoPlan);
    connect(welcome, &WelcomeView::recentRequested, session, &PlanSession::open);
    connect(session, &PlanSession::opened, this, &MainWindow::planOpened);
    connect(session, &PlanSession::aboutToClose, this, &MainWindow::clearViews);
    connect(session, &PlanSession::closed, this, &MainWindow::updateState);
    connect(session, &PlanSession::stateChanged, this, &MainWindow::updateState);
    connect(session, &PlanSession::problemsFound, this, [this] { showView(Problems); });
    connect(session, &PlanSession::statusMessage, this, &MainWindow::showMessage);

    m_menus = new MainMenus(*this, *session, *m_views, *m_undoGroup, *m_propertiesDock);
    connect(m_menus, &MainMenus::viewRequested, this, &MainWindow::showView);
    connect(m_menus, &MainMenus::statusMessage, this, &MainWindow::showMessage);
    connect(m_scenarioBanner, &ScenarioBanner::backToPlanRequested, this,
            [this] { m_menus->scenarioMenu()->workIn(QString()); });
    connect(m_scenarioBanner, &ScenarioBanner::promoteRequested, this, [this] { m_menus->scenarioMenu()->promote(); });
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

PlanDocument *MainWindow::document() const
{
    return m_session->document();
}

bool MainWindow::openPlan(const QString &path)
{
    return m_session->open(path);
}

bool MainWindow::openVersion(const QString &path, const QString &name)
{
    return m_session->openVersion(path, name);
}

MainWindow *MainWindow::openVersionWindow(const QString &path, const QString &name)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->openVersion(path, name)) {
        delete window;
        return nullptr;
    }
    window->show();
    return window;
}

void MainWindow::closePlan()
{
    m_session->close();
}

void MainWindow::planOpened()
{
    PlanDocument &doc = *document();
    m_selection->clear();
    m_views->setDocument(&doc);
    m_properties = new PropertyPanel(doc, *m_selection);
    connect(m_properties, &PropertyPanel::statusMessage, this, &MainWindow::showMessage);
    m_propertiesDock->setWidget(m_properties);
    m_propertiesDock->show();

    m_undoGroup->addStack(doc.undoStack());
    m_undoGroup->setActiveStack(doc.undoStack());
    connect(&doc, &PlanDocument::errorOccurred, this, &MainWindow::showMessage);
    connect(&doc, &PlanDocument::undoRefused, this, &MainWindow::showMessage);
    connect(&doc, &PlanDocument::workingScenarioChanged, this, [this] {
        // What was selected may not be in the scenario (or the plan): start from the mandate.
        m_selection->select(EntityKind::Programme, 1);
        updateState();
    });

    if (ServerLink *link = doc.serverLink())
        connect(link, &ServerLink::editRefused, this, [this](const QString &message) { showConflict(this, message); });
    m_serverStatus->showFor(&doc);
    updateState();
    showView(Structure);
    m_selection->select(EntityKind::Programme, 1); // the mandate, until something else is picked
}

void MainWindow::clearViews()
{
    if (PlanDocument *doc = document())
        m_undoGroup->removeStack(doc->undoStack());
    m_serverStatus->showFor(nullptr);
    m_views->setDocument(nullptr);
    delete m_properties;
    m_properties = nullptr;
    m_propertiesDock->hide();
}

void MainWindow::updateState()
{
    const PlanDocument *doc = document();
    m_navigator->setEnabled(doc != nullptr);
    m_menus->updateState();
    m_banner->showFor(doc);
    m_scenarioBanner->showFor(doc);
    if (!doc)
        setWindowTitle(QStringLiteral("Horisont"));
    else if (doc->shownVersion())
        setWindowTitle(tr("%1 – version «%2» – Horisont").arg(doc->displayName(), doc->shownVersion()->name));
    else if (doc->workingScenario())
        setWindowTitle(tr("%1 – scenario «%2» – Horisont").arg(doc->displayName(), doc->workingScenario()->name));
    else
        setWindowTitle(tr("%1 – Horisont").arg(doc->displayName()));
    if (!doc) {
        m_views->setCurrentWidget(m_views->welcome());
        m_views->welcome()->refreshRecent();
    }
}

void MainWindow::showView(View view)
{
    QWidget *widget = this->view(view);
    if (!widget)
        return;
    const QSignalBlocker blocker(m_navigator); // the navigator follows, it does not lead here
    m_navigator->setCurrentRow(view);
    m_views->setCurrentWidget(widget);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is already on disk: closing never asks to save. A version's
    // window is a visitor: the main window's layout stays what it was.
    if (!document() || !document()->shownVersion()) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
    }
    closePlan();
    event->accept();
}

} // namespace horisont
