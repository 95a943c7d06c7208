#include "versions/decidedbaseline.h"

#include "plan/plan.h"

namespace horisont {

std::shared_ptr<const Plan> DecidedBaseline::plan(SqliteStore &store, PlanVersion *version)
{
    // Asked after every edit: the id alone tells whether the one read last is still the latest.
    if (m_version && planversions::latestDecidedId(store) == m_version->id) {
        *version = *m_version;
        return m_plan;
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
    return m_plan;
}

} // namespace horisont
