#include "charts/indicatorchartview.h"

#include "document/plandocument.h"
#include "plan/plan.h"
#include "selection/planselection.h"

#include <QComboBox>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace horisont {

IndicatorChartView::IndicatorChartView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QComboBox(this))
{
    setObjectName(QStringLiteral("indicatorChart"));
    setAccessibleName(tr("Indicator chart"));
    m_list->setAccessibleName(tr("Indicator to chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        update();
    });
    const Plan &plan = document.plan();
    connect(&plan, &Plan::inserted, this, &IndicatorChartView::scheduleReload);
    connect(&plan, &Plan::removed, this, &IndicatorChartView::scheduleReload);
    connect(&plan, &Plan::changed, this, &IndicatorChartView::scheduleReload);
    connect(&plan, &Plan::reset, this, &IndicatorChartView::scheduleReload);
    connect(&selection, &PlanSelection::changed, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Indicator)
            setIndicator(id);
        else if (kind == EntityKind::Measurement)
            if (const Measurement *m = m_document.plan().find<Measurement>(id))
                setIndicator(m->indicatorId);
    });
    reload();
}

void IndicatorChartView::scheduleReload()
{
    m_dirty = true;
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void IndicatorChartView::reload()
{
    const Id current = indicator();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Indicator &i : m_document.plan().all<Indicator>())
        m_list->addItem(i.name, QVariant::fromValue(i.id));
    const int index = m_list->findData(QVariant::fromValue(current));
    m_list->setCurrentIndex(index >= 0 ? index : 0);
    m_dirty = true;
    update();
}

Id IndicatorChartView::indicator() const
{
    return m_list->currentIndex() >= 0 ? m_list->currentData().value<Id>() : NoId;
}

void IndicatorChartView::setIndicator(Id indicator)
{
    const int index = m_list->findData(QVariant::fromValue(indicator));
    if (index >= 0)
        m_list->setCurrentIndex(index);
}

const IndicatorChartData &IndicatorChartView::data() const
{
    if (m_dirty) {
        m_data = IndicatorChartData::fromPlan(m_document.plan(), indicator(), tr("Whole municipality"));
        m_data.targetLabel = tr("Target");
        m_data.baselineLabel = tr("Baseline");
        m_data.noDataText = tr("No measurements, targets or baseline for this indicator.");
        m_dirty = false;
    }
    return m_data;
}

void IndicatorChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area(8, m_list->geometry().bottom() + 8, width() - 16, height() - m_list->geometry().bottom() - 16);
    IndicatorChartPainter::paint(&painter, area, data());
}

} // namespace horisont
