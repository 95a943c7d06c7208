#include "budget/spread.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Spread)
};
} // namespace

SpreadResult spreadByWeights(Money amount, const std::vector<qint64> &weights)
{
    SpreadResult result;
    if (weights.empty()) {
        result.error = Tr::tr("Choose at least one target to spread the amount over.");
        return result;
    }
    if (amount.isNegative()) {
        result.error = Tr::tr("The amount to spread cannot be negative.");
        return result;
    }
    if (std::any_of(weights.begin(), weights.end(), [](qint64 w) { return w < 0; })) {
        result.error = Tr::tr("A weight cannot be negative.");
        return result;
    }
    if (std::all_of(weights.begin(), weights.end(), [](qint64 w) { return w == 0; })) {
        result.error = Tr::tr("All weights are zero: give at least one target a weight above zero.");
        return result;
    }
    result.parts = amount.allocate(weights);
    return result;
}

SpreadResult spreadEvenly(Money amount, int targets)
{
    return spreadByWeights(amount, std::vector<qint64>(std::size_t(std::max(targets, 0)), 1));
}

} // namespace horisont
