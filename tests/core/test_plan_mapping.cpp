// The one mapping of a foreign plan, on the cases a file's shape decides:
// what a task becomes at each level, milestones with nowhere to go, tasks
// without dates, dates Horisont cannot hold, credits, and the sniffing of
// formats from their first bytes.
#include "testsupport.h"
#include "mappedrecords.h"

#include "model/schema.h"
#include "planimport/planformats.h"
#include "planimport/planmapping.h"

#include <gtest/gtest.h>

using namespace horisont;
using horisont::test::inserted;

namespace {

ForeignTask task(const QString &name, int parent, QDate start = {}, QDate end = {}, bool milestone = false)
{
    ForeignTask t;
    t.sourceId = name;
    t.name = name;
    t.parent = parent;
    t.start = start;
    t.end = milestone ? start : end;
    t.milestone = milestone;
    t.where = QStringLiteral("<task %1>").arg(name);
    return t;
}

MappedPlan mapped(const ForeignPlan &plan)
{
    QString error;
    const auto result = mapForeignPlan(plan, QStringLiteral("t.xml"), &error);
    EXPECT_TRUE(result) << error.toStdString();
    return result.value_or(MappedPlan{});
}

} // namespace

TEST(PlanMapping, AMilestoneWithNoInterventionAnywhereKeepsItsLevelForADay)
{
    ForeignPlan plan;
    plan.tasks << task(QStringLiteral("Start"), -1, QDate(2025, 1, 1), {}, true)
               << task(QStringLiteral("Fas"), -1, QDate(2025, 1, 1), QDate(2025, 7, 1))
               << task(QStringLiteral("Avstämning"), 1, QDate(2025, 3, 3), {}, true);
    const MappedPlan m = mapped(plan);
    const QList<Phase> phases = inserted<Phase>(m);
    const QList<Intervention> interventions = inserted<Intervention>(m);
    ASSERT_EQ(phases.size(), 2);
    EXPECT_EQ(phases[0].name, QStringLiteral("Start"));
    EXPECT_EQ(phases[0].end, QDate(2025, 1, 2));
    ASSERT_EQ(interventions.size(), 1);
    EXPECT_EQ(interventions[0].start, QDate(2025, 3, 3));
    EXPECT_EQ(interventions[0].end, QDate(2025, 3, 4));
    EXPECT_EQ(m.report.phases + m.report.interventions + m.report.activities + m.report.milestones, 3);
    EXPECT_EQ(m.report.warnings.filter(QStringLiteral("one-day")).size(), 2) << m.report.warnings.join(u'\n').toStdString();
}

TEST(PlanMapping, TasksWithoutDatesTakeTheirSubtasksOrTheirParentsSpan)
{
    ForeignPlan plan;
    plan.tasks << task(QStringLiteral("Fas"), -1) // no dates: its subtasks' span
               << task(QStringLiteral("Insats"), 0, QDate(2025, 2, 1), QDate(2025, 4, 1))
               << task(QStringLiteral("Aktivitet"), 1) // no dates: its parent's
               << task(QStringLiteral("Insats 2"), 0, QDate(2025, 5, 1), QDate(2025, 6, 1));
    const MappedPlan m = mapped(plan);
    const QList<Phase> phases = inserted<Phase>(m);
    ASSERT_EQ(phases.size(), 1);
    EXPECT_EQ(phases[0].start, QDate(2025, 2, 1));
    EXPECT_EQ(phases[0].end, QDate(2025, 6, 1));
    const QList<Activity> activities = inserted<Activity>(m);
    ASSERT_EQ(activities.size(), 1);
    EXPECT_EQ(activities[0].start, QDate(2025, 2, 1));
    EXPECT_EQ(activities[0].end, QDate(2025, 4, 1));
    EXPECT_EQ(m.report.warnings.filter(QStringLiteral("has no dates")).size(), 2);
}

TEST(PlanMapping, NothingDatedOrADateBeyondThePlansRangeIsRefusedNamingTheTask)
{
    QString error;
    ForeignPlan undated;
    undated.tasks << task(QStringLiteral("A"), -1);
    EXPECT_FALSE(mapForeignPlan(undated, QStringLiteral("t.gan"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("t.gan: "))) << error.toStdString();

    ForeignPlan far;
    far.tasks << task(QStringLiteral("Långt bort"), -1, QDate(2301, 1, 1), QDate(2301, 2, 1));
    EXPECT_FALSE(mapForeignPlan(far, QStringLiteral("t.gan"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("<task Långt bort>"))) << error.toStdString();

    ForeignPlan empty;
    EXPECT_FALSE(mapForeignPlan(empty, QStringLiteral("t.gan"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no tasks"))) << error.toStdString();
}

TEST(PlanMapping, ATaskWithoutDurationGetsItsDayAndACreditKeepsItsSign)
{
    ForeignPlan plan;
    plan.tasks << task(QStringLiteral("Fas"), -1, QDate(2024, 12, 31), QDate(2025, 1, 2))
               << task(QStringLiteral("Noll"), 0, QDate(2025, 1, 1), QDate(2025, 1, 1));
    plan.tasks[0].costs << ForeignCost{Money::fromOre(-101), -1};
    const MappedPlan m = mapped(plan);
    const QList<Intervention> interventions = inserted<Intervention>(m);
    ASSERT_EQ(interventions.size(), 1);
    EXPECT_EQ(interventions[0].end, QDate(2025, 1, 2));
    const QList<Allocation> allocations = inserted<Allocation>(m);
    ASSERT_EQ(allocations.size(), 2);
    EXPECT_EQ(allocations[0].amount + allocations[1].amount, Money::fromOre(-101));
    EXPECT_EQ(allocations[0].interventionId, NoId); // a phase's cost belongs to no intervention
    EXPECT_EQ(m.report.allocated, Money::fromOre(-101));
}

TEST(PlanMapping, AccountsBecomeFundingSourcesAndForeignCurrencyIsNamed)
{
    ForeignPlan plan;
    plan.currency = QStringLiteral("GBP");
    plan.accounts << ForeignAccount{QStringLiteral("dev"), QStringLiteral("Development"), -1};
    plan.tasks << task(QStringLiteral("Fas"), -1, QDate(2025, 1, 1), QDate(2025, 2, 1))
               << task(QStringLiteral("Insats"), 0, QDate(2025, 1, 1), QDate(2025, 2, 1));
    plan.tasks[1].costs << ForeignCost{Money::fromKronor(100), 0} << ForeignCost{Money::fromKronor(5), -1};
    const MappedPlan m = mapped(plan);
    const QList<FundingSource> sources = inserted<FundingSource>(m);
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources[0].name, QStringLiteral("Development"));
    EXPECT_EQ(sources[1].name, QStringLiteral("Imported"));
    EXPECT_EQ(m.report.allocated, Money::fromKronor(105));
    EXPECT_EQ(m.report.warnings.filter(QStringLiteral("GBP")).size(), 1);
}

TEST(PlanFormats, SniffedFromTheFirstBytes)
{
    EXPECT_EQ(sniffPlanFormat("<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">", QStringLiteral("a.xml")),
              QStringLiteral("msproject"));
    EXPECT_EQ(sniffPlanFormat("\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- x --><project name=\"\" view-date=\"2024-01-01\">",
                              QStringLiteral("plan.xml")),
              QStringLiteral("ganttproject"));
    EXPECT_EQ(sniffPlanFormat("<?xml version=\"1.0\"?>\n<project name=\"\" mrproject-version=\"2\">", QStringLiteral("x")),
              QStringLiteral("planner"));
    EXPECT_EQ(sniffPlanFormat("<?xml version=\"1.0\"?><!DOCTYPE kplato><kplato editor=\"KPlato\">", QStringLiteral("x")),
              QStringLiteral("calligraplan"));
    EXPECT_EQ(sniffPlanFormat(QByteArray("PK\x03\x04", 4) + "....mimetypeapplication/x-vnd.kde.plan", QStringLiteral("x.plan")),
              QStringLiteral("calligraplan"));
    EXPECT_EQ(sniffPlanFormat("# A plan\n/* about it */\nproject acso \"Accounting\" 2002-01-16 +4m {", QStringLiteral("x.txt")),
              QStringLiteral("taskjuggler"));
    EXPECT_EQ(sniffPlanFormat("Namn;Start;Slut\n", QStringLiteral("plan.csv")), QStringLiteral("spreadsheet"));
    EXPECT_EQ(sniffPlanFormat("just some text", QStringLiteral("notes.txt")), QString());
    EXPECT_EQ(sniffPlanFormat("<html><body/></html>", QStringLiteral("page.html")), QString());
}
