#pragma once

#include "versions/planversions.h"

#include <memory>
#include <optional>

namespace horisont {

class Plan;
class SqliteStore;

/// The latest decided version, read once and kept while it stays the
/// latest: the problems panel, the timeline and the budget follow-up ask
/// after every edit, through the one their document keeps.
class DecidedBaseline
{
public:
    /// The version's plan and the version, or nullptr when the plan has no
    /// decided version that can be read. Shared: a view that keeps it (the
    /// timeline draws from it) keeps it alive after a newer version replaces it here.
    std::shared_ptr<const Plan> plan(SqliteStore &store, PlanVersion *version);

private:
    std::optional<PlanVersion> m_version;
    std::shared_ptr<const Plan> m_plan;
};

} // namespace horisont
