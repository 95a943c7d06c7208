#pragma once

#include <QWidget>

class QTabWidget;

namespace horisont {

class AllocationGridView;
class EntityListView;
class PlanDocument;
class PlanSelection;

/// Funding: the allocation grid (tab 1) and the funding sources (grants
/// with ceilings, ordinary budgets) and allocations as lists, each edited in
/// the property panel, with the ledger import (tab 2).
class FundingView : public QWidget
{
    Q_OBJECT
public:
    FundingView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    EntityListView *sources() const { return m_sources; }
    EntityListView *allocations() const { return m_allocations; }
    AllocationGridView *grid() const { return m_grid; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    EntityListView *m_sources;
    EntityListView *m_allocations;
    AllocationGridView *m_grid;
    QTabWidget *m_tabs;
};

} // namespace horisont
