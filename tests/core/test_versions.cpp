// Decided versions and snapshots in a real plan file: what a version holds
// is exactly the plan as it was frozen, it survives later edits and undo,
// it cannot be altered unnoticed, and only a snapshot can be deleted.
#include "testsupport.h"

#include "check/versioncheck.h"
#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "versions/plancontent.h"
#include "versions/planversions.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QDateTime FrozenAt(QDate(2024, 3, 13), QTime(9, 30), Qt::UTC);
const VersionDecision Adopted{QStringLiteral("Kommunstyrelsen"), QDate(2024, 3, 12), QStringLiteral("KS 2024/117")};

Id firstIntervention(const Plan &plan) { return plan.all<Intervention>().begin()->id; }

QString versionCount(const QString &path) { return test::sqlite3(path, QStringLiteral("SELECT count(*) FROM plan_version;")); }

class Versions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        doc = test::createDemo(dir);
        ASSERT_TRUE(doc);
    }
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
};

} // namespace

TEST_F(Versions, AVersionHoldsThePlanAsItWasFrozenAfterLaterEditsAndUndo)
{
    const QList<Record> asFrozen = doc->plan().snapshot();
    QString error;
    const auto version = planversions::freeze(*doc, QStringLiteral("Adopted plan 2024"), Adopted, FrozenAt, &error);
    ASSERT_TRUE(version) << error.toStdString();
    EXPECT_TRUE(version->decision.isDecided());

    const Id intervention = firstIntervention(doc->plan());
    ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Intervention, intervention, QStringLiteral("name"),
                                                         QStringLiteral("Renamed after the decision")),
                                QString())
                    .applied());
    EXPECT_TRUE(doc->undo());
    EXPECT_TRUE(doc->redo());
    EXPECT_TRUE(doc->undo());
    // Undo went back to the plan as frozen; the version was never on the stack.
    EXPECT_EQ(doc->plan().snapshot(), asFrozen);
    EXPECT_EQ(versionCount(doc->path()), QStringLiteral("1"));
    ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Intervention, intervention, QStringLiteral("name"),
                                                         QStringLiteral("Renamed for good")),
                                QString())
                    .applied());

    // Reopened from disk: the version is there, intact, and holds exactly what was frozen.
    const QString path = doc->path();
    doc.reset();
    doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const QList<PlanVersion> versions = planversions::list(doc->store());
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions.first().name, QStringLiteral("Adopted plan 2024"));
    EXPECT_EQ(versions.first().decision.body, Adopted.body);
    EXPECT_EQ(versions.first().decision.date, Adopted.date);
    EXPECT_EQ(versions.first().decision.reference, Adopted.reference);
    EXPECT_EQ(versions.first().frozenAt, FrozenAt);
    EXPECT_TRUE(versions.first().intact);
    Plan frozen;
    ASSERT_TRUE(planversions::load(doc->store(), versions.first(), frozen, &error)) << error.toStdString();
    EXPECT_EQ(frozen.snapshot(), asFrozen);
    EXPECT_EQ(doc->plan().find<Intervention>(intervention)->name, QStringLiteral("Renamed for good"));
    EXPECT_TRUE(checkVersions(doc->store()).isEmpty());
}

TEST_F(Versions, FreezingIsLogged)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Snapshot"), {}, FrozenAt, &error)) << error.toStdString();
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'plan_version' "
                                                        "AND field = '' AND new_value LIKE '%Snapshot%';")),
              QStringLiteral("1"));
}

TEST_F(Versions, NamesAndDecisionsThatCannotMakeAVersionAreRefusedAndNothingIsWritten)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Taken"), {}, FrozenAt, &error));
    const QByteArray before = test::fileHash(doc->path());
    const struct {
        QString name;
        VersionDecision decision;
        const char *refusal;
    } refused[] = {
        {QStringLiteral("   "), {}, "needs a name"},
        {QStringLiteral(" Taken "), {}, "already has a version called «Taken»"},
        {QStringLiteral("CURRENT"), {}, "\"current\""},
        {QString(501, QLatin1Char('x')), {}, "at most 500"},
        {QStringLiteral("No date"), {QStringLiteral("Kommunstyrelsen"), QDate(), QString()}, "date of the decision"},
        {QStringLiteral("No body"), {QString(), QDate(2024, 3, 12), QStringLiteral("KS 1")}, "body that decided"},
        {QStringLiteral("Year 1800"), {QStringLiteral("KS"), QDate(1800, 1, 1), QString()}, "between 1900 and 2200"},
    };
    for (const auto &r : refused) {
        error.clear();
        EXPECT_FALSE(planversions::freeze(*doc, r.name, r.decision, FrozenAt, &error)) << r.refusal;
        EXPECT_TRUE(error.contains(QString::fromUtf8(r.refusal))) << error.toStdString();
    }
    EXPECT_EQ(test::fileHash(doc->path()), before);
}

TEST_F(Versions, OnlyASnapshotCanBeDeletedAndTheDeletionIsLogged)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Decided"), Adopted, FrozenAt, &error));
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Try-out"), {}, FrozenAt, &error));
    EXPECT_FALSE(planversions::removeSnapshot(*doc, QStringLiteral("Decided"), FrozenAt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Kommunstyrelsen, 2024-03-12, KS 2024/117"))) << error.toStdString();
    EXPECT_FALSE(planversions::removeSnapshot(*doc, QStringLiteral("Nope"), FrozenAt, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("«Decided», «Try-out»"))) << error.toStdString();
    EXPECT_EQ(versionCount(doc->path()), QStringLiteral("2"));
    ASSERT_TRUE(planversions::removeSnapshot(*doc, QStringLiteral("Try-out"), FrozenAt, &error)) << error.toStdString();
    EXPECT_EQ(versionCount(doc->path()), QStringLiteral("1"));
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'plan_version' "
                                                        "AND old_value LIKE '%Try-out%';")),
              QStringLiteral("1"));
    EXPECT_EQ(planversions::latestDecided(doc->store())->name, QStringLiteral("Decided"));
}

TEST_F(Versions, AReadOnlyPlanIsNotFrozen)
{
    const QString path = doc->path();
    doc.reset();
    QString error;
    auto readOnly = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
    ASSERT_TRUE(readOnly);
    EXPECT_FALSE(planversions::freeze(*readOnly, QStringLiteral("V"), {}, FrozenAt, &error));
    EXPECT_EQ(versionCount(path), QStringLiteral("0"));
}

// Altered outside Horisont — the decision's reference, one byte of the
// content, the digest itself — the version is named as altered by the
// check and cannot be opened; the others stay readable.
TEST_F(Versions, AnAlteredVersionIsNamedAndNotRead)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Kept"), Adopted, FrozenAt, &error));
    const QString path = doc->path();
    for (const char *alteration : {"UPDATE plan_version SET reference = 'KS 2024/118' WHERE name = 'Altered';",
                                   "UPDATE plan_version SET content = content || x'00' WHERE name = 'Altered';",
                                   "UPDATE plan_version SET decided_on = '2024-03-13' WHERE name = 'Altered';",
                                   "UPDATE plan_version SET digest = 'x' WHERE name = 'Altered';"}) {
        doc.reset();
        doc = PlanDocument::open(path, &error);
        ASSERT_TRUE(doc) << error.toStdString();
        ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Altered"), Adopted, FrozenAt, &error)) << error.toStdString();
        doc.reset();
        test::sqlite3(path, QString::fromUtf8(alteration));
        doc = PlanDocument::open(path, &error);
        ASSERT_TRUE(doc) << error.toStdString();
        const auto altered = planversions::find(doc->store(), QStringLiteral("Altered"));
        ASSERT_TRUE(altered);
        EXPECT_FALSE(altered->intact) << alteration;
        EXPECT_TRUE(planversions::find(doc->store(), QStringLiteral("Kept"))->intact);
        const Findings findings = checkVersions(doc->store());
        ASSERT_EQ(findings.size(), 1) << alteration;
        EXPECT_EQ(findings.first().code, QStringLiteral("version-altered"));
        EXPECT_TRUE(findings.first().message.contains(QStringLiteral("«Altered»"))) << findings.first().message.toStdString();
        Plan plan;
        EXPECT_FALSE(planversions::load(doc->store(), *altered, plan, &error));
        test::sqlite3(path, QStringLiteral("DELETE FROM plan_version WHERE name = 'Altered';"));
    }
}

// Content that did not come from encode(): refused, naming why, in bounded memory.
TEST(PlanContent, DamagedOrForeignContentIsRefused)
{
    Plan plan;
    QString error;
    QByteArray claimsFourGigabytes("\xff\xff\xff\xff", 4);
    claimsFourGigabytes += QByteArray(100, 'x');
    EXPECT_FALSE(plancontent::decode(claimsFourGigabytes, plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("stated size"))) << error.toStdString();
    EXPECT_FALSE(plancontent::decode(qCompress(QByteArray("not cbor at all")), plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
    const auto encoded = [](const QCborMap &map) { return qCompress(map.toCborValue().toCbor()); };
    EXPECT_FALSE(plancontent::decode(encoded({{QStringLiteral("format"), 2}}), plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("format"))) << error.toStdString();
    const QCborArray unknownTable{QCborMap{{QStringLiteral("table"), QStringLiteral("spaceship")},
                                           {QStringLiteral("columns"), QCborArray{}},
                                           {QStringLiteral("rows"), QCborArray{}}}};
    EXPECT_FALSE(plancontent::decode(encoded({{QStringLiteral("format"), 1}, {QStringLiteral("tables"), unknownTable}}), plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("spaceship"))) << error.toStdString();
    const QCborArray badValue{QCborMap{{QStringLiteral("table"), QStringLiteral("allocation")},
                                       {QStringLiteral("columns"), QCborArray{QStringLiteral("year")}},
                                       // One row, wrapped so that no compiler takes the braces for a copy of the row itself.
                                       {QStringLiteral("rows"), QCborArray{QCborValue(QCborArray{1, 99999})}}}};
    EXPECT_FALSE(plancontent::decode(encoded({{QStringLiteral("format"), 1}, {QStringLiteral("tables"), badValue}}), plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("table allocation, row 1: year"))) << error.toStdString();
}

// The governance checks against the latest decided version: a decided
// allocation changed without a later decision, and a decided item removed.
TEST_F(Versions, ADecidedAllocationChangedWithoutALaterDecisionAndARemovedItemAreFound)
{
    QString error;
    ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Antagen"), Adopted, FrozenAt, &error)) << error.toStdString();
    DecidedBaseline baseline;
    EXPECT_TRUE(checkGovernance(doc->store(), doc->plan(), baseline).isEmpty());

    // An allocation marked decided (by a decision before the version's), then changed.
    Id earlier = NoId;
    for (const Decision &d : doc->plan().all<Decision>()) {
        if (d.date.isValid() && d.date < Adopted.date)
            earlier = d.id;
    }
    ASSERT_NE(earlier, NoId);
    const Id allocation = doc->plan().all<Allocation>().begin()->id;
    ASSERT_TRUE(commands::execute(*doc, allocations::markDecided(*doc, {allocation}, earlier, QString(), &error), error)
                    .applied())
        << error.toStdString();
    EXPECT_TRUE(checkGovernance(doc->store(), doc->plan(), baseline).isEmpty()) << "the amount is still the decided one";
    const Money changed = doc->plan().find<Allocation>(allocation)->amount + Money::fromOre(100000);
    ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Allocation, allocation, QStringLiteral("amount"),
                                                          QVariant(qlonglong(changed.ore()))),
                                  QString())
                    .applied());
    Findings findings = checkGovernance(doc->store(), doc->plan(), baseline);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().code, QStringLiteral("decided-allocation-changed"));
    EXPECT_EQ(findings.first().id, allocation);
    EXPECT_TRUE(findings.first().message.contains(QStringLiteral("«Antagen»"))) << findings.first().message.toStdString();

    // A decision after the version's covers the change.
    Decision later;
    later.body = QStringLiteral("Kommunstyrelsen");
    later.date = QDate(2025, 2, 1);
    later.reference = QStringLiteral("KS 2025/12");
    ASSERT_TRUE(commands::execute(*doc, commands::insert(*doc, later, CommandText("t", "Add decision"), &error), error).applied())
        << error.toStdString();
    Id laterId = NoId;
    for (const Decision &d : doc->plan().all<Decision>()) {
        if (d.reference == later.reference)
            laterId = d.id;
    }
    ASSERT_NE(laterId, NoId);
    ASSERT_TRUE(commands::execute(*doc, commands::setField(*doc, EntityKind::Allocation, allocation, QStringLiteral("decision_id"),
                                                          QVariant(qlonglong(laterId))),
                                  QString())
                    .applied());
    EXPECT_TRUE(checkGovernance(doc->store(), doc->plan(), baseline).isEmpty());

    // A goal of the decided version removed.
    const Id goal = doc->plan().all<Goal>().begin()->id;
    ASSERT_TRUE(commands::execute(*doc, commands::remove(*doc, EntityKind::Goal, {goal}, &error), error).applied())
        << error.toStdString();
    findings = checkGovernance(doc->store(), doc->plan(), baseline);
    ASSERT_FALSE(findings.isEmpty());
    const auto removedGoal = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.code == QLatin1String("decided-item-removed") && f.kind == EntityKind::Goal && f.id == goal;
    });
    ASSERT_NE(removedGoal, findings.cend());
    EXPECT_TRUE(removedGoal->message.contains(QStringLiteral("of the decided version «Antagen»"))) << removedGoal->message.toStdString();
}
