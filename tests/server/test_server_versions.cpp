// Versions, scenarios and import removals of a plan on a real PostgreSQL
// server: an owner freezes a version and every window lists it; an editor
// may not (the database refuses); an editor makes and deletes a scenario;
// a controller removes an import, and the other windows' ledgers follow.
#include "teamplantest.h"

#include "document/plandocument.h"
#include "ledger/import/ledgerimport.h"
#include "ledger/importremoval.h"
#include "ledger/ledger.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class ServerVersions : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("olle"), QStringLiteral("cia"), QStringLiteral("erik")});
    }

    void SetUp() override
    {
        TeamPlanTest::SetUp();
        publishDemo({{serverroles::Role::Owner, QStringLiteral("olle")},
                     {serverroles::Role::Controller, QStringLiteral("cia")},
                     {serverroles::Role::Editor, QStringLiteral("erik")}});
    }

    static bool lists(SqliteStore &store, const QString &version)
    {
        for (const PlanVersion &v : planversions::list(store))
            if (v.name == version)
                return true;
        return false;
    }
};

const VersionDecision Adopted{QStringLiteral("Kommunstyrelsen"), QDate(2027, 2, 2), QStringLiteral("KS 2027/7")};

} // namespace

TEST_F(ServerVersions, AnOwnerFreezesAVersionThatEveryWindowLists)
{
    auto olle = openAs(QStringLiteral("olle"));
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(olle && erik);
    QString error;
    ASSERT_TRUE(planversions::freeze(*olle, QStringLiteral("Antagen 2027"), Adopted, QDateTime::currentDateTimeUtc(), &error))
        << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT name || ' ' || frozen_by FROM %1.plan_version").arg(schema)),
              QStringLiteral("Antagen 2027 olle"));
    EXPECT_TRUE(lists(olle->store(), QStringLiteral("Antagen 2027")));
    ASSERT_TRUE(waitFor([&] { return lists(erik->store(), QStringLiteral("Antagen 2027")); }));
    // The version reads the same from the other window's replica.
    PlanVersion latest;
    EXPECT_TRUE(erik->latestDecided(&latest));
    EXPECT_EQ(latest.name, QStringLiteral("Antagen 2027"));
    // An editor may not freeze: the database says so.
    EXPECT_FALSE(planversions::freeze(*erik, QStringLiteral("Egen"), Adopted, QDateTime::currentDateTimeUtc(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.plan_version").arg(schema)), QStringLiteral("1"));
}

TEST_F(ServerVersions, AnEditorMakesAndDeletesAScenario)
{
    auto erik = openAs(QStringLiteral("erik"));
    auto olle = openAs(QStringLiteral("olle"));
    ASSERT_TRUE(erik && olle);
    QString error;
    ASSERT_TRUE(planscenarios::create(*erik, QStringLiteral("Längre"), QString(), QDateTime::currentDateTimeUtc(), &error))
        << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return planscenarios::list(olle->store()).size() == 1; }));
    Plan content;
    ASSERT_TRUE(planscenarios::load(olle->store(), planscenarios::list(olle->store()).first(), content, &error))
        << error.toStdString();
    EXPECT_EQ(content.snapshot(), erik->plan().snapshot()) << "the scenario holds the plan as it was";
    ASSERT_TRUE(planscenarios::remove(*erik, QStringLiteral("Längre"), QDateTime::currentDateTimeUtc(), &error))
        << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.plan_scenario").arg(schema)), QStringLiteral("0"));
    ASSERT_TRUE(waitFor([&] { return planscenarios::list(olle->store()).isEmpty(); }));
}

TEST_F(ServerVersions, AControllerRemovesAnImportEverywhere)
{
    auto cia = openAs(QStringLiteral("cia"));
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(cia && erik);
    const qint64 before = Ledger(cia->store()).totals().count;
    const ImportResult imported =
        LedgerImport::import(*cia, QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv"), {}, {});
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    ASSERT_TRUE(waitFor([&] { return Ledger(erik->store()).totals().count == before + 70; }));
    const qint64 batch = server(QStringLiteral("SELECT max(id) FROM %1.import_batch").arg(schema)).toLongLong();
    QString error;
    ImportBatch removed;
    EXPECT_FALSE(removeImport(*erik, batch, &removed, &error)) << "an editor may not";
    ASSERT_TRUE(removeImport(*cia, batch, &removed, &error)) << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.ledger_transaction").arg(schema)).toLongLong(), before);
    EXPECT_EQ(Ledger(cia->store()).totals().count, before);
    ASSERT_TRUE(waitFor([&] { return Ledger(erik->store()).totals().count == before; }));
}
