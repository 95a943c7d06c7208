// Fuzz target for the spreadsheet plan reader (see fuzz_plan_reader.h): built for
// libFuzzer with clang; the same entry point runs over corpus-spreadsheet/ in every
// build (fuzz_plan_spreadsheet_regression).
#include "fuzz_plan_reader.h"

#include "planimport/readers/spreadsheetreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    horisont::fuzzing::fuzzPlanReader(horisont::readPlanSpreadsheet, data, size, QStringLiteral("/nonexistent/fuzz.xlsx"));
    return 0;
}
