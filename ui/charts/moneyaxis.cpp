#include "charts/moneyaxis.h"

#include <QCategoryAxis>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace horisont {

QCategoryAxis *moneyAxis(Money low, Money high, int maxSteps)
{
    maxSteps = std::max(1, maxSteps);
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    qint64 lo = std::min<qint64>(0, low.ore());
    qint64 hi = std::max<qint64>(0, high.ore());
    if (hi == lo)
        hi = lo + 100'00;
    // A round step (1, 2, 2.5 or 5 × 10^k öre) giving at most maxSteps intervals
    // (counted from the rounded ends, which may add one on each side); 2.5
    // keeps a narrow axis of a small overspend and a large remainder from
    // jumping to a step twice as coarse as it needs.
    const qint64 span = hi - lo;
    const auto intervals = [&](qint64 step) {
        const qint64 first = lo >= 0 ? 0 : -((-lo + step - 1) / step) * step;
        const qint64 last = ((hi + step - 1) / step) * step;
        return (last - first) / step;
    };
    qint64 step = 1;
    while (intervals(step) > maxSteps && step <= span) {
        const qint64 magnitude = step;
        if (intervals(magnitude * 2) <= maxSteps) { step = magnitude * 2; break; }
        if (magnitude % 2 == 0 && intervals(magnitude * 5 / 2) <= maxSteps) { step = magnitude * 5 / 2; break; }
        if (intervals(magnitude * 5) <= maxSteps) { step = magnitude * 5; break; }
        step = magnitude * 10;
    }
    const qint64 first = lo >= 0 ? 0 : -((-lo + step - 1) / step) * step;
    const qint64 last = ((hi + step - 1) / step) * step;
    const bool millions = std::max(std::llabs(first), std::llabs(last)) >= 100'000'000; // 1 000 000 kr
    const QLocale locale;
    axis->setStartValue(chartValue(Money::fromOre(first)));
    for (qint64 tick = first; tick <= last; tick += step) {
        const Money amount = Money::fromOre(tick);
        axis->append(amount.format(locale, millions ? Money::Style::Millions : Money::Style::Currency), chartValue(amount));
    }
    axis->setRange(chartValue(Money::fromOre(first)), chartValue(Money::fromOre(last)));
    return axis;
}

} // namespace horisont
