// Fuzz target for the ledger import's profile (JSON): any bytes are a
// profile or refused with a message; a profile read is written back and
// read again to the same profile, and maps a header without crashing.
// Built for libFuzzer with clang; fuzz_ledger_profile_regression runs the
// same entry point over corpus-ledger-profile/ in every build.
#include "ledger/import/importprofile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace horisont;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ImportProfile> profile = ImportProfile::fromJson(json, &error);
    if (!profile) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const std::optional<ImportProfile> again = ImportProfile::fromJson(profile->toJson(), &error);
    if (!again || again->toJson() != profile->toJson())
        std::abort();
    ColumnMapping mapping;
    ColumnMapping::map({QStringLiteral("Bilagsnr"), QStringLiteral("Datum"), QStringLiteral("Belopp"),
                        QStringLiteral("Konto"), QStringLiteral("Ansvar")},
                       *profile, &mapping, &error);
    return 0;
}
