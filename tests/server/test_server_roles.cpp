// Roles in a server plan, enforced by the database itself: each of reader,
// editor, controller and owner, connecting with psql, can do exactly what its
// role allows and nothing more; only an owner hands roles on or takes them back.
#include "servertest.h"
#include "processes.h"
#include "plans.h"

#include "document/plandocument.h"
#include "server/serverplans.h"
#include "server/serverroles.h"

#include <QTemporaryDir>

using namespace horisont;

namespace {

class ServerRoles : public test::ServerTest
{
protected:
    static void SetUpTestSuite()
    {
        ServerTest::SetUpTestSuite();
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        ASSERT_TRUE(doc);
        const QString file = doc->path();
        doc.reset();
        QString error;
        ASSERT_TRUE(serverplans::publish(file, address(QStringLiteral("umea")), &error)) << error.toStdString();
        for (const char *user : {"anna", "erik", "cia", "olle", "utan"})
            ASSERT_TRUE(cluster->createRole(QString::fromLatin1(user), &error)) << error.toStdString();
        const struct { serverroles::Role role; const char *user; } grants[] = {
            {serverroles::Role::Reader, "anna"}, {serverroles::Role::Editor, "erik"},
            {serverroles::Role::Controller, "cia"}, {serverroles::Role::Owner, "olle"}};
        for (const auto &g : grants)
            ASSERT_TRUE(serverroles::grant(address(QStringLiteral("umea")), g.role, QString::fromLatin1(g.user), &error))
                << error.toStdString();
        QString output;
        ASSERT_TRUE(cluster->psql(QStringLiteral("planer"), test::PostgresCluster::superuser(),
                                  QStringLiteral("SELECT schema_name FROM horisont.plans WHERE name = 'umea'"), &output));
        schema = output;
    }

    /// Whether `user` may run `sql` (with the plan's schema as %1); a refusal must be the database's.
    static bool may(const char *user, const QString &sql)
    {
        QString error;
        const bool ok = cluster->psql(QStringLiteral("planer"), QString::fromLatin1(user), sql.arg(schema), nullptr, &error);
        if (!ok)
            EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << user << ": " << error.toStdString();
        return ok;
    }

    static ServerAddress as(const char *user)
    {
        ServerAddress a = address(QStringLiteral("umea"));
        a.user = QString::fromLatin1(user);
        return a;
    }

    static inline QString schema;
};

} // namespace

TEST_F(ServerRoles, EachRoleDoesExactlyWhatItMayWithPsql)
{
    // WHERE false: the database checks the privilege and changes nothing.
    const QString read = QStringLiteral("SELECT count(*) FROM %1.intervention");
    const QString editStructure = QStringLiteral("UPDATE %1.intervention SET name = name WHERE false");
    const QString editLogic = QStringLiteral("DELETE FROM %1.intervention_goal WHERE false");
    const QString writeLog = QStringLiteral("INSERT INTO %1.change_log SELECT * FROM %1.change_log WHERE false");
    const QString rewriteLog = QStringLiteral("UPDATE %1.change_log SET id = id WHERE false");
    const QString editMoney = QStringLiteral("UPDATE %1.allocation SET amount = amount WHERE false");
    const QString importLedger = QStringLiteral("INSERT INTO %1.ledger_transaction SELECT * FROM %1.ledger_transaction WHERE false");
    const QString freeze = QStringLiteral("INSERT INTO %1.plan_version SELECT * FROM %1.plan_version WHERE false");
    const QString dropPlan = QStringLiteral("DROP TABLE %1.risk");

    const struct { const char *user; bool read, structure, logic, log, money, ledger, versions; } table[] = {
        {"utan", false, false, false, false, false, false, false},
        {"anna", true, false, false, false, false, false, false},
        {"erik", true, true, true, true, false, false, false},
        {"cia", true, true, true, true, true, true, false},
        {"olle", true, true, true, true, true, true, true},
    };
    for (const auto &row : table) {
        SCOPED_TRACE(row.user);
        EXPECT_EQ(may(row.user, read), row.read);
        EXPECT_EQ(may(row.user, editStructure), row.structure);
        EXPECT_EQ(may(row.user, editLogic), row.logic);
        EXPECT_EQ(may(row.user, writeLog), row.log);
        EXPECT_EQ(may(row.user, editMoney), row.money);
        EXPECT_EQ(may(row.user, importLedger), row.ledger);
        EXPECT_EQ(may(row.user, freeze), row.versions);
        EXPECT_FALSE(may(row.user, rewriteLog)) << "the change log is never rewritten";
        QString error;
        EXPECT_FALSE(cluster->psql(QStringLiteral("planer"), QString::fromLatin1(row.user), dropPlan.arg(schema), nullptr, &error));
    }
}

TEST_F(ServerRoles, EveryoneSeesThePlansAndTheirOwnRole)
{
    const struct { const char *user; const char *role; } expected[] = {
        {"utan", ""}, {"anna", "reader"}, {"erik", "editor"}, {"cia", "controller"}, {"olle", "owner"}};
    for (const auto &e : expected) {
        QString error;
        ServerAddress database = as(e.user);
        database.plan.clear();
        const auto plans = serverplans::list(database, &error);
        ASSERT_TRUE(plans) << e.user << ": " << error.toStdString();
        ASSERT_EQ(plans->size(), 1) << e.user;
        EXPECT_EQ(plans->first().yourRole, QString::fromLatin1(e.role)) << e.user;
    }
}

TEST_F(ServerRoles, OnlyAnOwnerHandsRolesOnAndTakesThemBack)
{
    QString error;
    EXPECT_FALSE(serverroles::grant(as("erik"), serverroles::Role::Reader, QStringLiteral("utan"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("utan")) && error.contains(QStringLiteral("umea"))) << error.toStdString();
    EXPECT_FALSE(may("utan", QStringLiteral("SELECT count(*) FROM %1.intervention")));
    EXPECT_FALSE(serverroles::grant(as("cia"), serverroles::Role::Owner, QStringLiteral("cia"), &error)); // not herself either

    ASSERT_TRUE(serverroles::grant(as("olle"), serverroles::Role::Reader, QStringLiteral("utan"), &error)) << error.toStdString();
    EXPECT_TRUE(may("utan", QStringLiteral("SELECT count(*) FROM %1.intervention")));
    EXPECT_FALSE(may("utan", QStringLiteral("UPDATE %1.intervention SET name = name WHERE false")));

    EXPECT_FALSE(serverroles::revoke(as("anna"), QStringLiteral("utan"), &error));
    EXPECT_TRUE(may("utan", QStringLiteral("SELECT count(*) FROM %1.intervention")));
    ASSERT_TRUE(serverroles::revoke(as("olle"), QStringLiteral("utan"), &error)) << error.toStdString();
    EXPECT_FALSE(may("utan", QStringLiteral("SELECT count(*) FROM %1.intervention")));
}

TEST_F(ServerRoles, GrantAndRevokeOnTheCommandLine)
{
    const QString plan = uri(QStringLiteral("plan=umea")).replace(QStringLiteral("postgres@"), QStringLiteral("olle@"));
    const auto granted = test::runHorisont({QStringLiteral("grant"), plan, QStringLiteral("--role"), QStringLiteral("editor"),
                                            QStringLiteral("utan")});
    ASSERT_EQ(granted.exitCode, 0) << granted.err.toStdString();
    EXPECT_TRUE(granted.out.contains(QStringLiteral("utan is now editor of umea"))) << granted.out.toStdString();
    EXPECT_TRUE(may("utan", QStringLiteral("UPDATE %1.intervention SET name = name WHERE false")));
    const auto badRole = test::runHorisont({QStringLiteral("grant"), plan, QStringLiteral("--role"), QStringLiteral("admin"),
                                            QStringLiteral("utan")});
    EXPECT_EQ(badRole.exitCode, 2);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("\"admin\""))) << badRole.err.toStdString();
    const auto revoked = test::runHorisont({QStringLiteral("revoke"), plan, QStringLiteral("utan")});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    EXPECT_FALSE(may("utan", QStringLiteral("SELECT count(*) FROM %1.intervention")));
}
