// What the Changes view offers to compare (core/versions/comparablestates):
// the current plan and every version, altered ones unavailable and saying
// why, and the default pair — from the latest decided version (else the
// newest readable one) to the current plan; in a version's window, from
// that version.
#include "testsupport.h"

#include "edit/commands.h"
#include "versions/comparablestates.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QDateTime FrozenAt(QDate(2025, 1, 10), QTime(9, 30), Qt::UTC);
const VersionDecision Early{QStringLiteral("Kommunstyrelsen"), QDate(2024, 3, 12), QStringLiteral("KS 2024/117")};
const VersionDecision Later{QStringLiteral("Kommunfullmäktige"), QDate(2024, 11, 25), {}};

class ComparableStatesTest : public test::DemoTest
{
protected:
    void freeze(const QString &name, const VersionDecision &decision)
    {
        QString error;
        ASSERT_TRUE(planversions::freeze(*doc, name, decision, FrozenAt, &error)) << error.toStdString();
    }
    void rename(const QString &name)
    {
        const Id programme = doc->plan().programme().id;
        ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Programme, programme,
                                                               QStringLiteral("name"), name),
                                      QString())
                        .applied());
    }
    static QStringList keys(const ComparableStates &states)
    {
        QStringList all;
        for (const ComparableState &state : states.states)
            all << state.key;
        return all;
    }
    static QString keyAt(const ComparableStates &states, int index) { return states.states.value(index).key; }
};

} // namespace

TEST_F(ComparableStatesTest, APlanWithoutVersionsComparesItselfWithItself)
{
    const ComparableStates states = comparableStates(*doc);
    ASSERT_EQ(states.states.size(), 1);
    EXPECT_EQ(states.states.first().kind, ComparableState::Kind::Current);
    EXPECT_EQ(states.states.first().label, QStringLiteral("The current plan"));
    EXPECT_EQ(states.defaultFrom, 0);
    EXPECT_EQ(states.defaultTo, 0);
    QString error;
    EXPECT_EQ(states.states.first().load(&error).get(), &doc->plan()); // not copied
}

TEST_F(ComparableStatesTest, EveryVersionIsOfferedLabelledByItsDecisionFromTheLatestDecidedToNow)
{
    freeze(QStringLiteral("Antagen"), Later);
    freeze(QStringLiteral("Remiss"), {});
    freeze(QStringLiteral("Tidig"), Early); // frozen last, decided first
    const ComparableStates states = comparableStates(*doc);
    EXPECT_EQ(keys(states), (QStringList{QStringLiteral("current"), QStringLiteral("version:Antagen"),
                                         QStringLiteral("version:Remiss"), QStringLiteral("version:Tidig")}));
    EXPECT_EQ(states.states.at(1).kind, ComparableState::Kind::Decided);
    EXPECT_EQ(states.states.at(1).label, QStringLiteral("Antagen — Kommunfullmäktige, 2024-11-25"));
    EXPECT_EQ(states.states.at(2).kind, ComparableState::Kind::Snapshot);
    EXPECT_EQ(states.states.at(2).label, QStringLiteral("Remiss — snapshot, no decision"));
    EXPECT_EQ(keyAt(states, states.defaultFrom), QStringLiteral("version:Antagen")); // by decision date
    EXPECT_EQ(keyAt(states, states.defaultTo), QStringLiteral("current"));
    EXPECT_EQ(states.indexOf(QStringLiteral("version:Remiss")), 2);
    EXPECT_EQ(states.indexOf(QStringLiteral("version:None")), -1);
}

TEST_F(ComparableStatesTest, WithoutADecisionTheNewestSnapshotIsTheDefault)
{
    freeze(QStringLiteral("Första"), {});
    freeze(QStringLiteral("Andra"), {});
    const ComparableStates states = comparableStates(*doc);
    EXPECT_EQ(keyAt(states, states.defaultFrom), QStringLiteral("version:Andra"));
}

TEST_F(ComparableStatesTest, AVersionLoadsAsFrozenAndTheCurrentPlanAsItIsNow)
{
    const QString frozenName = doc->plan().programme().name;
    freeze(QStringLiteral("Antagen"), Early);
    rename(QStringLiteral("Renamed since"));
    const ComparableStates states = comparableStates(*doc);
    QString error;
    const std::shared_ptr<const Plan> version = states.states.at(states.defaultFrom).load(&error);
    ASSERT_TRUE(version) << error.toStdString();
    EXPECT_EQ(version->programme().name, frozenName);
    EXPECT_EQ(states.states.at(states.defaultTo).load(&error)->programme().name, QStringLiteral("Renamed since"));
}

TEST_F(ComparableStatesTest, AnAlteredVersionIsListedButUnavailableAndNeverTheDefault)
{
    freeze(QStringLiteral("Antagen"), Early);
    freeze(QStringLiteral("Ändrad"), Later);
    const QString path = doc->path();
    doc.reset();
    test::sqlite3(path, QStringLiteral("UPDATE plan_version SET reference = 'KS 2024/118' WHERE name = 'Ändrad';"));
    QString error;
    doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const ComparableStates states = comparableStates(*doc);
    const int altered = states.indexOf(QStringLiteral("version:Ändrad"));
    ASSERT_GE(altered, 0);
    EXPECT_FALSE(states.states.at(altered).isAvailable());
    EXPECT_TRUE(states.states.at(altered).unavailableReason.contains(QStringLiteral("Altered outside Horisont")));
    EXPECT_EQ(keyAt(states, states.defaultFrom), QStringLiteral("version:Antagen"));
}

TEST_F(ComparableStatesTest, InAVersionsWindowTheVersionIsComparedWithThePlanReadFromTheFile)
{
    freeze(QStringLiteral("Antagen"), Early);
    rename(QStringLiteral("Renamed since"));
    QString error;
    auto shown = PlanDocument::open(doc->path(), &error, PlanDocument::Access::ReadOnly);
    ASSERT_TRUE(shown) << error.toStdString();
    ASSERT_TRUE(shown->showVersion(QStringLiteral("Antagen"), &error)) << error.toStdString();
    const ComparableStates states = comparableStates(*shown);
    EXPECT_EQ(keyAt(states, states.defaultFrom), QStringLiteral("version:Antagen"));
    EXPECT_EQ(states.states.at(states.defaultFrom).load(&error).get(), &shown->plan());
    const std::shared_ptr<const Plan> current = states.states.at(states.defaultTo).load(&error);
    ASSERT_TRUE(current) << error.toStdString();
    EXPECT_EQ(current->programme().name, QStringLiteral("Renamed since"));
}

TEST_F(ComparableStatesTest, ScenariosAreOfferedAndAScenarioWindowComparesItsScenario)
{
    freeze(QStringLiteral("Budget 2024"), Early);
    QString error;
    ASSERT_TRUE(planscenarios::create(*doc, QStringLiteral("15 år"), QString(), FrozenAt, &error)) << error.toStdString();
    ComparableStates states = comparableStates(*doc);
    EXPECT_EQ(keys(states), (QStringList{QStringLiteral("current"), QStringLiteral("version:Budget 2024"),
                                         QStringLiteral("scenario:15 år")}));
    EXPECT_EQ(states.states.last().kind, ComparableState::Kind::Scenario);

    ASSERT_TRUE(doc->workInScenario(QStringLiteral("15 år"), &error)) << error.toStdString();
    const QString planName = doc->plan().programme().name;
    rename(QStringLiteral("Renamed in the scenario"));
    states = comparableStates(*doc);
    EXPECT_EQ(keyAt(states, states.defaultFrom), QStringLiteral("version:Budget 2024"));
    EXPECT_EQ(keyAt(states, states.defaultTo), QStringLiteral("scenario:15 år"));
    // The scenario is the document's plan as edited; the current plan is read from the file.
    EXPECT_EQ(states.states.last().load(&error)->programme().name, QStringLiteral("Renamed in the scenario"));
    EXPECT_EQ(states.states.first().load(&error)->programme().name, planName);
}
