// Fuzz target for the planner plan reader (see fuzz_plan_reader.h): built for
// libFuzzer with clang; the same entry point runs over corpus-planner/ in every
// build (fuzz_plan_planner_regression).
#include "fuzz_plan_reader.h"

#include "planimport/readers/plannerreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    horisont::fuzzing::fuzzPlanReader(horisont::readPlanner, data, size, QStringLiteral("/nonexistent/fuzz.planner"));
    return 0;
}
