#pragma once

#include <QWidget>

class QTabWidget;

namespace horisont {

class EntityListView;
class IndicatorChartView;
class LogicDiagram;
class PlanDocument;
class PlanSelection;

/// The programme logic and its follow-up: first the diagram (Problems →
/// Causes → Interventions → Goals → Indicators), then editable lists, one tab each:
/// problems of the situation picture, their causes, goals, indicators and
/// measurements, follow-ups, evaluation recommendations and risks.
class LogicView : public QWidget
{
    Q_OBJECT
public:
    LogicView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    LogicDiagram *diagram() const { return m_diagram; }
    IndicatorChartView *charts() const { return m_charts; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QTabWidget *m_tabs;
    LogicDiagram *m_diagram;
    IndicatorChartView *m_charts = nullptr;
};

} // namespace horisont
