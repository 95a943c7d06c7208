#pragma once

#include <QWidget>

namespace horisont {

class EntityListView;
class PlanDocument;
class PlanSelection;

/// The mandate's governance calendar: its decisions and its periods (terms
/// of office, direction periods), each edited in the property panel.
class GovernanceView : public QWidget
{
    Q_OBJECT
public:
    GovernanceView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    EntityListView *decisions() const { return m_decisions; }
    EntityListView *periods() const { return m_periods; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    EntityListView *m_decisions;
    EntityListView *m_periods;
};

} // namespace horisont
