// Plans on a real PostgreSQL 15 server follow the file format: a plan made
// genuinely older (format 5, as an earlier Horisont published it) is
// upgraded by its owner to the schema a fresh publish gives, in one
// transaction, keeping every row; the roles work on what a step added; anyone
// else is refused by name, a failing step changes nothing, two upgraders
// serialise, and until it is upgraded the plan is neither opened nor pulled.
#include "teamplantest.h"
#include "olderplan.h"
#include "processes.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "model/structure.h"
#include "server/serverplans.h"
#include "server/servermigration.h"
#include "store/fileformat.h"
#include "store/migrations.h"
#include "store/sqldialect.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace horisont;
using servermigration::Outcome;

namespace {

class ServerMigration : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("olle"), QStringLiteral("erik"), QStringLiteral("anna")});
    }

    void SetUp() override
    {
        TeamPlanTest::SetUp();
        publishDemo({{serverroles::Role::Owner, QStringLiteral("olle")},
                     {serverroles::Role::Editor, QStringLiteral("erik")},
                     {serverroles::Role::Reader, QStringLiteral("anna")}});
        // Descriptions are what format 5 lacks: none, so that the rows read the same before and after.
        server(QStringLiteral("UPDATE %1.activity SET description = ''").arg(schema));
        fresh = shape();
        rows = contents();
        QString error;
        ASSERT_TRUE(test::makeFormat5Plan(*cluster, QStringLiteral("planer"), plan, &error)) << error.toStdString();
        ASSERT_NE(shape(), fresh);
    }

    /// The schema's columns (type, nullability, default, in order), indexes, constraints and grants.
    QString shape() const
    {
        return server(QStringLiteral(
                          "SELECT string_agg(line, E'\\n' ORDER BY line) FROM ("
                          "SELECT table_name || ' ' || row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position) "
                          "|| ' ' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-') AS line "
                          "FROM information_schema.columns WHERE table_schema = '%1' "
                          "UNION ALL SELECT 'index ' || indexname || ' ' || replace(indexdef, '%1', 'S') FROM pg_indexes "
                          "WHERE schemaname = '%1' "
                          "UNION ALL SELECT 'constraint ' || conname || ' ' || replace(pg_get_constraintdef(c.oid), '%1', 'S') "
                          "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = '%1' "
                          "UNION ALL SELECT 'grant ' || table_name || ' ' || grantee || ' ' || privilege_type "
                          "FROM information_schema.role_table_grants WHERE table_schema = '%1') lines")
                          .arg(schema));
    }

    /// Every row of every table of the plan, as text.
    QString contents() const
    {
        const QStringList tables = server(QStringLiteral("SELECT string_agg(table_name, ' ' ORDER BY table_name) FROM "
                                                         "information_schema.tables WHERE table_schema = '%1'")
                                              .arg(schema))
                                       .split(QLatin1Char(' '));
        QString all;
        for (const QString &table : tables)
            all += table + QLatin1Char(':')
                   + server(QStringLiteral("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') "
                                          "FROM %1.%2 t").arg(schema, table))
                   + QLatin1Char('\n');
        return all;
    }

    QString format() const
    {
        return server(QStringLiteral("SELECT format FROM horisont.plans WHERE name = '%1'").arg(plan));
    }

    ServerAddress as(const QString &user) const
    {
        ServerAddress at = address(plan);
        at.user = user;
        return at;
    }

    QString fresh; ///< the schema as publishing made it
    QString rows;  ///< the rows as publishing wrote them
};

} // namespace

TEST_F(ServerMigration, AnUpgradedPlanHasTheSchemaOfAFreshOneAndEveryRow)
{
    QString error;
    const auto before = servermigration::standing(address(plan), &error);
    ASSERT_TRUE(before) << error.toStdString();
    EXPECT_EQ(before->format, 5);
    EXPECT_TRUE(before->needsUpgrade());
    EXPECT_TRUE(before->refusal.isEmpty()) << before->refusal.toStdString();

    int from = 0;
    ASSERT_EQ(servermigration::upgrade(address(plan), &error, &from), Outcome::Upgraded) << error.toStdString();
    EXPECT_EQ(from, 5);
    EXPECT_EQ(format(), QString::number(fileformat::currentVersion()));
    EXPECT_EQ(shape(), fresh);
    EXPECT_EQ(contents(), rows);

    // A second upgrade finds nothing to do and changes nothing.
    EXPECT_EQ(servermigration::upgrade(address(plan), &error, &from), Outcome::AlreadyCurrent);
    EXPECT_EQ(from, fileformat::currentVersion());
    EXPECT_EQ(shape(), fresh);
    EXPECT_FALSE(servermigration::standing(address(plan), &error)->needsUpgrade());
}

TEST_F(ServerMigration, TheRolesWorkOnWhatTheStepAdded)
{
    QString error;
    ASSERT_EQ(servermigration::upgrade(address(plan), &error), Outcome::Upgraded) << error.toStdString();
    const QString write = QStringLiteral("UPDATE %1.activity SET description = 'Ny' WHERE id = (SELECT min(id) FROM %1.activity)")
                              .arg(schema);
    EXPECT_FALSE(cluster->psql(QStringLiteral("planer"), QStringLiteral("anna"), write, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    EXPECT_TRUE(cluster->psql(QStringLiteral("planer"), QStringLiteral("erik"), write, nullptr, &error)) << error.toStdString();

    // The window's way: an editor opens it and describes an activity; a reader pulls it.
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(erik);
    const Id activity = erik->plan().all<Activity>().begin()->id;
    ASSERT_TRUE(erik->execute(commands::setField(*erik, EntityKind::Activity, activity, QStringLiteral("description"),
                                                 QStringLiteral("Trygghetsvandring i Ersboda"))));
    EXPECT_EQ(server(QStringLiteral("SELECT description FROM %1.activity WHERE id = %2").arg(schema).arg(activity)),
              QStringLiteral("Trygghetsvandring i Ersboda"));
    const QString pulled = dir.filePath(QStringLiteral("anna.horisont"));
    ASSERT_TRUE(serverplans::pull(as(QStringLiteral("anna")), pulled, &error)) << error.toStdString();
    auto file = PlanDocument::open(pulled, &error);
    ASSERT_TRUE(file) << error.toStdString();
    EXPECT_EQ(file->plan().find<Activity>(activity)->description, QStringLiteral("Trygghetsvandring i Ersboda"));
}

TEST_F(ServerMigration, OnlyAnOwnerWhoMayAlterTheTablesUpgradesAndIsToldWhoMay)
{
    QString error;
    EXPECT_EQ(servermigration::upgrade(as(QStringLiteral("erik")), &error), Outcome::Refused);
    EXPECT_TRUE(error.contains(QStringLiteral("erik is not an owner of the plan \"%1\"").arg(plan))) << error.toStdString();
    // An owner the plan was granted to does not own its tables (PostgreSQL's rule): the message names who does.
    const auto olle = servermigration::standing(as(QStringLiteral("olle")), &error);
    ASSERT_TRUE(olle);
    EXPECT_TRUE(olle->refusal.contains(QStringLiteral("belong to the database role postgres"))) << olle->refusal.toStdString();
    EXPECT_EQ(servermigration::upgrade(as(QStringLiteral("olle")), &error), Outcome::Refused);
    EXPECT_EQ(error, olle->refusal);
    EXPECT_EQ(format(), QStringLiteral("5"));

    // Newer than this Horisont, or older than any plan on a server: refused by name.
    server(QStringLiteral("UPDATE horisont.plans SET format = %1 WHERE name = '%2'").arg(fileformat::currentVersion() + 1).arg(plan));
    EXPECT_EQ(servermigration::upgrade(address(plan), &error), Outcome::Refused);
    EXPECT_TRUE(error.contains(QStringLiteral("newer than this Horisont"))) << error.toStdString();
    server(QStringLiteral("UPDATE horisont.plans SET format = 4 WHERE name = '%1'").arg(plan));
    EXPECT_EQ(servermigration::upgrade(address(plan), &error), Outcome::Refused);
    EXPECT_TRUE(error.contains(QStringLiteral("format 4")) && error.contains(plan)) << error.toStdString();
    EXPECT_EQ(format(), QStringLiteral("4"));
}

TEST_F(ServerMigration, AFailingStepLeavesThePlanAndItsFormatUntouched)
{
    server(QStringLiteral("ALTER TABLE %1.activity ADD COLUMN description BIGINT").arg(schema));
    const QString conflicting = shape();
    QString error;
    EXPECT_EQ(servermigration::upgrade(address(plan), &error), Outcome::Refused);
    EXPECT_TRUE(error.contains(QStringLiteral("\"%1\" on localhost/planer failed at the step to format 6").arg(plan)))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("description"))) << error.toStdString();
    EXPECT_EQ(format(), QStringLiteral("5"));
    EXPECT_EQ(shape(), conflicting);
}

TEST_F(ServerMigration, TwoUpgradersAtOnceUpgradeOnce)
{
    // A third session holds the plan's row in the register while both start.
    std::unique_ptr<QThread> holder(QThread::create([this] {
        server(QStringLiteral("BEGIN; SELECT 1 FROM horisont.plans WHERE name = '%1' FOR UPDATE; SELECT pg_sleep(1.5); COMMIT")
                   .arg(plan));
    }));
    holder->start();
    QThread::msleep(300);
    Outcome outcomes[2] = {Outcome::Refused, Outcome::Refused};
    QString errors[2];
    std::unique_ptr<QThread> upgraders[2];
    for (int i = 0; i < 2; ++i) {
        upgraders[i].reset(QThread::create([&, i] { outcomes[i] = servermigration::upgrade(address(plan), &errors[i]); }));
        upgraders[i]->start();
    }
    for (auto &thread : upgraders)
        thread->wait();
    holder->wait();
    EXPECT_EQ(int(outcomes[0] == Outcome::Upgraded) + int(outcomes[1] == Outcome::Upgraded), 1)
        << errors[0].toStdString() << errors[1].toStdString();
    EXPECT_EQ(int(outcomes[0] == Outcome::AlreadyCurrent) + int(outcomes[1] == Outcome::AlreadyCurrent), 1);
    EXPECT_EQ(shape(), fresh);
}

TEST_F(ServerMigration, AnOlderPlanIsNeitherOpenedNorPulledUntilUpgraded)
{
    QString error;
    EXPECT_FALSE(PlanDocument::open(as(QStringLiteral("erik")).toString(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is of format 5, older than this Horisont's"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("horisont upgrade"))) << error.toStdString();
    const QString pulled = dir.filePath(QStringLiteral("old.horisont"));
    EXPECT_FALSE(serverplans::pull(address(plan), pulled, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Its owner must upgrade it first"))) << error.toStdString();

    ASSERT_EQ(servermigration::upgrade(address(plan), &error), Outcome::Upgraded) << error.toStdString();
    EXPECT_TRUE(serverplans::pull(address(plan), pulled, &error)) << error.toStdString();
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(erik);
    // Its replica is one of the new format (an older one is never read for it).
    EXPECT_TRUE(erik->store().database().databaseName().endsWith(QStringLiteral("-f%1.horisont").arg(fileformat::currentVersion())))
        << erik->store().database().databaseName().toStdString();
}

TEST_F(ServerMigration, UpgradeOnTheCommandLine)
{
    // The plan's line in `plans` (the suite's other plans are listed too).
    const auto listedLine = [this] {
        const auto listed = test::runHorisont({QStringLiteral("plans"), uri()});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        for (const QString &line : listed.out.split(QLatin1Char('\n')))
            if (line.startsWith(plan + QLatin1Char(' ')))
                return line;
        return QString();
    };
    EXPECT_TRUE(listedLine().endsWith(QStringLiteral("format 5, needs upgrade"))) << listedLine().toStdString();

    const QString erik = cluster->uri(QStringLiteral("planer"), QStringLiteral("erik"), QStringLiteral("plan=") + plan);
    const auto refused = test::runHorisont({QStringLiteral("upgrade"), erik});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("erik is not an owner"))) << refused.err.toStdString();

    const auto upgraded = test::runHorisont({QStringLiteral("upgrade"), uri(QStringLiteral("plan=") + plan)});
    EXPECT_EQ(upgraded.exitCode, 0) << upgraded.err.toStdString();
    EXPECT_TRUE(upgraded.out.contains(QStringLiteral("from format 5 to format %1").arg(fileformat::currentVersion())))
        << upgraded.out.toStdString();
    const auto again = test::runHorisont({QStringLiteral("upgrade"), uri(QStringLiteral("plan=") + plan)});
    EXPECT_EQ(again.exitCode, 1) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing was changed"))) << again.out.toStdString();
    EXPECT_EQ(shape(), fresh);

    EXPECT_TRUE(listedLine().endsWith(QStringLiteral("format %1").arg(fileformat::currentVersion()))) << listedLine().toStdString();
    const auto missing = test::runHorisont({QStringLiteral("upgrade"), uri(QStringLiteral("plan=finnsinte"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("finnsinte"))) << missing.err.toStdString();
    EXPECT_EQ(test::runHorisont({QStringLiteral("upgrade")}).exitCode, 2);
}

TEST(ServerMigrationSteps, EveryStepSinceTheFirstServerFormatRunsOnAServerAndOlderOnesAreNamed)
{
    QString error;
    for (const Migration &m : migrations())
        for (const QString &statement : statementsOf(m)) {
            const auto translated = sqldialect::postgresStatement(statement, &error);
            if (m.version > servermigration::FirstServerFormat)
                EXPECT_TRUE(translated) << m.version << ": " << error.toStdString();
        }
    EXPECT_EQ(sqldialect::postgresStatement(statementsOf(migrations().at(5)).value(0), &error).value_or(QString()),
              QStringLiteral("ALTER TABLE activity ADD COLUMN description TEXT NOT NULL DEFAULT ''"));
    // Types as publishing maps them, references checked at commit as publishing declares them.
    EXPECT_EQ(sqldialect::postgresStatement(QStringLiteral("CREATE TABLE x (\n    id INTEGER PRIMARY KEY,\n    a_id INTEGER "
                                                           "REFERENCES a(id),\n    v REAL NOT NULL DEFAULT 0,\n    b BLOB,\n"
                                                           "    FOREIGN KEY (v) REFERENCES a(id)\n)"),
                                            &error)
                  .value_or(QString()),
              QStringLiteral("CREATE TABLE x (id BIGINT PRIMARY KEY, a_id BIGINT REFERENCES a(id) DEFERRABLE INITIALLY "
                             "DEFERRED, v DOUBLE PRECISION NOT NULL DEFAULT 0, b BYTEA, FOREIGN KEY (v) REFERENCES a(id) "
                             "DEFERRABLE INITIALLY DEFERRED)"));
    EXPECT_EQ(sqldialect::postgresStatement(QStringLiteral("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)"), &error).value_or(QString()),
              QStringLiteral("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0)"));
    EXPECT_EQ(sqldialect::postgresStatement(QStringLiteral("CREATE INDEX t_a ON t(a)"), &error).value_or(QString()),
              QStringLiteral("CREATE INDEX t_a ON t(a)"));
    // What cannot be carried over is refused by name: steps before any plan was on a server hold some.
    EXPECT_FALSE(sqldialect::postgresStatement(statementsOf(migrations().at(3)).value(0), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("name is declared UNIQUE"))) << error.toStdString();
    EXPECT_FALSE(sqldialect::postgresStatement(QStringLiteral("PRAGMA foreign_keys = OFF"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("PRAGMA"))) << error.toStdString();
    EXPECT_FALSE(sqldialect::postgresStatement(QStringLiteral("ALTER TABLE t ADD COLUMN c DATETIME"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("c DATETIME"))) << error.toStdString();
}
