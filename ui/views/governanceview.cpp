#include "views/governanceview.h"

#include "model/columns.h"
#include "views/entitylistview.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace horisont {

GovernanceView::GovernanceView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent),
      m_decisions(new EntityListView(document, selection, EntityKind::Decision,
                                     {columns::date, columns::body, columns::reference,
                                      columns::text},
                                     tr("Decisions"), this)),
      m_periods(new EntityListView(document, selection, EntityKind::Period,
                                   {columns::kind, columns::name, columns::start,
                                    columns::end, columns::decision_id},
                                   tr("Governance periods"), this))
{
    setObjectName(QStringLiteral("governanceView"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_decisions);
    splitter->addWidget(m_periods);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_decisions, &EntityListView::statusMessage, this, &GovernanceView::statusMessage);
    connect(m_periods, &EntityListView::statusMessage, this, &GovernanceView::statusMessage);
}

} // namespace horisont
