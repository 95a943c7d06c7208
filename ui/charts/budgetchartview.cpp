#include "charts/budgetchartview.h"

#include "report/budgetchartobject.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace horisont {
namespace {
constexpr int Margin = 12;
} // namespace

BudgetChartView::BudgetChartView(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumSize(320, 120);
    rebuild();
}

BudgetChartView::~BudgetChartView() = default;

void BudgetChartView::setData(const BudgetBySource &data)
{
    m_data = data;
    rebuild();
    setMinimumHeight(int(m_chart->size().height()) + 2 * Margin); // a scroll area around it scrolls the rest
    updateGeometry();
    update();
}

void BudgetChartView::rebuild()
{
    m_chart = std::make_unique<BudgetChartObject>(m_data.grid, QLocale(), std::max(10, width() - 2 * Margin));
}

QSize BudgetChartView::sizeHint() const
{
    return m_chart->size().toSize().grownBy(QMargins(Margin, Margin, Margin, Margin)).expandedTo(QSize(600, 200));
}

void BudgetChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void BudgetChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area(Margin, Margin, width() - 2 * Margin, m_chart->size().height());
    m_chart->paint(&painter, area, font());
}

} // namespace horisont
