#include "views/logicview.h"

#include "labels/labels.h"
#include "charts/indicatorchartview.h"
#include "model/columns.h"
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
    namespace c = columns;
    using fields = QStringList;
    const struct {
        EntityKind kind;
        QStringList fields;
        QString title;
    } lists[] = {
        {EntityKind::Problem, fields{c::name, c::priority, c::trend, c::situation_picture}, tr("Problems in the situation picture")},
        {EntityKind::Cause, fields{c::problem_id, c::perspective, c::name, c::parent_cause_id}, Labels::kindPlural(EntityKind::Cause)},
        {EntityKind::Goal, fields{c::kind, c::name, c::parent_goal_id, c::target_date}, Labels::kindPlural(EntityKind::Goal)},
        {EntityKind::Indicator, fields{c::goal_id, c::name, c::unit, c::direction, c::baseline, c::baseline_year, c::source},
         Labels::kindPlural(EntityKind::Indicator)},
        {EntityKind::Measurement, fields{c::indicator_id, c::kind, c::year, c::tertial, c::area_id, c::value},
         Labels::kindPlural(EntityKind::Measurement)},
        {EntityKind::FollowUp, fields{c::intervention_id, c::period_start, c::period_end, c::kind, c::hours, c::cost},
         Labels::kindPlural(EntityKind::FollowUp)},
        {EntityKind::Recommendation, fields{c::text, c::owner_organisation_id, c::due_date, c::status},
         Labels::kindPlural(EntityKind::Recommendation)},
        {EntityKind::Risk, fields{c::name, c::likelihood, c::impact, c::owner_organisation_id, c::review_date, c::status},
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
