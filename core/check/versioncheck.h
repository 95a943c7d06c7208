#pragma once

#include "check/finding.h"
#include "versions/planversions.h"

#include <memory>
#include <optional>

namespace horisont {

class Plan;
class SqliteStore;

/// The plan's versions as findings: one error ("version-altered") per
/// version whose content or decision no longer matches the digest stored
/// when it was frozen, or that cannot be read. The plan itself may be
/// sound; what was decided can no longer be vouched for. And one error
/// ("scenario-unreadable") per scenario that cannot be read.
Findings checkVersions(SqliteStore &store);

/// The latest decided version, read once and kept while it stays the
/// latest: the problems panel asks after every edit.
class DecidedBaseline
{
public:
    /// The version's plan and the version, or nullptr when the plan has no
    /// decided version that can be read.
    const Plan *plan(SqliteStore &store, PlanVersion *version);

private:
    std::optional<PlanVersion> m_version;
    std::shared_ptr<Plan> m_plan;
};

/// checkAgainstDecidedVersion (governancecheck.h) against the latest
/// decided version; nothing when there is none.
Findings checkGovernance(SqliteStore &store, const Plan &plan, DecidedBaseline &baseline);

} // namespace horisont
