#include "check/versioncheck.h"

#include "check/governancecheck.h"
#include "plan/plan.h"
#include "versions/planscenarios.h"

namespace horisont {

Findings checkVersions(SqliteStore &store)
{
    Findings findings;
    for (const QString &problem : planversions::problems(store))
        findings << Finding{Finding::Severity::Error, QStringLiteral("version-altered"), problem};
    for (const QString &problem : planscenarios::problems(store))
        findings << Finding{Finding::Severity::Error, QStringLiteral("scenario-unreadable"), problem};
    return findings;
}

Findings checkGovernance(SqliteStore &store, const Plan &plan, DecidedBaseline &baseline)
{
    PlanVersion version;
    const std::shared_ptr<const Plan> decided = baseline.plan(store, &version);
    return decided ? checkAgainstDecidedVersion(plan, *decided, version) : Findings{};
}

} // namespace horisont
