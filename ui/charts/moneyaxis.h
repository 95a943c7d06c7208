#pragma once

#include "money/money.h"

class QCategoryAxis;

namespace horisont {

/// A chart axis of amounts labelled for the UI language ("2 mnkr",
/// "500 000 kr"): Qt Charts' value axis only knows printf formats, so the
/// labels are categories placed on round values. Amounts are plotted in
/// kronor; the conversion to floating point happens only here, for drawing.
/// At most `maxSteps` intervals between the round ticks (at least one).
QCategoryAxis *moneyAxis(Money low, Money high, int maxSteps = 6);

/// An amount as a chart coordinate (kronor).
inline double chartValue(Money amount) { return double(amount.ore()) / 100.0; }

} // namespace horisont
