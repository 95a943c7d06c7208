// Fuzz target for the ganttproject plan reader (see fuzz_plan_reader.h): built for
// libFuzzer with clang; the same entry point runs over corpus-ganttproject/ in every
// build (fuzz_plan_ganttproject_regression).
#include "fuzz_plan_reader.h"

#include "planimport/readers/ganttprojectreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    horisont::fuzzing::fuzzPlanReader(horisont::readGanttProject, data, size);
    return 0;
}
