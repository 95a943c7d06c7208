#pragma once

#include "money/money.h"

#include <QFont>
#include <QLocale>
#include <QRectF>

#include <vector>

class QPainter;

namespace horisont {

/// Budget against actual as horizontal bars, one pair per funding source,
/// drawn as vectors on a pack's page.
class BudgetChartObject
{
public:
    struct Bar {
        QString label;
        Money allocated;
        Money spent;
    };

    BudgetChartObject(std::vector<Bar> bars, QLocale locale, QString allocatedText, QString spentText,
                      double width);

    QSizeF size() const;
    void paint(QPainter *painter, const QRectF &rect, const QFont &base) const;

private:
    std::vector<Bar> m_bars;
    QLocale m_locale;
    QString m_allocatedText;
    QString m_spentText;
    double m_width;
};

} // namespace horisont
