// Fuzz target for the taskjuggler plan reader (see fuzz_plan_reader.h): built for
// libFuzzer with clang; the same entry point runs over corpus-taskjuggler/ in every
// build (fuzz_plan_taskjuggler_regression).
#include "fuzz_plan_reader.h"

#include "planimport/readers/taskjugglerreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    horisont::fuzzing::fuzzPlanReader(horisont::readTaskJuggler, data, size, QStringLiteral("/nonexistent/fuzz.tjp"));
    return 0;
}
