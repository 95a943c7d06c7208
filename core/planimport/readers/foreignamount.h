#pragma once

#include "money/money.h"

#include <QStringView>

#include <optional>

namespace horisont::foreignamount {

/// An amount another planner wrote as a plain decimal number with a point:
/// "21000.0", "170", "-12.5", and the exponent form a double's text can take
/// ("1e+06", "1.5e+07", from Calligra Plan). Read exactly, as öre, by moving
/// the decimal point in the text and handing it to Money::parse — never
/// through a double. Nothing with more decimals than öre, nothing beyond
/// Money's bounds.
std::optional<Money> parse(QStringView text);
/// The same without the exponent form, as Money::parse reads it with a point
/// ("1500", "1500.25"): GanttProject's costs and rates.
std::optional<Money> units(QStringView text);
/// An amount in hundredths of the unit ("540000", "1234.5"), as MSPDI
/// writes costs: exact to the öre, half a hundredth rounded away from zero
/// (whatever decimals follow, only the first decides).
std::optional<Money> hundredths(QStringView text);

} // namespace horisont::foreignamount
