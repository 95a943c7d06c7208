#include "check/versioncheck.h"

#include "versions/planversions.h"

namespace horisont {

Findings checkVersions(SqliteStore &store)
{
    Findings findings;
    for (const QString &problem : planversions::problems(store))
        findings << Finding{Finding::Severity::Error, QStringLiteral("version-altered"), problem};
    return findings;
}

} // namespace horisont
