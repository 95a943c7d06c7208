#include "views/fundingview.h"

#include "views/entitylistview.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace horisont {

FundingView::FundingView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent),
      m_sources(new EntityListView(document, selection, EntityKind::FundingSource,
                                   {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("ceiling"),
                                    QStringLiteral("valid_from"), QStringLiteral("valid_until"),
                                    QStringLiteral("grantor")},
                                   tr("Funding sources"), this)),
      m_allocations(new EntityListView(document, selection, EntityKind::Allocation,
                                       {QStringLiteral("year"), QStringLiteral("source_id"),
                                        QStringLiteral("intervention_id"), QStringLiteral("organisation_id"),
                                        QStringLiteral("amount"), QStringLiteral("status")},
                                       tr("Allocations"), this))
{
    setObjectName(QStringLiteral("fundingView"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sources);
    splitter->addWidget(m_allocations);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    for (EntityListView *list : {m_sources, m_allocations})
        connect(list, &EntityListView::statusMessage, this, &FundingView::statusMessage);
}

} // namespace horisont
