// Fuzz target for the calligraplan reader (planimport/readers/calligraplanreader): any bytes
// are read or refused with a message, never a crash or a hang. Built for
// libFuzzer with clang; fuzz_plan_calligraplan_regression runs the same entry
// point over the seed corpus (corpus-calligraplan) in every build.
#include "fuzz_plan_check.h"
#include "planimport/readers/calligraplanreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    horisont::fuzzcheck::readAndCheck(horisont::readCalligraPlan, bytes, QStringLiteral("/nonexistent/fuzz.plan"));
    return 0;
}
