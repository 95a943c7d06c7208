#pragma once

#include <QWidget>

namespace horisont {

class EntityListView;
class PlanDocument;
class PlanSelection;

/// Funding sources (grants with ceilings, ordinary budgets) and the
/// allocations planned from them, each edited in the property panel.
class FundingView : public QWidget
{
    Q_OBJECT
public:
    FundingView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    EntityListView *sources() const { return m_sources; }
    EntityListView *allocations() const { return m_allocations; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    EntityListView *m_sources;
    EntityListView *m_allocations;
};

} // namespace horisont
