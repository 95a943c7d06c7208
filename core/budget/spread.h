#pragma once

#include "money/money.h"

#include <QString>

#include <vector>

namespace horisont {

/// The parts an amount is split into, or why it cannot be split.
struct SpreadResult {
    std::vector<Money> parts; ///< one per weight, summing exactly to the amount; empty on error
    QString error;            ///< translated reason when the split is refused
    bool ok() const { return error.isEmpty(); }
};

/// Splits `amount` over targets in proportion to `weights`, with
/// largest-remainder rounding (Money::allocate): the parts always sum to
/// exactly `amount`, to the öre. Refused, with a message, when there are no
/// targets, the amount or a weight is negative, or every weight is zero
/// (the amount would stay unallocated).
SpreadResult spreadByWeights(Money amount, const std::vector<qint64> &weights);

/// Splits `amount` evenly over `targets` targets; the öre that do not divide
/// evenly go to the first targets, one each.
SpreadResult spreadEvenly(Money amount, int targets);

} // namespace horisont
