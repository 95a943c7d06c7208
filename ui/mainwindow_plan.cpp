// MainWindow: opening, creating and closing plans, and building their views.
#include "mainwindow.h"

#include "check/plancheck.h"
#include "demo/umeademo.h"
#include "dialogs/exportpdfdialog.h"
#include "models/problemsmodel.h"
#include "document/plandocument.h"
#include "document/planlock.h"
#include "properties/propertypanel.h"
#include "recentfiles.h"
#include "selection/planselection.h"
#include "today.h"
#include "views/areasview.h"
#include "views/audittrailview.h"
#include "views/budgetfollowupview.h"
#include "views/changelogview.h"
#include "views/fundingview.h"
#include "views/governanceview.h"
#include "views/logicview.h"
#include "views/organisationsview.h"
#include "views/overviewview.h"
#include "views/problemsview.h"
#include "views/raciview.h"
#include "views/structureview.h"
#include "views/timelineview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>

namespace horisont {

bool MainWindow::openPlan(const QString &path)
{
    QString error;
    auto document = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite,
                                       PlanDocument::Verification::Background);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open plan"), error);
        RecentFiles::remove(path);
        return false;
    }
    closePlan();
    m_document = std::move(document);
    RecentFiles::add(path);
    buildViews();
    updateState();
    showView(Structure);
    m_selection->select(EntityKind::Programme, 1); // the mandate, until something else is picked
    return true;
}

void MainWindow::breakLock()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    const auto holder = planlock::holder(path);
    if (!holder) {
        openPlan(path);
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Break the Lock"),
        tr("%1 is marked as open by %2.\n\nBreak the lock only if you are sure that Horisont is no longer running "
           "there (for example, that computer crashed). If it is still running, two people could change the plan "
           "at the same time.")
            .arg(QFileInfo(path).fileName(), holder->describe()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!planlock::breakStale(path, &error)) {
        QMessageBox::warning(this, tr("Break the Lock"), error);
        return;
    }
    openPlan(path);
}

void MainWindow::closePlan()
{
    if (!m_document)
        return;
    clearViews();
    m_document.reset();
    updateState();
}

void MainWindow::buildViews()
{
    // Views are made when first shown: opening a large plan builds only the
    // structure and the property panel.
    PlanDocument &doc = *m_document;
    m_selection->clear();
    m_properties = new PropertyPanel(doc, *m_selection);
    connect(m_properties, &PropertyPanel::statusMessage, this, &MainWindow::showMessage);
    m_propertiesDock->setWidget(m_properties);
    m_propertiesDock->show();

    m_undoGroup->addStack(doc.undoStack());
    m_undoGroup->setActiveStack(doc.undoStack());
    connect(&doc, &PlanDocument::errorOccurred, this, &MainWindow::showMessage);
    connect(&doc, &PlanDocument::undoRefused, this, &MainWindow::showMessage);
}

ProblemsModel &MainWindow::problemsModel()
{
    if (!m_problems)
        m_problems = new ProblemsModel(*m_document, this);
    return *m_problems;
}

QWidget *MainWindow::createView(View view)
{
    PlanDocument &doc = *m_document;
    switch (view) {
    case Overview: {
        auto *overview = new OverviewView(doc, *m_selection, problemsModel());
        connect(overview, &OverviewView::showProblems, this, [this] { showView(Problems); });
        return overview;
    }
    case Structure:
        m_structure = new StructureView(doc, *m_selection);
        connect(m_structure, &StructureView::statusMessage, this, &MainWindow::showMessage);
        return m_structure;
    case Timeline: {
        auto *timeline = new TimelineView(doc, *m_selection);
        connect(timeline, &TimelineView::statusMessage, this, &MainWindow::showMessage);
        return timeline;
    }
    case Responsibilities: {
        auto *raci = new RaciView(doc, *m_selection);
        connect(raci, &RaciView::statusMessage, this, &MainWindow::showMessage);
        return raci;
    }
    case Funding: {
        auto *funding = new FundingView(doc, *m_selection);
        connect(funding, &FundingView::statusMessage, this, &MainWindow::showMessage);
        return funding;
    }
    case BudgetFollowUp: {
        auto *followUp = new BudgetFollowUpView(doc, *m_selection);
        connect(followUp, &BudgetFollowUpView::statusMessage, this, &MainWindow::showMessage);
        return followUp;
    }
    case Logic: {
        auto *logic = new LogicView(doc, *m_selection);
        connect(logic, &LogicView::statusMessage, this, &MainWindow::showMessage);
        return logic;
    }
    case Governance: {
        auto *governance = new GovernanceView(doc, *m_selection);
        connect(governance, &GovernanceView::statusMessage, this, &MainWindow::showMessage);
        return governance;
    }
    case Organisations:
        return new OrganisationsView(doc, *m_selection);
    case Areas:
        return new AreasView(doc, *m_selection);
    case Problems: {
        auto *problems = new ProblemsView(problemsModel(), *m_selection);
        connect(problems, &ProblemsView::goToItem, this, [this](EntityKind kind) {
            // Sources and allocations are listed under Funding, organisations in theirs; the rest in the structure.
            showView(kind == EntityKind::FundingSource || kind == EntityKind::Allocation ? Funding
                     : kind == EntityKind::Organisation                                  ? Organisations
                                                                                         : Structure);
        });
        return problems;
    }
    case AuditTrail: {
        auto *audit = new AuditTrailView(doc);
        connect(audit, &AuditTrailView::statusMessage, this, &MainWindow::showMessage);
        connect(audit, &AuditTrailView::itemChosen, m_selection, &PlanSelection::select); // Properties shows it
        return audit;
    }
    case ChangeLog: {
        auto *log = new ChangeLogView(doc);
        connect(log, &ChangeLogView::itemChosen, m_selection, &PlanSelection::select); // Properties shows it
        return log;
    }
    case ViewCount:
        break;
    }
    return nullptr;
}

void MainWindow::clearViews()
{
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    for (QWidget *&view : m_views) {
        delete view;
        view = nullptr;
    }
    m_structure = nullptr;
    delete m_problems;
    m_problems = nullptr;
    delete m_properties;
    m_properties = nullptr;
    m_propertiesDock->hide();
}

void MainWindow::showView(View view)
{
    QWidget *widget = this->view(view);
    if (!widget)
        return;
    const QSignalBlocker blocker(m_navigator); // the navigator follows, it does not lead here
    m_navigator->setCurrentRow(view);
    m_stack->setCurrentWidget(widget);
}

QWidget *MainWindow::view(View view)
{
    if (!m_document)
        return nullptr;
    if (!m_views[view]) {
        m_views[view] = createView(view);
        m_stack->addWidget(m_views[view]);
    }
    return m_views[view];
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

QString MainWindow::askForNewFile(const QString &title)
{
    QString path = QFileDialog::getSaveFileName(this, title, QString(), tr("Horisont plans (*.horisont)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".horisont");
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        QMessageBox::warning(this, title, tr("%1 already exists. Horisont never writes over a plan; choose another name.")
                                              .arg(QFileInfo(path).fileName()));
        return {};
    }
    return path;
}

void MainWindow::newPlan()
{
    const QString path = askForNewFile(tr("New plan"));
    if (path.isEmpty())
        return;
    Programme programme;
    programme.name = tr("New programme");
    programme.start = QDate(today().year() + 1, 1, 1);
    programme.horizonEnd = programme.start.addYears(10);
    QString error;
    if (!PlanDocument::create(path, programme, &error)) {
        QMessageBox::warning(this, tr("New plan"), error);
        return;
    }
    if (openPlan(path))
        m_selection->select(EntityKind::Programme, 1); // start by describing the mandate
}

void MainWindow::newDemoPlan()
{
    const QString path = askForNewFile(tr("New from demo"));
    if (path.isEmpty())
        return;
    QString error;
    if (!demo::createUmea(path, &error)) {
        QMessageBox::warning(this, tr("New from demo"), error);
        return;
    }
    openPlan(path);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                      tr("Horisont plans (*.horisont);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QString(), tr("Horisont plans (*.horisont)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".horisont");
    QString error;
    if (m_document->saveCopy(path, &error))
        showMessage(tr("Saved a copy to %1.").arg(path));
    else
        QMessageBox::warning(this, tr("Save a copy"), error);
}

void MainWindow::exportPdf()
{
    if (!m_document)
        return;
    ExportPdfDialog dialog(*m_document, this);
    dialog.exec();
}

void MainWindow::checkFile()
{
    if (!m_document)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    const bool sound = m_document->waitForVerification(&problem);
    const QString integrity = sound ? m_document->verifyWholeFile() : problem;
    CheckContext context;
    context.ledger = m_document->ledgerTotals();
    const Findings findings = checkPlan(m_document->plan(), context);
    QApplication::restoreOverrideCursor();
    updateState();
    if (integrity != QLatin1String("ok")) {
        QMessageBox::critical(this, tr("Check file"), tr("The file is damaged: %1").arg(integrity));
        return;
    }
    QMessageBox::information(this, tr("Check file"),
                             tr("The file is intact (SQLite's integrity check, its references and the ledger's sums passed).") + QLatin1Char('\n')
                                 + (findings.isEmpty() ? tr("The plan checks found no problems.")
                                                       : tr("The plan checks found %n problem(s).", nullptr,
                                                            int(findings.size()))));
    if (!findings.isEmpty())
        showView(Problems);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Horisont"),
                       tr("<h3>Horisont %1</h3><p>Plan and follow up a long-term public programme: "
                          "phases, interventions, responsibilities and money over 10–15 years.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of Horisont."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is already on disk: closing never asks to save.
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closePlan();
    event->accept();
}

} // namespace horisont
