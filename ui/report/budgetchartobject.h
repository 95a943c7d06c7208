#pragma once

#include "budget/moneygrid.h"

#include <QFont>
#include <QLocale>
#include <QRectF>


class QPainter;

namespace horisont {

/// Budget against actual as horizontal bars, one pair per row of a
/// budget-against-actual grid (core's budgetBySource: columns Allocated and
/// Spent, their names in the legend), drawn into any QPainter: as vectors on a
/// pack's page and in the follow-up view's chart, one picture from one grid.
class BudgetChartObject
{
public:
    BudgetChartObject(MoneyGrid grid, QLocale locale, double width);

    /// The size the bars need at `width`.
    QSizeF size() const;
    void paint(QPainter *painter, const QRectF &rect, const QFont &base) const;

private:
    MoneyGrid m_grid;
    QLocale m_locale;
    double m_width;
};

} // namespace horisont
