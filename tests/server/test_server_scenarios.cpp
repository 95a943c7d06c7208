// Working in a scenario of a plan on a real PostgreSQL server, as two
// database users in two windows: an edit in the scenario is on the server
// when saved and arrives in the other window working in it; an edit made
// without having seen the other's is refused naming who changed the
// scenario, and the window then shows the scenario as it is; so is an undo
// of what the other changed since; an owner promotes the scenario, and the
// other windows' plans follow.
#include "teamplantest.h"

#include "document/plandocument.h"
#include "document/serverlink.h"
#include "edit/commands.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString Longer = QStringLiteral("15 år");

class ServerScenarios : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("olle"), QStringLiteral("erik"), QStringLiteral("greta")});
    }

    void SetUp() override
    {
        TeamPlanTest::SetUp();
        publishDemo({{serverroles::Role::Owner, QStringLiteral("olle")},
                     {serverroles::Role::Editor, QStringLiteral("erik")},
                     {serverroles::Role::Editor, QStringLiteral("greta")}});
        const auto &interventions = demo->plan().all<Intervention>();
        ASSERT_GE(interventions.size(), 1u);
        item = interventions.begin()->id;
        shownName = interventions.begin()->name;
    }

    /// Opens the plan as `user`, working in scenario «15 år» (made by the first who asks).
    std::unique_ptr<PlanDocument> inScenario(const QString &user)
    {
        auto document = openAs(user);
        if (!document)
            return nullptr;
        QString error;
        if (!planscenarios::find(document->store(), Longer)
            && !planscenarios::create(*document, Longer, QString(), QDateTime::currentDateTimeUtc(), &error)) {
            ADD_FAILURE() << error.toStdString();
            return nullptr;
        }
        if (!document->workInScenario(Longer, &error)) {
            ADD_FAILURE() << error.toStdString();
            return nullptr;
        }
        return document;
    }

    static bool setField(PlanDocument &document, Id id, const QString &field, const QString &value)
    {
        return document.execute(commands::setField(document, EntityKind::Intervention, id, field, value));
    }

    static QString field(const PlanDocument &document, Id id, QString Intervention::*member)
    {
        const Intervention *found = document.plan().find<Intervention>(id);
        return found ? found->*member : QString();
    }

    /// The scenario's content as the server holds it, read into a plan.
    Intervention onServer(PlanDocument &reader)
    {
        Plan content;
        QString error;
        const auto scenario = planscenarios::find(reader.store(), Longer);
        if (!scenario || !planscenarios::load(reader.store(), *scenario, content, &error))
            ADD_FAILURE() << error.toStdString();
        const Intervention *found = content.find<Intervention>(item);
        return found ? *found : Intervention{};
    }

    Id item = NoId;
    QString shownName;
};

} // namespace

TEST_F(ServerScenarios, AnEditInAScenarioIsOnTheServerAndArrivesInTheOtherWindowWorkingInIt)
{
    auto erik = inScenario(QStringLiteral("erik"));
    auto greta = inScenario(QStringLiteral("greta"));
    ASSERT_TRUE(erik && greta);
    ASSERT_TRUE(setField(*erik, item, QStringLiteral("name"), QStringLiteral("Längre insats"))) << erik->lastError().toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT user_name || ' ' || scenario || ' ' || field FROM %1.change_log "
                                    "ORDER BY id DESC LIMIT 1")
                         .arg(schema)),
              QStringLiteral("erik 15 år name"));
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(item)), shownName)
        << "the plan itself is not changed by an edit in a scenario";
    ASSERT_TRUE(waitFor([&] { return field(*greta, item, &Intervention::name) == QStringLiteral("Längre insats"); }));
    // Greta has now seen it: her edit of another field is saved, and both stay.
    ASSERT_TRUE(setField(*greta, item, QStringLiteral("code"), QStringLiteral("7311"))) << greta->lastError().toStdString();
    ASSERT_TRUE(waitFor([&] { return field(*erik, item, &Intervention::code) == QStringLiteral("7311"); }));
    const Intervention stored = onServer(*greta);
    EXPECT_EQ(stored.name, QStringLiteral("Längre insats"));
    EXPECT_EQ(stored.code, QStringLiteral("7311"));
    // A window working in the plan shows the plan, unchanged.
    auto olle = openAs(QStringLiteral("olle"));
    ASSERT_TRUE(olle);
    EXPECT_EQ(field(*olle, item, &Intervention::name), shownName);
}

TEST_F(ServerScenarios, AnEditMadeWithoutSeeingTheOthersIsRefusedNamingWhoChangedTheScenario)
{
    auto erik = inScenario(QStringLiteral("erik"));
    auto greta = inScenario(QStringLiteral("greta"));
    ASSERT_TRUE(erik && greta);
    QSignalSpy refused(greta->serverLink(), &ServerLink::editRefused);
    ASSERT_TRUE(setField(*erik, item, QStringLiteral("name"), QStringLiteral("Eriks namn")));
    // Greta has not seen it (no events processed): the scenario she changes is no longer what she read.
    EXPECT_FALSE(setField(*greta, item, QStringLiteral("code"), QStringLiteral("7312")));
    const QString message = greta->lastError();
    EXPECT_TRUE(message.contains(QStringLiteral("erik"))) << message.toStdString();
    EXPECT_TRUE(message.contains(Longer)) << message.toStdString();
    EXPECT_EQ(refused.count(), 1);
    // Her window now shows the scenario as it is, and nothing of hers was written.
    EXPECT_EQ(field(*greta, item, &Intervention::name), QStringLiteral("Eriks namn"));
    EXPECT_NE(onServer(*greta).code, QStringLiteral("7312"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.change_log WHERE user_name = 'greta' AND scenario IS NOT NULL")
                         .arg(schema)),
              QStringLiteral("0"));
    // Made again, now that she has seen it, it is saved.
    ASSERT_TRUE(setField(*greta, item, QStringLiteral("code"), QStringLiteral("7312"))) << greta->lastError().toStdString();
    EXPECT_EQ(onServer(*greta).code, QStringLiteral("7312"));
    EXPECT_EQ(onServer(*greta).name, QStringLiteral("Eriks namn"));
}

TEST_F(ServerScenarios, AnUndoOfWhatAnotherChangedSinceIsRefused)
{
    auto erik = inScenario(QStringLiteral("erik"));
    auto greta = inScenario(QStringLiteral("greta"));
    ASSERT_TRUE(erik && greta);
    ASSERT_TRUE(setField(*erik, item, QStringLiteral("name"), QStringLiteral("Eriks namn")));
    ASSERT_TRUE(waitFor([&] { return field(*greta, item, &Intervention::name) == QStringLiteral("Eriks namn"); }));
    ASSERT_TRUE(setField(*greta, item, QStringLiteral("name"), QStringLiteral("Gretas namn")));
    ASSERT_TRUE(waitFor([&] { return field(*erik, item, &Intervention::name) == QStringLiteral("Gretas namn"); }));
    QSignalSpy undoRefused(erik.get(), &PlanDocument::undoRefused);
    EXPECT_FALSE(erik->undo());
    ASSERT_EQ(undoRefused.count(), 1);
    EXPECT_TRUE(undoRefused.first().first().toString().contains(QStringLiteral("greta")))
        << undoRefused.first().first().toString().toStdString();
    EXPECT_EQ(field(*erik, item, &Intervention::name), QStringLiteral("Gretas namn"));
    EXPECT_EQ(onServer(*erik).name, QStringLiteral("Gretas namn")) << "Greta's change stays";
    // Greta's own undo is hers to make.
    EXPECT_TRUE(greta->undo()) << greta->lastError().toStdString();
    EXPECT_EQ(onServer(*greta).name, QStringLiteral("Eriks namn"));
}

TEST_F(ServerScenarios, AnOwnerPromotesAScenarioAndEveryWindowShowsTheNewPlan)
{
    auto erik = inScenario(QStringLiteral("erik"));
    ASSERT_TRUE(erik);
    ASSERT_TRUE(setField(*erik, item, QStringLiteral("name"), QStringLiteral("Det nya namnet")));
    auto olle = openAs(QStringLiteral("olle"));
    auto greta = openAs(QStringLiteral("greta"));
    ASSERT_TRUE(olle && greta);
    QString error;
    const auto snapshot = planscenarios::promote(*olle, Longer, QDateTime::currentDateTimeUtc(), &error);
    ASSERT_TRUE(snapshot) << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(item)),
              QStringLiteral("Det nya namnet"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.plan_scenario").arg(schema)), QStringLiteral("0"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.plan_version WHERE name = '%2'").arg(schema, *snapshot)),
              QStringLiteral("1"));
    EXPECT_EQ(field(*olle, item, &Intervention::name), QStringLiteral("Det nya namnet"));
    ASSERT_TRUE(waitFor([&] { return field(*greta, item, &Intervention::name) == QStringLiteral("Det nya namnet"); }));
    // The window that worked in the scenario is back in the plan, which is now the scenario's.
    ASSERT_TRUE(waitFor([&] { return !erik->workingScenario(); }));
    EXPECT_EQ(field(*erik, item, &Intervention::name), QStringLiteral("Det nya namnet"));
}

TEST_F(ServerScenarios, APromotionOfAScenarioChangedSinceItWasReadIsRefused)
{
    auto erik = inScenario(QStringLiteral("erik"));
    auto olle = openAs(QStringLiteral("olle"));
    ASSERT_TRUE(erik && olle);
    ASSERT_TRUE(waitFor([&] { return planscenarios::find(olle->store(), Longer).has_value(); }));
    const QString before = server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(item));
    // Erik's edit is on the server; Olle's replica has not taken it (no events processed).
    ASSERT_TRUE(setField(*erik, item, QStringLiteral("name"), QStringLiteral("Sent namn")));
    QString error;
    EXPECT_FALSE(planscenarios::promote(*olle, Longer, QDateTime::currentDateTimeUtc(), &error));
    EXPECT_TRUE(error.contains(Longer)) << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(item)), before);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.plan_scenario").arg(schema)), QStringLiteral("1"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.plan_version").arg(schema)), QStringLiteral("0"));
}
