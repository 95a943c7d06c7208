#pragma once

#include "check/finding.h"
#include "versions/decidedbaseline.h"

namespace horisont {

class Plan;
class SqliteStore;

/// The plan's versions as findings: one error ("version-altered") per
/// version whose content or decision no longer matches the digest stored
/// when it was frozen, or that cannot be read. The plan itself may be
/// sound; what was decided can no longer be vouched for. And one error
/// ("scenario-unreadable") per scenario that cannot be read.
Findings checkVersions(SqliteStore &store);

/// checkAgainstDecidedVersion (governancecheck.h) against the latest
/// decided version; nothing when there is none.
Findings checkGovernance(SqliteStore &store, const Plan &plan, DecidedBaseline &baseline);

} // namespace horisont
