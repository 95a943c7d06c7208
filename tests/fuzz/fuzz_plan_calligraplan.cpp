// Fuzz target for the calligraplan plan reader (see fuzz_plan_reader.h): built for
// libFuzzer with clang; the same entry point runs over corpus-calligraplan/ in every
// build (fuzz_plan_calligraplan_regression).
#include "fuzz_plan_reader.h"

#include "planimport/readers/calligraplanreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    horisont::fuzzing::fuzzPlanReader(horisont::readCalligraPlan, data, size, QStringLiteral("/nonexistent/fuzz.plan"));
    return 0;
}
