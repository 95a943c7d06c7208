#pragma once

#include <QString>

#include <functional>

namespace horisont::bench {

/// Path of a generated plan with this many activities and transactions,
/// generated once and kept in the build tree (generation is benchmarked
/// separately).
QString generatedPlan(int activities, qint64 transactions);

/// Path of a generated ledger export (UTF-8, the Umeå demo's codes) with
/// this many rows, made once and kept in the build tree.
QString generatedExport(int rows);

/// Peak resident memory, in MiB, of a fresh process that opens the plan as
/// the application does and waits for its verification: measured in a new
/// process so that earlier benchmarks do not inflate the figure.
double peakMemoryOfOpening(const QString &path);

/// The fresh process's side of peakMemoryOfOpening (see main.cpp).
int openForMeasurement(const QString &path);

} // namespace horisont::bench
