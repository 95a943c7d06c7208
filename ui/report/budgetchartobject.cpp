#include "report/budgetchartobject.h"

#include "elidedtext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace horisont {

namespace {
constexpr double LegendHeight = 22.0;
constexpr double BarRow = 34.0;
constexpr double LabelWidth = 210.0;
constexpr double AmountWidth = 110.0;
const QColor AllocatedColour(0x9cc3e6);
const QColor SpentColour(0x1f3a5f);
// The grid's columns (budgetVsActual).
constexpr std::size_t Allocated = 0;
constexpr std::size_t Spent = 1;
} // namespace

BudgetChartObject::BudgetChartObject(MoneyGrid grid, QLocale locale, double width)
    : m_grid(std::move(grid)), m_locale(std::move(locale)), m_width(width)
{
}

QSizeF BudgetChartObject::size() const
{
    return QSizeF(m_width, LegendHeight + BarRow * double(m_grid.rowCount()) + 6);
}

void BudgetChartObject::paint(QPainter *painter, const QRectF &rect, const QFont &base) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = base;
    font.setPixelSize(11);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    // Legend.
    double x = rect.left();
    for (const auto &[colour, text] : {std::pair{AllocatedColour, m_grid.columns().value(qsizetype(Allocated))},
                                       std::pair{SpentColour, m_grid.columns().value(qsizetype(Spent))}}) {
        painter->fillRect(QRectF(x, rect.top() + 5, 12, 10), colour);
        painter->setPen(QColor(0x1f2933));
        painter->drawText(QPointF(x + 16, rect.top() + 5 + fm.ascent() - 1), text);
        x += 16 + fm.horizontalAdvance(text) + 20;
    }
    Money largest;
    for (const MoneyGrid::Row &row : m_grid.rows())
        largest = std::max({largest, row.cells[Allocated], row.cells[Spent]});
    const double barLeft = rect.left() + LabelWidth;
    const double barWidth = std::max(10.0, rect.width() - LabelWidth - AmountWidth);
    auto length = [&](Money m) {
        return largest.ore() > 0 ? barWidth * double(std::max<qint64>(0, m.ore())) / double(largest.ore()) : 0.0;
    };
    double y = rect.top() + LegendHeight;
    for (const MoneyGrid::Row &row : m_grid.rows()) {
        painter->setPen(QColor(0x1f2933));
        painter->drawText(QRectF(rect.left(), y, LabelWidth - 8, BarRow - 6), Qt::AlignLeft | Qt::AlignVCenter,
                          elidedToWidth(fm, row.label, LabelWidth - 8));
        const QRectF allocated(barLeft, y + 2, std::max(1.0, length(row.cells[Allocated])), (BarRow - 10) / 2);
        const QRectF spent(barLeft, allocated.bottom(), std::max(1.0, length(row.cells[Spent])), (BarRow - 10) / 2);
        painter->fillRect(allocated, AllocatedColour);
        painter->fillRect(spent, SpentColour);
        painter->setPen(QColor(0x3e4c59));
        painter->drawText(QPointF(allocated.right() + 6, allocated.center().y() + fm.ascent() / 2 - 1),
                          row.cells[Allocated].format(m_locale));
        painter->drawText(QPointF(spent.right() + 6, spent.center().y() + fm.ascent() / 2 - 1),
                          row.cells[Spent].format(m_locale));
        y += BarRow;
    }
    painter->setPen(QPen(QColor(0x9aa5b1), 0));
    painter->drawLine(QPointF(barLeft, rect.top() + LegendHeight - 2), QPointF(barLeft, y - 6));
    painter->restore();
}

} // namespace horisont
