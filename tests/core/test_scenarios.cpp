// Scenarios in a real plan file: a what-if is edited, undone and logged in
// place of the plan while the plan stays as it was; ids stay unique between
// the two; promoting makes the scenario the plan in one transaction and
// keeps the plan as it was as a snapshot; the ledger is never left without
// the items it has spending on.
#include "testsupport.h"

#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "edit/structurecommands.h"
#include "ledger/import/ledgerimport.h"
#include "ledger/ledger.h"
#include "store/changelogrow.h"
#include "versions/planscenarios.h"
#include "versions/planstates.h"
#include "versions/planversions.h"
#include "versions/sidebyside.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QDateTime Now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
const QString Longer = QStringLiteral("15-year continuation");

class Scenarios : public test::DemoTest
{
protected:
    Id firstIntervention() const { return doc->plan().all<Intervention>().begin()->id; }
    QString nameOf(Id intervention) const { return doc->plan().find<Intervention>(intervention)->name; }

    void rename(Id intervention, const QString &name)
    {
        ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Intervention, intervention,
                                                             QStringLiteral("name"), name),
                                      QString())
                        .applied())
            << doc->lastError().toStdString();
    }

    void makeAndWorkIn(const QString &name, const QString &fromVersion = QString())
    {
        QString error;
        ASSERT_TRUE(planscenarios::create(*doc, name, fromVersion, Now, &error)) << error.toStdString();
        ASSERT_TRUE(doc->workInScenario(name, &error)) << error.toStdString();
    }

    Id addIntervention(const QString &name)
    {
        const Id phase = doc->plan().all<Phase>().begin()->id;
        EXPECT_TRUE(commands::execute(*doc, structure::addIntervention(*doc, phase, name), QString()).applied());
        Id newest = NoId;
        for (const Intervention &i : doc->plan().all<Intervention>())
            newest = std::max(newest, i.id);
        return newest;
    }

    QString planTableName(Id intervention) const
    {
        return test::sqlite3(doc->path(), QStringLiteral("SELECT name FROM intervention WHERE id = %1;").arg(intervention));
    }
};

} // namespace

TEST_F(Scenarios, EditsInAScenarioLeaveThePlanAsItWasAndAreLoggedUnderItsName)
{
    const Id intervention = firstIntervention();
    const QString original = nameOf(intervention);
    const QList<Record> plan = doc->plan().snapshot();
    makeAndWorkIn(Longer);
    EXPECT_EQ(doc->plan().snapshot(), plan); // made of the plan as it is
    EXPECT_FALSE(doc->undoStack()->canUndo());

    rename(intervention, QStringLiteral("Renamed in the what-if"));
    EXPECT_EQ(planTableName(intervention), original); // the plan's tables are untouched
    const QList<ChangeLogEntry> log = doc->store().changeLog(1);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().scenario, Longer);
    EXPECT_EQ(log.first().newValue, QStringLiteral("Renamed in the what-if"));

    // Reopened: the scenario kept its edit, the plan did not get it.
    const QString path = doc->path();
    doc.reset();
    QString error;
    doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_EQ(nameOf(intervention), original);
    ASSERT_TRUE(doc->workInScenario(Longer, &error)) << error.toStdString();
    EXPECT_EQ(nameOf(intervention), QStringLiteral("Renamed in the what-if"));
    ASSERT_TRUE(doc->workInPlan(&error));
    EXPECT_EQ(doc->plan().snapshot(), plan);
}

TEST_F(Scenarios, UndoInAScenarioRestoresItsContentOnDisk)
{
    const Id intervention = firstIntervention();
    const QString original = nameOf(intervention);
    makeAndWorkIn(Longer);
    const QList<Record> before = doc->plan().snapshot();
    rename(intervention, QStringLiteral("Tried"));
    ASSERT_TRUE(doc->undo());
    EXPECT_EQ(doc->plan().snapshot(), before);
    Plan stored;
    QString error;
    ASSERT_TRUE(planscenarios::load(doc->store(), *planscenarios::find(doc->store(), Longer), stored, &error));
    EXPECT_EQ(stored.snapshot(), before);
    EXPECT_EQ(doc->store().changeLog(1).first().action, QStringLiteral("undo"));
    EXPECT_EQ(doc->store().changeLog(1).first().scenario, Longer);
}

TEST_F(Scenarios, AnIdIsNeverGivenToTwoItemsInTheScenarioAndThePlan)
{
    makeAndWorkIn(Longer);
    const Id inScenario = addIntervention(QStringLiteral("Only in the scenario"));
    QString error;
    ASSERT_TRUE(doc->workInPlan(&error));
    const Id inPlan = addIntervention(QStringLiteral("Only in the plan"));
    EXPECT_NE(inScenario, inPlan);
    EXPECT_GT(inPlan, inScenario);
    // Also after the plan's newest item is deleted and the file reopened.
    ASSERT_TRUE(commands::execute(*doc, commands::remove(*doc, EntityKind::Intervention, {inPlan}), QString()).applied());
    const QString path = doc->path();
    doc.reset();
    doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc);
    EXPECT_GT(addIntervention(QStringLiteral("Later in the plan")), inPlan);
}

TEST_F(Scenarios, PromotingMakesTheScenarioThePlanAndKeepsThePlanAsASnapshot)
{
    const Id intervention = firstIntervention();
    const QList<Record> planBefore = doc->plan().snapshot();
    makeAndWorkIn(Longer);
    rename(intervention, QStringLiteral("Continued to 2032"));
    const Id added = addIntervention(QStringLiteral("Added in the scenario"));
    const QList<Record> scenario = doc->plan().snapshot();

    QString error;
    const auto snapshot = planscenarios::promote(*doc, Longer, Now, &error);
    ASSERT_TRUE(snapshot) << error.toStdString();
    EXPECT_FALSE(doc->workingScenario());
    EXPECT_EQ(doc->plan().snapshot(), scenario);
    EXPECT_FILE_MATCHES_MEMORY(*doc);
    EXPECT_EQ(planTableName(added), QStringLiteral("Added in the scenario"));
    EXPECT_FALSE(planscenarios::find(doc->store(), Longer));

    // The plan as it was is a snapshot, not a decision.
    const auto kept = planversions::find(doc->store(), *snapshot);
    ASSERT_TRUE(kept);
    EXPECT_FALSE(kept->decision.isDecided());
    EXPECT_TRUE(snapshot->contains(Longer));
    Plan wasPlan;
    ASSERT_TRUE(planversions::load(doc->store(), *kept, wasPlan, &error)) << error.toStdString();
    EXPECT_EQ(wasPlan.snapshot(), planBefore);

    // Each change is in the change log as an edit of the plan.
    QSqlQuery q(doc->store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE scenario IS NULL AND entity = 'intervention' "
                                      "AND command LIKE '%Promote scenario%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2); // the rename and the new intervention
    EXPECT_EQ(doc->verifyWholeFile(), QStringLiteral("ok"));
}

TEST_F(Scenarios, AScenarioWithoutAnItemTheLedgerHasSpendingOnCannotBecomeThePlan)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Before the new intervention"), {}, Now, &error));
    const Id added = addIntervention(QStringLiteral("Nattvandring Teg"));
    ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Intervention, added, QStringLiteral("code"),
                                                         QStringLiteral("7999")),
                                  QString())
                    .applied());
    const QString ledger = dir.filePath(QStringLiteral("teg.csv"));
    ASSERT_TRUE(test::writeFile(ledger, "Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\r\n"
                                        "26901;1;2026-11-02;5090;6100;2750;UTV;7999;1 250,00;Reflexvästar\r\n"));
    const ImportResult imported = LedgerImport::import(*doc, ledger, {}, {});
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    ASSERT_TRUE(planscenarios::create(*doc, Longer, QStringLiteral("Before the new intervention"), Now, &error))
        << error.toStdString();
    const QByteArray hash = test::fileHash(doc->path());

    EXPECT_FALSE(planscenarios::promote(*doc, Longer, Now, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Nattvandring Teg"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("ledger"))) << error.toStdString();
    EXPECT_EQ(test::fileHash(doc->path()), hash);
    EXPECT_TRUE(planscenarios::find(doc->store(), Longer));
}

TEST_F(Scenarios, NamesAreUniqueAcrossVersionsAndScenarios)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("KS 2024"), {}, Now, &error));
    EXPECT_FALSE(planscenarios::create(*doc, QStringLiteral("KS 2024"), QString(), Now, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("version"))) << error.toStdString();
    EXPECT_FALSE(planscenarios::create(*doc, QStringLiteral(" current "), QString(), Now, &error));
    EXPECT_FALSE(planscenarios::create(*doc, QString(501, QLatin1Char('x')), QString(), Now, &error));
    ASSERT_TRUE(planscenarios::create(*doc, Longer, QString(), Now, &error));
    EXPECT_FALSE(planscenarios::create(*doc, Longer, QString(), Now, &error));
    EXPECT_FALSE(planversions::freeze(*doc, Longer, {}, Now, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("scenario"))) << error.toStdString();
    EXPECT_FALSE(planscenarios::create(*doc, QStringLiteral("x"), QStringLiteral("No such version"), Now, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("KS 2024"))) << error.toStdString();
}

TEST_F(Scenarios, WhatCannotBeDoneInAScenarioIsRefusedByName)
{
    makeAndWorkIn(Longer);
    QString error;
    EXPECT_FALSE(planversions::freeze(*doc, QStringLiteral("V"), {}, Now, &error));
    EXPECT_TRUE(error.contains(Longer)) << error.toStdString();
    EXPECT_FALSE(planscenarios::remove(*doc, Longer, Now, &error));
    EXPECT_TRUE(error.contains(Longer)) << error.toStdString();
    const ImportResult imported = LedgerImport::import(*doc, test::testDataPath(QStringLiteral("ledger/ledger-sample-2023.csv")), {}, {});
    EXPECT_FALSE(imported.ok);
    EXPECT_TRUE(imported.error.contains(Longer)) << imported.error.toStdString();
    ASSERT_TRUE(doc->workInPlan(&error));
    EXPECT_TRUE(planscenarios::remove(*doc, Longer, Now, &error)) << error.toStdString();
    EXPECT_TRUE(planscenarios::list(doc->store()).isEmpty());
    EXPECT_FALSE(doc->workInScenario(Longer, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no scenarios"))) << error.toStdString();
}

TEST_F(Scenarios, ADamagedScenarioIsRefusedByNameAndTheDocumentStaysInThePlan)
{
    QString error;
    ASSERT_TRUE(planscenarios::create(*doc, Longer, QString(), Now, &error));
    const QString path = doc->path();
    const QList<Record> plan = doc->plan().snapshot();
    doc.reset();
    test::sqlite3(path, QStringLiteral("UPDATE plan_scenario SET content = x'789c0300000001';"));
    doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->workInScenario(Longer, &error));
    EXPECT_TRUE(error.contains(Longer)) << error.toStdString();
    EXPECT_FALSE(doc->workingScenario());
    EXPECT_EQ(doc->plan().snapshot(), plan);
    EXPECT_EQ(planscenarios::problems(doc->store()).size(), 1);
    EXPECT_FALSE(planscenarios::promote(*doc, Longer, Now, &error));
}

TEST_F(Scenarios, SideBySideShowsEachStatesMoneyAndCounts)
{
    makeAndWorkIn(Longer);
    const Id added = addIntervention(QStringLiteral("Extra"));
    (void)added;
    const Id source = doc->plan().all<FundingSource>().begin()->id;
    const Id intervention = firstIntervention();
    QString error;
    const allocations::Cell cell = allocations::findCell(doc->plan(), source, intervention, NoId, 2031);
    ASSERT_TRUE(commands::execute(*doc, allocations::setCell(*doc, cell, Money::fromOre(12345678), QString(), &error), error)
                    .applied())
        << doc->lastError().toStdString();

    Plan current;
    Plan scenario;
    ASSERT_TRUE(planstates::load(doc->store(), *planstates::find(doc->store(), QStringLiteral("current"), &error), current, &error));
    ASSERT_TRUE(planstates::load(doc->store(), *planstates::find(doc->store(), Longer, &error), scenario, &error));
    const ExportTable table = sideBySideTable({{QStringLiteral("Plan"), &current}, {Longer, &scenario}});
    ASSERT_EQ(table.header.size(), 3);
    const auto rowOf = [&](const QString &label) -> const std::vector<ExportCell> * {
        for (const auto &row : table.rows) {
            if (std::get<QString>(row.front()) == label)
                return &row;
        }
        return nullptr;
    };
    const auto *count = rowOf(QStringLiteral("Interventions (not cancelled)"));
    ASSERT_TRUE(count);
    EXPECT_EQ(std::get<qint64>((*count)[2]), std::get<qint64>((*count)[1]) + 1);
    const auto *year = rowOf(QStringLiteral("Allocated 2031"));
    ASSERT_TRUE(year);
    EXPECT_TRUE(std::holds_alternative<std::monostate>((*year)[1])); // the plan allocates nothing in 2031: empty, not 0
    EXPECT_EQ(std::get<Money>((*year)[2]), Money::fromOre(12345678));
}
