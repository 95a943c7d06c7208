#pragma once

// What every plan reader promises, checked on whatever a fuzzer feeds it:
// a plan with parents before children and periods Horisont can hold, or a
// refusal that says why.
#include "planimport/planreader.h"

#include <cstdlib>

namespace horisont::fuzzcheck {

inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

inline void readAndCheck(PlanReader reader, const QByteArray &bytes, const QString &path)
{
    QString error;
    const auto plan = reader(bytes, path, &error);
    if (!plan) {
        check(!error.isEmpty());
        return;
    }
    for (qsizetype i = 0; i < plan->tasks.size(); ++i) {
        const ForeignTask &t = plan->tasks.at(i);
        check(t.parent >= -1 && t.parent < i);
        check(t.start.isValid() && t.end.isValid());
        check(t.milestone ? t.end == t.start : t.end > t.start);
        for (const int r : t.resources)
            check(r >= 0 && r < plan->resources.size());
        for (const ForeignCost &c : t.costs)
            check(c.account >= -1 && c.account < plan->accounts.size());
    }
    for (qsizetype i = 0; i < plan->resources.size(); ++i)
        check(plan->resources.at(i).parent >= -1 && plan->resources.at(i).parent < i);
    for (qsizetype i = 0; i < plan->accounts.size(); ++i)
        check(plan->accounts.at(i).parent >= -1 && plan->accounts.at(i).parent < i);
}

} // namespace horisont::fuzzcheck
