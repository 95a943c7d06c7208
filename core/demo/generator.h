#pragma once

#include <QString>

#include <memory>

namespace horisont {

class PlanDocument;

/// A deterministic large plan of the demo's shape, for benchmarks and
/// stress tests: 15 years, 5 phases, about 60 organisations, N activities
/// under N/10 interventions, allocations per activity × year × source, and
/// M ledger transactions. The same options always give the same plan.
struct GeneratorOptions {
    int activities = 20000;
    qint64 transactions = 0;
    quint64 seed = 1;
};

std::unique_ptr<PlanDocument> generatePlan(const QString &path, const GeneratorOptions &options, QString *error);

} // namespace horisont
