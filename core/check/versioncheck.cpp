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

const Plan *DecidedBaseline::plan(SqliteStore &store, PlanVersion *version)
{
    // Asked after every edit: the id alone tells whether the one read last is still the latest.
    if (m_version && planversions::latestDecidedId(store) == m_version->id) {
        *version = *m_version;
        return m_plan.get();
    }
    const std::optional<PlanVersion> latest = planversions::latestDecided(store);
    if (!latest || !latest->intact) {
        m_version.reset();
        m_plan.reset();
        return nullptr;
    }
    if (!m_version || m_version->id != latest->id) {
        auto loaded = std::make_shared<Plan>();
        QString error;
        if (!planversions::load(store, *latest, *loaded, &error))
            return nullptr; // checkVersions names it
        m_version = latest;
        m_plan = std::move(loaded);
    }
    *version = *m_version;
    return m_plan.get();
}

Findings checkGovernance(SqliteStore &store, const Plan &plan, DecidedBaseline &baseline)
{
    PlanVersion version;
    const Plan *decided = baseline.plan(store, &version);
    return decided ? checkAgainstDecidedVersion(plan, *decided, version) : Findings{};
}

} // namespace horisont
