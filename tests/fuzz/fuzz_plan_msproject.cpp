// Fuzz target for the msproject plan reader (see fuzz_plan_reader.h): built for
// libFuzzer with clang; the same entry point runs over corpus-msproject/ in every
// build (fuzz_plan_msproject_regression).
#include "fuzz_plan_reader.h"

#include "planimport/readers/msprojectreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    horisont::fuzzing::fuzzPlanReader(horisont::readMsProject, data, size);
    return 0;
}
