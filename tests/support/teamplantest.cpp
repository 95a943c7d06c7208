#include "teamplantest.h"

#include "plans.h"

#include "server/serverplans.h"

namespace horisont::test {

void TeamPlanTest::createUsers(const QStringList &users)
{
    if (cluster)
        for (const QString &user : users)
            cluster->createRole(user);
}

void TeamPlanTest::publishDemo(const QList<std::pair<serverroles::Role, QString>> &roles)
{
    ASSERT_TRUE(dir.isValid());
    plan = QStringLiteral("umea%1").arg(++s_published);
    demo = createDemo(dir);
    ASSERT_TRUE(demo);
    QString error;
    ASSERT_TRUE(serverplans::publish(demo->path(), address(plan), &error)) << error.toStdString();
    for (const auto &[role, user] : roles)
        ASSERT_TRUE(serverroles::grant(address(plan), role, user, &error)) << error.toStdString();
    schema = server(QStringLiteral("SELECT schema_name FROM horisont.plans WHERE name = '%1'").arg(plan));
}

std::unique_ptr<PlanDocument> TeamPlanTest::openAs(const QString &user) const
{
    ServerAddress at = address(plan);
    at.user = user;
    QString error;
    auto document = PlanDocument::open(at.toString(), &error);
    EXPECT_TRUE(document) << error.toStdString();
    return document;
}

QString TeamPlanTest::server(const QString &sql)
{
    QString output, error;
    EXPECT_TRUE(cluster->psql(QStringLiteral("planer"), PostgresCluster::superuser(), sql, &output, &error))
        << error.toStdString();
    return output;
}

} // namespace horisont::test
