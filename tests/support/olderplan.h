#pragma once

// A plan on a server made genuinely older: a plan published by this Horisont
// turned into one of format 5 as an earlier Horisont published it (the
// column format 6 added taken away, the register saying 5), for the tests of
// upgrading (core servermigration) from the core, the command line and the window.
#include "postgrescluster.h"

namespace horisont::test {

/// The plan `plan` in `database` made a format-5 plan, as the superuser; false with psql's error.
bool makeFormat5Plan(const PostgresCluster &cluster, const QString &database, const QString &plan,
                     QString *error = nullptr);

} // namespace horisont::test
