#include "charts/indicatorchartview.h"

#include "document/plandocument.h"
#include "models/indicatortablemodel.h"
#include "plan/plan.h"
#include "selection/planselection.h"
#include "views/tableaccessibility.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {

IndicatorChartView::IndicatorChartView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QComboBox(this)), m_model(new IndicatorTableModel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("indicatorChart"));
    setAccessibleName(tr("Indicator chart"));
    setAccessibleDescription(tr("The table beside the chart holds the same numbers."));
    m_list->setAccessibleName(tr("Indicator to chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    nameTableForAccessibility(m_table, tr("Numbers of the indicator chart"), tr("Columns"), tr("Rows"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 0, Qt::AlignLeft);
    auto *chartAndTable = new QHBoxLayout;
    chartAndTable->addStretch(3); // the chart is painted here
    chartAndTable->addWidget(m_table, 2);
    layout->addLayout(chartAndTable, 1);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_list, &QComboBox::currentIndexChanged, this, &IndicatorChartView::showIndicator);
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
    showIndicator();
}

void IndicatorChartView::showIndicator()
{
    m_dirty = true;
    m_model->setChartData(data());
    m_table->resizeColumnsToContents();
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
    const qreal top = m_list->geometry().bottom() + 8;
    const QRectF area(8, top, std::max(0, m_table->geometry().left() - 16), std::max(0.0, height() - top - 8));
    IndicatorChartPainter::paint(&painter, area, data());
}

} // namespace horisont
