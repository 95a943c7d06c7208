#include "views/fundingview.h"

#include "access/rolegate.h"
#include "dialogs/importdialog.h"
#include "document/plandocument.h"
#include "model/columns.h"
#include "views/allocationgridview.h"
#include "views/entitylistview.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace horisont {

FundingView::FundingView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent),
      m_sources(new EntityListView(document, selection, EntityKind::FundingSource,
                                   {columns::code, columns::name, columns::ceiling,
                                    columns::valid_from, columns::valid_until,
                                    columns::grantor},
                                   tr("Funding sources"), this)),
      m_allocations(new EntityListView(document, selection, EntityKind::Allocation,
                                       {columns::year, columns::source_id,
                                        columns::intervention_id, columns::organisation_id,
                                        columns::amount, columns::status},
                                       tr("Allocations"), this)),
      m_grid(new AllocationGridView(document, selection, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("fundingView"));
    auto *importButton = new QPushButton(tr("Import actual spending…"), this);
    rolegate::gate(*importButton, document, rolegate::Work::LedgerImport);
    connect(importButton, &QPushButton::clicked, this, [this, &document] {
        ImportDialog dialog(document, this);
        dialog.exec();
    });
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(importButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sources);
    splitter->addWidget(m_allocations);
    splitter->setStretchFactor(1, 3);
    auto *lists = new QWidget(this);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addLayout(top);
    listsLayout->addWidget(splitter);
    m_tabs->addTab(m_grid, tr("Allocation grid"));
    m_tabs->addTab(lists, tr("Sources and allocations"));
    m_tabs->setAccessibleName(tr("Funding"));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the funding view"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (EntityListView *list : {m_sources, m_allocations})
        connect(list, &EntityListView::statusMessage, this, &FundingView::statusMessage);
    connect(m_grid, &AllocationGridView::statusMessage, this, &FundingView::statusMessage);
}

} // namespace horisont
