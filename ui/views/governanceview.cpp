#include "views/governanceview.h"

#include "views/entitylistview.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace horisont {

GovernanceView::GovernanceView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent),
      m_decisions(new EntityListView(document, selection, EntityKind::Decision,
                                     {QStringLiteral("date"), QStringLiteral("body"), QStringLiteral("reference"),
                                      QStringLiteral("text")},
                                     tr("Decisions"), this)),
      m_periods(new EntityListView(document, selection, EntityKind::Period,
                                   {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("start"),
                                    QStringLiteral("end"), QStringLiteral("decision_id")},
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
