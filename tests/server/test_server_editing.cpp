// Two windows on one plan on a real PostgreSQL server (two documents, two
// database users, two connections): an edit is on the server when it is
// reported saved and arrives in the other window by notification; edits of
// different fields both stay; an edit of a field the other changed since
// it was shown is refused naming who changed it to what, and so is an undo;
// a reader cannot change anything; a server that goes away leaves the plan
// as it was, and the document recovers when it is back.
#include "teamplantest.h"

#include "document/plandocument.h"
#include "document/serverlink.h"
#include "edit/commands.h"
#include "server/serverplans.h"
#include "server/serverroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class ServerEditing : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("anna"), QStringLiteral("bertil"), QStringLiteral("rita")});
    }

    void SetUp() override
    {
        TeamPlanTest::SetUp();
        publishDemo({{serverroles::Role::Editor, QStringLiteral("anna")},
                     {serverroles::Role::Editor, QStringLiteral("bertil")},
                     {serverroles::Role::Reader, QStringLiteral("rita")}});
        const auto &interventions = demo->plan().all<Intervention>();
        ASSERT_GE(interventions.size(), 2u);
        first = interventions.begin()->id;
        second = std::next(interventions.begin())->id;
    }

    static QString nameOf(const PlanDocument &document, Id id)
    {
        const Intervention *intervention = document.plan().find<Intervention>(id);
        return intervention ? intervention->name : QString();
    }

    static bool rename(PlanDocument &document, Id id, const QString &name)
    {
        return document.execute(commands::setField(document, EntityKind::Intervention, id, QStringLiteral("name"), name));
    }

    Id first = NoId;
    Id second = NoId;
};

} // namespace

TEST_F(ServerEditing, AnEditIsOnTheServerWhenSavedAndArrivesInTheOtherWindow)
{
    auto anna = openAs(QStringLiteral("anna"));
    auto bertil = openAs(QStringLiteral("bertil"));
    ASSERT_TRUE(anna && bertil);
    EXPECT_FALSE(anna->isReadOnly()) << anna->readOnlyReason().toStdString();
    EXPECT_EQ(anna->userName(), QStringLiteral("anna"));
    QSignalSpy arrived(bertil->serverLink(), &ServerLink::changesArrived);

    ASSERT_TRUE(rename(*anna, first, QStringLiteral("Trygghetsvandringar i Ålidhem"))) << anna->lastError().toStdString();
    EXPECT_EQ(nameOf(*anna, first), QStringLiteral("Trygghetsvandringar i Ålidhem"));
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(first)),
              QStringLiteral("Trygghetsvandringar i Ålidhem"));
    // The change log records the database user, whatever the client says.
    EXPECT_EQ(server(QStringLiteral("SELECT user_name || ' ' || field FROM %1.change_log ORDER BY id DESC LIMIT 1").arg(schema)),
              QStringLiteral("anna name"));

    ASSERT_TRUE(waitFor([&] { return nameOf(*bertil, first) == QStringLiteral("Trygghetsvandringar i Ålidhem"); }));
    ASSERT_GE(arrived.count(), 1);
    const auto lines = arrived.last().first().value<QList<ChangeLogEntry>>();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.last().user, QStringLiteral("anna"));
    // The other window's replica has the line too: its change log and packs read it.
    EXPECT_EQ(bertil->store().changeLog(1).first().user, QStringLiteral("anna"));
}

TEST_F(ServerEditing, ChangesToDifferentFieldsBothStay)
{
    auto anna = openAs(QStringLiteral("anna"));
    auto bertil = openAs(QStringLiteral("bertil"));
    ASSERT_TRUE(anna && bertil);
    // Neither has seen the other's change when making its own.
    ASSERT_TRUE(rename(*anna, first, QStringLiteral("Nytt namn")));
    ASSERT_TRUE(bertil->execute(commands::setField(*bertil, EntityKind::Intervention, first, QStringLiteral("code"),
                                                   QStringLiteral("7999"))))
        << bertil->lastError().toStdString();
    EXPECT_EQ(nameOf(*bertil, first), QStringLiteral("Nytt namn")); // taken with bertil's own write
    ASSERT_TRUE(waitFor([&] { return anna->plan().find<Intervention>(first)->code == QStringLiteral("7999"); }));
    EXPECT_EQ(server(QStringLiteral("SELECT name || '/' || code FROM %1.intervention WHERE id = %2").arg(schema).arg(first)),
              QStringLiteral("Nytt namn/7999"));
}

TEST_F(ServerEditing, AChangeToWhatAnotherChangedSinceIsRefusedNamingWhoAndWhat)
{
    auto anna = openAs(QStringLiteral("anna"));
    auto bertil = openAs(QStringLiteral("bertil"));
    ASSERT_TRUE(anna && bertil);
    ASSERT_TRUE(rename(*anna, first, QStringLiteral("Annas namn")));
    // Bertil has not seen it (no events processed) and renames the same item.
    EXPECT_FALSE(rename(*bertil, first, QStringLiteral("Bertils namn")));
    const QString message = bertil->lastError();
    EXPECT_TRUE(message.contains(QStringLiteral("anna"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Annas namn"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("not saved"))) << message.toStdString();
    // His window shows the current value, and nothing of his is on the server or in its log.
    EXPECT_EQ(nameOf(*bertil, first), QStringLiteral("Annas namn"));
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(first)),
              QStringLiteral("Annas namn"));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.change_log WHERE user_name = 'bertil'").arg(schema)),
              QStringLiteral("0"));
    EXPECT_EQ(bertil->undoStack()->count(), 0);
    // Now that he has seen it, his change is taken.
    EXPECT_TRUE(rename(*bertil, first, QStringLiteral("Bertils namn"))) << bertil->lastError().toStdString();
}

TEST_F(ServerEditing, UndoOfWhatAnotherChangedSinceIsRefusedAndTheirChangeStays)
{
    auto anna = openAs(QStringLiteral("anna"));
    auto bertil = openAs(QStringLiteral("bertil"));
    ASSERT_TRUE(anna && bertil);
    const QString original = nameOf(*anna, second);
    ASSERT_TRUE(rename(*anna, second, QStringLiteral("Annas")));
    ASSERT_TRUE(waitFor([&] { return nameOf(*bertil, second) == QStringLiteral("Annas"); }));
    ASSERT_TRUE(rename(*bertil, second, QStringLiteral("Bertils")));
    QSignalSpy refused(anna.get(), &PlanDocument::undoRefused);
    EXPECT_FALSE(anna->undo());
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.first().first().toString().contains(QStringLiteral("bertil"))) << refused.first().first().toString().toStdString();
    EXPECT_EQ(nameOf(*anna, second), QStringLiteral("Bertils"));
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(second)),
              QStringLiteral("Bertils"));
    // Bertil's own undo is his to make.
    EXPECT_TRUE(bertil->undo()) << bertil->lastError().toStdString();
    EXPECT_EQ(nameOf(*bertil, second), QStringLiteral("Annas"));
    ASSERT_TRUE(anna->undo()) << anna->lastError().toStdString(); // back to what Anna changed, hers again to undo
    EXPECT_EQ(nameOf(*anna, second), original);
}

TEST_F(ServerEditing, AReaderReadsButCannotChange)
{
    auto rita = openAs(QStringLiteral("rita"));
    ASSERT_TRUE(rita);
    EXPECT_TRUE(rita->isReadOnly());
    EXPECT_TRUE(rita->readOnlyReason().contains(QStringLiteral("reader"))) << rita->readOnlyReason().toStdString();
    EXPECT_FALSE(rename(*rita, first, QStringLiteral("Ritas")));
    EXPECT_NE(nameOf(*rita, first), QStringLiteral("Ritas"));
}

TEST_F(ServerEditing, NewItemsFromTwoWindowsBothArrive)
{
    auto anna = openAs(QStringLiteral("anna"));
    auto bertil = openAs(QStringLiteral("bertil"));
    ASSERT_TRUE(anna && bertil);
    const Intervention *model = anna->plan().find<Intervention>(first);
    Intervention a = *model, b = *model;
    a.id = b.id = NoId;
    a.name = QStringLiteral("Annas nya");
    b.name = QStringLiteral("Bertils nya");
    EditCommand *added = commands::insert(*anna, a, CommandText::verbatim(QStringLiteral("Add")));
    ASSERT_TRUE(anna->execute(added)) << anna->lastError().toStdString();
    // Bertil has not seen Anna's new item; his new one is given a number of its own or refused, never hers.
    EditCommand *his = commands::insert(*bertil, b, CommandText::verbatim(QStringLiteral("Add")));
    if (!bertil->execute(his)) {
        EXPECT_TRUE(bertil->lastError().contains(QStringLiteral("Try again"))) << bertil->lastError().toStdString();
        ASSERT_TRUE(bertil->execute(commands::insert(*bertil, b, CommandText::verbatim(QStringLiteral("Add")))))
            << bertil->lastError().toStdString();
    }
    ASSERT_TRUE(waitFor([&] {
        int found = 0;
        for (const Intervention &i : anna->plan().all<Intervention>())
            found += i.name == QStringLiteral("Annas nya") || i.name == QStringLiteral("Bertils nya");
        return found == 2;
    }));
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.intervention WHERE name IN ('Annas nya', 'Bertils nya')").arg(schema)),
              QStringLiteral("2"));
}

TEST_F(ServerEditing, AServerThatGoesAwayLeavesThePlanAsItWasAndTheWindowRecovers)
{
    auto anna = openAs(QStringLiteral("anna"));
    ASSERT_TRUE(anna);
    const QString before = server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(first));
    QSignalSpy connection(anna->serverLink(), &ServerLink::connectionChanged);
    ASSERT_TRUE(cluster->stop(true));
    EXPECT_FALSE(rename(*anna, first, QStringLiteral("Under avbrottet")));
    EXPECT_TRUE(anna->lastError().contains(QStringLiteral("connection"))) << anna->lastError().toStdString();
    EXPECT_TRUE(anna->isReadOnly());
    EXPECT_EQ(nameOf(*anna, first), before);
    EXPECT_EQ(anna->undoStack()->count(), 0);
    QString error;
    ASSERT_TRUE(cluster->start(&error)) << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(first)), before);
    ASSERT_TRUE(waitFor([&] { return !anna->isReadOnly(); }, 3 * ServerLink::ReconnectIntervalMs + 5000));
    EXPECT_TRUE(connection.count() >= 2);
    EXPECT_TRUE(rename(*anna, first, QStringLiteral("Efter avbrottet"))) << anna->lastError().toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT name FROM %1.intervention WHERE id = %2").arg(schema).arg(first)),
              QStringLiteral("Efter avbrottet"));
}

TEST_F(ServerEditing, APlanOpenedAgainTakesOnlyWhatChangedMeanwhile)
{
    QString replica;
    {
        auto anna = openAs(QStringLiteral("anna"));
        ASSERT_TRUE(anna);
        replica = anna->path();
        EXPECT_EQ(anna->displayName(), address(plan).describe());
    }
    auto bertil = openAs(QStringLiteral("bertil"));
    ASSERT_TRUE(bertil);
    ASSERT_TRUE(rename(*bertil, first, QStringLiteral("Medan Anna var borta")));
    // Anna's replica was kept on her computer and is brought up to date from the change log.
    const QDateTime keptAt = QFileInfo(replica).lastModified();
    auto anna = openAs(QStringLiteral("anna"));
    ASSERT_TRUE(anna);
    EXPECT_EQ(anna->path(), replica);
    EXPECT_EQ(nameOf(*anna, first), QStringLiteral("Medan Anna var borta"));
    EXPECT_EQ(anna->store().changeLog(1).first().user, QStringLiteral("bertil"));
    EXPECT_GE(QFileInfo(replica).lastModified(), keptAt);
    EXPECT_TRUE(rename(*anna, first, QStringLiteral("Anna igen"))) << anna->lastError().toStdString();
}

TEST_F(ServerEditing, AServerThatCannotBeReachedOpensTheKeptReplicaReadOnly)
{
    {
        auto anna = openAs(QStringLiteral("anna"));
        ASSERT_TRUE(anna);
        ASSERT_TRUE(rename(*anna, first, QStringLiteral("Sparad före avbrottet")));
    }
    ASSERT_TRUE(cluster->stop(true));
    ServerAddress at = address(plan);
    at.user = QStringLiteral("anna");
    QString error;
    auto offline = PlanDocument::open(at.toString(), &error);
    QString restart;
    ASSERT_TRUE(cluster->start(&restart)) << restart.toStdString();
    ASSERT_TRUE(offline) << error.toStdString();
    EXPECT_TRUE(offline->isReadOnly());
    EXPECT_TRUE(offline->readOnlyReason().contains(QStringLiteral("cannot be reached"))) << offline->readOnlyReason().toStdString();
    EXPECT_EQ(offline->displayName(), at.describe());
    EXPECT_EQ(nameOf(*offline, first), QStringLiteral("Sparad före avbrottet"));
    EXPECT_FALSE(rename(*offline, first, QStringLiteral("Offline")));
    // A plan never opened on this computer is refused, naming the server.
    ASSERT_TRUE(cluster->stop(true));
    at.user = QStringLiteral("bertil");
    EXPECT_FALSE(PlanDocument::open(at.toString(), &error));
    ASSERT_TRUE(cluster->start(&restart)) << restart.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("localhost"))) << error.toStdString();
}
