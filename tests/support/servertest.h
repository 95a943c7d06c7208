#pragma once

// The fixture of the GoogleTest suites that need a real PostgreSQL server:
// one private cluster per suite (postgrescluster.h) with a database
// "planer", and addresses of it.
#include "postgrescluster.h"
#include "server/serveraddress.h"

#include <gtest/gtest.h>

namespace horisont::test {

class ServerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override { ASSERT_TRUE(cluster && cluster->isRunning()) << "no server"; }

    /// postgresql://postgres@localhost:PORT/planer, with `query` when given.
    static QString uri(const QString &query = QString());
    /// The same, parsed (`plan` empty: the database's address).
    static ServerAddress address(const QString &plan = QString(), const QString &query = QString());

    static inline PostgresCluster *cluster = nullptr;
};

} // namespace horisont::test
