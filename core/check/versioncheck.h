#pragma once

#include "check/finding.h"

namespace horisont {

class SqliteStore;

/// The plan's versions as findings: one error ("version-altered") per
/// version whose content or decision no longer matches the digest stored
/// when it was frozen, or that cannot be read. The plan itself may be
/// sound; what was decided can no longer be vouched for.
Findings checkVersions(SqliteStore &store);

} // namespace horisont
