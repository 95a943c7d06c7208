#include "views/logicview.h"

#include "labels/labels.h"
#include "charts/indicatorchartview.h"
#include "programmelogic/logicdiagram.h"
#include "views/entitylistview.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace horisont {

LogicView::LogicView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_diagram(new LogicDiagram(document, selection, m_tabs))
{
    setObjectName(QStringLiteral("logicView"));
    m_tabs->setAccessibleName(tr("Programme logic and follow-up"));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the programme logic"));
    const auto fields = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    const struct {
        EntityKind kind;
        QStringList fields;
        QString title;
    } lists[] = {
        {EntityKind::Problem, fields({"name", "priority", "trend", "situation_picture"}), tr("Problems in the situation picture")},
        {EntityKind::Cause, fields({"problem_id", "perspective", "name", "parent_cause_id"}), Labels::kindPlural(EntityKind::Cause)},
        {EntityKind::Goal, fields({"kind", "name", "parent_goal_id", "target_date"}), Labels::kindPlural(EntityKind::Goal)},
        {EntityKind::Indicator, fields({"goal_id", "name", "unit", "direction", "baseline", "baseline_year", "source"}),
         Labels::kindPlural(EntityKind::Indicator)},
        {EntityKind::Measurement, fields({"indicator_id", "kind", "year", "tertial", "area_id", "value"}),
         Labels::kindPlural(EntityKind::Measurement)},
        {EntityKind::FollowUp, fields({"intervention_id", "period_start", "period_end", "kind", "hours", "cost"}),
         Labels::kindPlural(EntityKind::FollowUp)},
        {EntityKind::Recommendation, fields({"text", "owner_organisation_id", "due_date", "status"}),
         Labels::kindPlural(EntityKind::Recommendation)},
        {EntityKind::Risk, fields({"name", "likelihood", "impact", "owner_organisation_id", "review_date", "status"}),
         Labels::kindPlural(EntityKind::Risk)},
    };
    connect(m_diagram, &LogicDiagram::statusMessage, this, &LogicView::statusMessage);
    m_tabs->addTab(m_diagram, tr("Diagram"));
    m_charts = new IndicatorChartView(document, selection, m_tabs);
    m_tabs->addTab(m_charts, tr("Indicator charts"));
    for (const auto &list : lists) {
        auto *view = new EntityListView(document, selection, list.kind, list.fields, list.title, m_tabs);
        connect(view, &EntityListView::statusMessage, this, &LogicView::statusMessage);
        m_tabs->addTab(view, list.title);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace horisont
