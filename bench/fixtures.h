#pragma once

#include <QString>

namespace horisont::bench {

/// Path of a generated plan with this many activities and transactions,
/// generated once and kept in the build tree (generation is benchmarked
/// separately).
QString generatedPlan(int activities, qint64 transactions);

/// Peak resident memory of this process so far, in MiB.
double peakMemoryMiB();

} // namespace horisont::bench
