// Fuzz target for the planner reader (planimport/readers/plannerreader): any bytes
// are read or refused with a message, never a crash or a hang. Built for
// libFuzzer with clang; fuzz_plan_planner_regression runs the same entry
// point over the seed corpus (corpus-planner) in every build.
#include "fuzz_plan_check.h"
#include "planimport/readers/plannerreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    horisont::fuzzcheck::readAndCheck(horisont::readPlanner, bytes, QStringLiteral("/nonexistent/fuzz.planner"));
    return 0;
}
