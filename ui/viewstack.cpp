#include "viewstack.h"

#include "document/plandocument.h"
#include "models/problemsmodel.h"
#include "selection/planselection.h"
#include "views/areasview.h"
#include "views/audittrailview.h"
#include "views/budgetfollowupview.h"
#include "views/changelogview.h"
#include "views/changesview.h"
#include "views/fundingview.h"
#include "views/governanceview.h"
#include "views/logicview.h"
#include "views/organisationsview.h"
#include "views/overviewview.h"
#include "views/problemsview.h"
#include "views/raciview.h"
#include "views/structureview.h"
#include "views/timelineview.h"
#include "views/welcomeview.h"

namespace horisont {

ViewStack::ViewStack(PlanSelection &selection, QWidget *parent)
    : QStackedWidget(parent), m_selection(selection), m_welcome(new WelcomeView(this))
{
    setObjectName(QStringLiteral("views"));
    addWidget(m_welcome);
}

QString ViewStack::title(View view)
{
    switch (view) {
    case Overview:
        return tr("Overview");
    case Structure:
        return tr("Structure");
    case Timeline:
        return tr("Timeline");
    case Responsibilities:
        return tr("Responsibilities");
    case Funding:
        return tr("Funding");
    case BudgetFollowUp:
        return tr("Budget follow-up");
    case Logic:
        return tr("Logic and follow-up");
    case Governance:
        return tr("Decisions and periods");
    case Organisations:
        return tr("Organisations");
    case Areas:
        return tr("Areas");
    case Problems:
        return tr("Problems");
    case AuditTrail:
        return tr("Audit trail");
    case ChangeLog:
        return tr("Change log");
    case Changes:
        return tr("Changes");
    case ViewCount:
        break;
    }
    return {};
}

void ViewStack::setDocument(PlanDocument *document)
{
    if (document != m_document)
        clear();
    m_document = document;
}

void ViewStack::clear()
{
    for (QWidget *&view : m_views) {
        delete view;
        view = nullptr;
    }
    m_structure = nullptr;
    delete m_problems;
    m_problems = nullptr;
}

QWidget *ViewStack::view(View view)
{
    if (!m_document)
        return nullptr;
    if (!m_views[view]) {
        m_views[view] = createView(view);
        addWidget(m_views[view]);
    }
    return m_views[view];
}

ProblemsModel &ViewStack::problemsModel()
{
    if (!m_problems)
        m_problems = new ProblemsModel(*m_document, this);
    return *m_problems;
}

QWidget *ViewStack::createView(View view)
{
    PlanDocument &doc = *m_document;
    switch (view) {
    case Overview: {
        auto *overview = new OverviewView(doc, m_selection, problemsModel());
        connect(overview, &OverviewView::showProblems, this, [this] { Q_EMIT viewRequested(Problems); });
        return overview;
    }
    case Structure:
        m_structure = new StructureView(doc, m_selection);
        connect(m_structure, &StructureView::statusMessage, this, &ViewStack::statusMessage);
        return m_structure;
    case Timeline: {
        auto *timeline = new TimelineView(doc, m_selection);
        connect(timeline, &TimelineView::statusMessage, this, &ViewStack::statusMessage);
        return timeline;
    }
    case Responsibilities: {
        auto *raci = new RaciView(doc, m_selection);
        connect(raci, &RaciView::statusMessage, this, &ViewStack::statusMessage);
        return raci;
    }
    case Funding: {
        auto *funding = new FundingView(doc, m_selection);
        connect(funding, &FundingView::statusMessage, this, &ViewStack::statusMessage);
        return funding;
    }
    case BudgetFollowUp: {
        auto *followUp = new BudgetFollowUpView(doc, m_selection);
        connect(followUp, &BudgetFollowUpView::statusMessage, this, &ViewStack::statusMessage);
        return followUp;
    }
    case Logic: {
        auto *logic = new LogicView(doc, m_selection);
        connect(logic, &LogicView::statusMessage, this, &ViewStack::statusMessage);
        return logic;
    }
    case Governance: {
        auto *governance = new GovernanceView(doc, m_selection);
        connect(governance, &GovernanceView::statusMessage, this, &ViewStack::statusMessage);
        return governance;
    }
    case Organisations:
        return new OrganisationsView(doc, m_selection);
    case Areas:
        return new AreasView(doc, m_selection);
    case Problems: {
        auto *problems = new ProblemsView(problemsModel(), m_selection);
        connect(problems, &ProblemsView::goToItem, this, [this](EntityKind kind) {
            // Sources and allocations are listed under Funding, organisations in theirs; the rest in the structure.
            Q_EMIT viewRequested(kind == EntityKind::FundingSource || kind == EntityKind::Allocation ? Funding
                                 : kind == EntityKind::Organisation                                  ? Organisations
                                                                                                     : Structure);
        });
        return problems;
    }
    case AuditTrail: {
        auto *audit = new AuditTrailView(doc);
        connect(audit, &AuditTrailView::statusMessage, this, &ViewStack::statusMessage);
        connect(audit, &AuditTrailView::itemChosen, &m_selection, &PlanSelection::select); // Properties shows it
        return audit;
    }
    case ChangeLog: {
        auto *log = new ChangeLogView(doc);
        connect(log, &ChangeLogView::itemChosen, &m_selection, &PlanSelection::select); // Properties shows it
        return log;
    }
    case Changes: {
        auto *changes = new ChangesView(doc, m_selection);
        connect(changes, &ChangesView::statusMessage, this, &ViewStack::statusMessage);
        return changes;
    }
    case ViewCount:
        break;
    }
    return nullptr;
}

} // namespace horisont
