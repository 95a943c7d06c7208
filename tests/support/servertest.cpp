#include "servertest.h"

namespace horisont::test {

void ServerTest::SetUpTestSuite()
{
    cluster = new PostgresCluster;
    QString error;
    ASSERT_TRUE(cluster->start(&error)) << error.toStdString();
    ASSERT_TRUE(cluster->createDatabase(QStringLiteral("planer"), &error)) << error.toStdString();
}

void ServerTest::TearDownTestSuite()
{
    delete cluster;
    cluster = nullptr;
}

QString ServerTest::uri(const QString &query)
{
    return cluster->uri(QStringLiteral("planer"), PostgresCluster::superuser(), query);
}

ServerAddress ServerTest::address(const QString &plan, const QString &query)
{
    QStringList parts;
    if (!plan.isEmpty())
        parts << QStringLiteral("plan=") + plan;
    if (!query.isEmpty())
        parts << query;
    QString error;
    const auto parsed = serveraddress::parse(uri(parts.join(QLatin1Char('&'))), &error);
    EXPECT_TRUE(parsed) << error.toStdString();
    return parsed.value_or(ServerAddress{});
}

} // namespace horisont::test
