#pragma once

// The shared body of the plan readers' fuzz targets: whatever a reader makes
// of the bytes, it refuses with a message or returns a plan in ForeignPlan's
// shape (parents before children, milestones of one day, groups before their
// members). The regression runner (every compiler, linked with horisont_core)
// also maps every plan read and holds the mapping to one item per task and
// every cost allocated to the öre.
#include "planimport/planreader.h"

#ifdef HORISONT_FUZZ_MAPPING
#include "planimport/planmapping.h"
#endif

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace horisont::fuzzing {

inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

/// `path` names the input in messages; TaskJuggler resolves includes from
/// its folder, which does not exist, so that no fuzzed include reads a file.
inline void fuzzPlanReader(PlanReader read, const uint8_t *data, size_t size,
                           const QString &path = QStringLiteral("/nonexistent/fuzz.input"))
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ForeignPlan> plan = read(bytes, path, &error);
    if (!plan) {
        // A refusal names the file.
        if (!error.contains(QStringLiteral("fuzz.")))
            std::fprintf(stderr, "refusal without the file's name: %s\n", qPrintable(error));
        check(error.contains(QStringLiteral("fuzz.")));
        return;
    }
    for (qsizetype i = 0; i < plan->tasks.size(); ++i) {
        const ForeignTask &t = plan->tasks[i];
        check(t.parent >= -1 && t.parent < i);
        check(!t.milestone || !t.start.isValid() || t.end == t.start);
        for (int r : t.resources)
            check(r >= 0 && r < plan->resources.size());
        for (const ForeignCost &c : t.costs)
            check(c.account >= -1 && c.account < plan->accounts.size());
    }
    for (qsizetype i = 0; i < plan->resources.size(); ++i)
        check(plan->resources[i].parent >= -1 && plan->resources[i].parent < i);
    for (qsizetype i = 0; i < plan->accounts.size(); ++i)
        check(plan->accounts[i].parent >= -1 && plan->accounts[i].parent < i);
#ifdef HORISONT_FUZZ_MAPPING
    const auto mapped = mapForeignPlan(*plan, path, &error);
    if (!mapped) {
        check(error.contains(QStringLiteral("fuzz.")));
        return;
    }
    const ImportReport &r = mapped->report;
    check(r.phases + r.interventions + r.activities + r.milestones == plan->tasks.size());
    Money costs;
    for (const ForeignTask &t : plan->tasks) {
        for (const ForeignCost &c : t.costs)
            costs += c.amount;
    }
    check(r.allocated == costs);
#endif
}

} // namespace horisont::fuzzing
