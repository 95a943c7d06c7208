#pragma once

#include <QWidget>

class QTabWidget;

namespace horisont {

class EntityListView;
class PlanDocument;
class PlanSelection;

/// The programme logic and its follow-up as editable lists, one tab each:
/// problems of the situation picture, their causes, goals, indicators and
/// measurements, follow-ups, evaluation recommendations and risks.
class LogicView : public QWidget
{
    Q_OBJECT
public:
    LogicView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QTabWidget *m_tabs;
};

} // namespace horisont
