// Bringing a plan in from MS Project XML and GanttProject: the tests' own
// files (tests/data/plans) read, mapped, written to a real plan file and read
// back — counts, names, dates on both conventions, money per year to the öre,
// organisations with their group, R, and the report of what was left out.
#include "testsupport.h"

#include "document/plandocument.h"
#include "planimport/notmapped.h"
#include "planimport/planimport.h"
#include "planimport/readers/ganttprojectreader.h"
#include "planimport/readers/msprojectreader.h"
#include "store/partialfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString plansDir = QStringLiteral(HORISONT_TEST_DATA "/plans");

/// The plan a file becomes, written and opened again from disk.
struct Imported {
    QTemporaryDir dir;
    ImportReport report;
    std::unique_ptr<PlanDocument> doc;

    template<class T>
    const T *named(const QString &name) const
    {
        for (const T &item : doc->plan().all<T>()) {
            if (item.name == name)
                return &item;
        }
        ADD_FAILURE() << "nothing named " << name.toStdString();
        return nullptr;
    }
    Money allocatedIn(Id activity, int year) const
    {
        Money sum;
        for (const Allocation &a : doc->plan().all<Allocation>()) {
            if (a.activityId == activity && a.year == year)
                sum += a.amount;
        }
        return sum;
    }
};

std::unique_ptr<Imported> import(const QString &file)
{
    auto result = std::make_unique<Imported>();
    QString error;
    const auto mapped = readForeignPlanFile(plansDir + u'/' + file, {}, &error);
    EXPECT_TRUE(mapped) << error.toStdString();
    if (!mapped)
        return nullptr;
    result->report = mapped->report;
    const QString out = result->dir.filePath(QStringLiteral("imported.horisont"));
    EXPECT_TRUE(createImportedPlan(*mapped, out, &error)) << error.toStdString();
    result->doc = PlanDocument::open(out, &error, PlanDocument::Access::ReadOnly);
    EXPECT_TRUE(result->doc) << error.toStdString();
    if (!result->doc)
        return nullptr;
    return result;
}

int notMapped(const ImportReport &report, const char *key)
{
    return report.notMapped.value(QString::fromUtf8(key));
}

/// What both test files hold: the same programme in two tools' shapes.
void expectSameShape(const Imported &p)
{
    const Plan &plan = p.doc->plan();
    EXPECT_EQ(p.report.tasks, 9);
    EXPECT_EQ(plan.all<Phase>().size(), 2u);
    EXPECT_EQ(plan.all<Intervention>().size(), 2u);
    EXPECT_EQ(plan.all<Activity>().size(), 5u);
    EXPECT_EQ(p.report.phases + p.report.interventions + p.report.activities + p.report.milestones, p.report.tasks);
    EXPECT_EQ(p.report.milestones, 2);
    EXPECT_EQ(plan.programme().name, QStringLiteral("Trygghetsprogram Östra"));

    const Phase *fas1 = p.named<Phase>(QStringLiteral("Fas 1: Kartläggning"));
    const Phase *fas2 = p.named<Phase>(QStringLiteral("Fas 2: Genomförande"));
    const Intervention *walks = p.named<Intervention>(QStringLiteral("Trygghetsvandringar"));
    const Intervention *analysis = p.named<Intervention>(QStringLiteral("Analys"));
    const Activity *walk = p.named<Activity>(QStringLiteral("Vandring Ålidhem"));
    const Activity *followUp = p.named<Activity>(QStringLiteral("Uppföljning"));
    const Activity *survey = p.named<Activity>(QStringLiteral("Enkät"));
    const Activity *picture = p.named<Activity>(QStringLiteral("Lägesbild klar"));
    const Activity *decision = p.named<Activity>(QStringLiteral("Beslut i kommunstyrelsen"));
    ASSERT_TRUE(fas1 && fas2 && walks && analysis && walk && followUp && survey && picture && decision);
    EXPECT_EQ(fas1->objectives, QStringLiteral("Lägesbild och trygghetsvandringar."));
    EXPECT_EQ(walks->phaseId, fas1->id);
    EXPECT_EQ(analysis->phaseId, fas1->id);
    // Deeper levels are activities of their level-2 ancestor, their path in the report.
    EXPECT_EQ(walk->interventionId, walks->id);
    EXPECT_EQ(followUp->interventionId, walks->id);
    EXPECT_EQ(survey->interventionId, walks->id);
    EXPECT_EQ(p.report.flattened,
              QStringList({QStringLiteral("Fas 1: Kartläggning › Trygghetsvandringar › Uppföljning"),
                           QStringLiteral("Fas 1: Kartläggning › Trygghetsvandringar › Uppföljning › Enkät")}));
    // A milestone under a phase belongs to the intervention under way (or the
    // first); one at the top level to the one begun last before its day.
    EXPECT_TRUE(picture->milestone);
    EXPECT_EQ(picture->interventionId, walks->id);
    EXPECT_EQ(picture->start, QDate(2024, 11, 15));
    EXPECT_EQ(picture->end, picture->start);
    EXPECT_TRUE(decision->milestone);
    EXPECT_EQ(decision->interventionId, analysis->id);
    EXPECT_EQ(decision->start, QDate(2025, 3, 10));
    // A top-level task without subtasks is a phase with nothing in it.
    EXPECT_EQ(fas2->start, QDate(2025, 8, 18));

    // Organisations and R: the task's resources carry it.
    const Organisation *leisure = p.named<Organisation>(QStringLiteral("Fritidsförvaltningen"));
    const Organisation *police = p.named<Organisation>(QStringLiteral("Polisen"));
    ASSERT_TRUE(leisure && police);
    QList<Id> walkers;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        EXPECT_EQ(r.role, RaciRole::Responsible);
        if (r.activityId == walk->id) {
            EXPECT_EQ(r.interventionId, walks->id);
            walkers << r.organisationId;
        }
    }
    std::sort(walkers.begin(), walkers.end());
    EXPECT_EQ(walkers, QList<Id>({std::min(leisure->id, police->id), std::max(leisure->id, police->id)}));
    EXPECT_EQ(notMapped(p.report, notmapped::PhaseAssignments), 1);
    EXPECT_EQ(notMapped(p.report, notmapped::Dependencies), 1);
    EXPECT_EQ(notMapped(p.report, notmapped::CustomFields), 1);
    EXPECT_EQ(notMapped(p.report, notmapped::Rates), 1);
    EXPECT_EQ(notMapped(p.report, notmapped::Progress), 1);
    EXPECT_EQ(notMapped(p.report, notmapped::Calendars), 1);
    EXPECT_FALSE(p.report.everythingMapped());

    // The one funding source without a ceiling holds the costs.
    ASSERT_EQ(plan.all<FundingSource>().size(), 1u);
    EXPECT_FALSE(plan.all<FundingSource>().begin()->ceiling.has_value());
    // The horizon is the budget years the tasks touch.
    EXPECT_EQ(plan.programme().start, QDate(2024, 1, 1));
}

} // namespace

TEST(PlanImport, MsProjectNestingDatesMoneyAndWhatIsLeftOut)
{
    const auto p = import(QStringLiteral("msproject-nested.xml"));
    ASSERT_TRUE(p);
    expectSameShape(*p);
    const Plan &plan = p->doc->plan();
    const Activity *walk = p->named<Activity>(QStringLiteral("Vandring Ålidhem"));
    ASSERT_TRUE(walk);
    // Finish 17:00 on 1 January: that day is the last.
    EXPECT_EQ(walk->start, QDate(2024, 12, 29));
    EXPECT_EQ(walk->end, QDate(2025, 1, 2));
    // Finish 08:00 on 10 September, the working day's start: the 9th is the last.
    const Activity *survey = p->named<Activity>(QStringLiteral("Enkät"));
    ASSERT_TRUE(survey);
    EXPECT_EQ(survey->end, QDate(2024, 9, 10));
    const Phase *fas2 = p->named<Phase>(QStringLiteral("Fas 2: Genomförande"));
    EXPECT_EQ(fas2->end, QDate(2026, 7, 1));
    EXPECT_EQ(plan.programme().horizonEnd, QDate(2027, 1, 1));

    // 1 000,03 kr over 3 days in 2024 and 1 in 2025, exact to the öre; the
    // summaries' costs are their subtasks' and are not counted again.
    EXPECT_EQ(p->allocatedIn(walk->id, 2024), Money::fromOre(75002));
    EXPECT_EQ(p->allocatedIn(walk->id, 2025), Money::fromOre(25001));
    EXPECT_EQ(p->report.allocated, Money::fromOre(15000003));
    EXPECT_EQ(p->report.allocations, 3);
    EXPECT_EQ(notMapped(p->report, notmapped::SummaryCosts), 0);

    // Resource groups are organisations too, parents of their members.
    const Organisation *municipality = p->named<Organisation>(QStringLiteral("Umeå kommun"));
    const Organisation *social = p->named<Organisation>(QStringLiteral("Socialtjänsten"));
    ASSERT_TRUE(municipality && social);
    EXPECT_EQ(social->parentId, municipality->id);
    EXPECT_EQ(p->named<Organisation>(QStringLiteral("Polisen"))->parentId, NoId);
    EXPECT_EQ(plan.all<Organisation>().size(), 4u); // the unnamed resource 0 is Project's, no one's

    EXPECT_EQ(notMapped(p->report, notmapped::Baselines), 1);
    EXPECT_EQ(notMapped(p->report, notmapped::Effort), 1);
    EXPECT_EQ(notMapped(p->report, notmapped::TimephasedData), 1);
    EXPECT_EQ(notMapped(p->report, notmapped::BlankRows), 1);
    const QString text = p->report.text(QLocale::c());
    EXPECT_TRUE(text.contains(QStringLiteral("dependencies: 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Allocated in total:"))) << text.toStdString();
}

TEST(PlanImport, GanttProjectWorkingDaysHolidaysAndMilestones)
{
    const auto p = import(QStringLiteral("ganttproject-nested.gan"));
    ASSERT_TRUE(p);
    expectSameShape(*p);
    // 10 working days from Friday 20 December: past two weekends and the
    // holiday on the 24th, the last is Friday 3 January.
    const Activity *walk = p->named<Activity>(QStringLiteral("Vandring Ålidhem"));
    ASSERT_TRUE(walk);
    EXPECT_EQ(walk->start, QDate(2024, 12, 20));
    EXPECT_EQ(walk->end, QDate(2025, 1, 4));
    // 3 days from Friday 3 January: past the weekend and 6 January, a holiday every year.
    EXPECT_EQ(p->named<Intervention>(QStringLiteral("Analys"))->end, QDate(2025, 1, 9));
    EXPECT_EQ(p->named<Phase>(QStringLiteral("Fas 1: Kartläggning"))->end, QDate(2025, 1, 8));
    EXPECT_EQ(p->named<Activity>(QStringLiteral("Enkät"))->end, QDate(2024, 9, 7));
    EXPECT_EQ(p->named<Phase>(QStringLiteral("Fas 2: Genomförande"))->end, QDate(2025, 8, 19));
    // 1 000,03 kr over 12 calendar days in 2024 and 3 in 2025.
    EXPECT_EQ(p->allocatedIn(walk->id, 2024), Money::fromOre(80002));
    EXPECT_EQ(p->allocatedIn(walk->id, 2025), Money::fromOre(20001));
    EXPECT_EQ(p->report.allocated, Money::fromOre(100003));
    EXPECT_EQ(notMapped(p->report, notmapped::Holidays), 2);
    EXPECT_EQ(notMapped(p->report, notmapped::Vacations), 1);
    EXPECT_EQ(notMapped(p->report, notmapped::CalculatedCosts), 1);
}

TEST(PlanImport, AnExistingFileIsNeverWrittenOverAndNothingIsLeftBeside)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("plan.horisont"));
    QFile existing(out);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();
    QString error;
    const auto mapped = readForeignPlanFile(plansDir + QStringLiteral("/ganttproject-nested.gan"), {}, &error);
    ASSERT_TRUE(mapped) << error.toStdString();
    EXPECT_FALSE(createImportedPlan(*mapped, out, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("mine"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("plan.horisont")}));
}

TEST(PlanImport, WhatAKilledImportLeftIsClearedAndAnotherProcessesPartialFileIsNot)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("plan.horisont"));
    const auto leaveBeside = [&](const QString &name) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("half a plan");
    };
    // Partial files as a killed Horisont leaves them: its process is gone.
    const QString mine = QFileInfo(partialfile::pathFor(out, QStringLiteral("importing"))).fileName();
    const QString host = mine.left(mine.lastIndexOf(u'-') + 1);
    const QString killed = host + QStringLiteral("999999999");
    leaveBeside(killed);
    leaveBeside(killed + QStringLiteral("-journal"));
    // One of a process still running (this test's parent), and one of another
    // computer on a shared folder: neither is this import's to remove.
    const QString running = host + QString::number(getppid());
    leaveBeside(running);
    const QString elsewhere = QStringLiteral(".plan.horisont.importing-6f74686572-999999999");
    leaveBeside(elsewhere);

    QString error;
    const auto mapped = readForeignPlanFile(plansDir + QStringLiteral("/ganttproject-nested.gan"), {}, &error);
    ASSERT_TRUE(mapped) << error.toStdString();
    ASSERT_TRUE(createImportedPlan(*mapped, out, &error)) << error.toStdString();
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QStringList expected{QStringLiteral("plan.horisont"), running, elsewhere};
    expected.sort();
    EXPECT_EQ(left, expected);
}

TEST(PlanImport, AWrongFormatIsRefusedNamingTheFile)
{
    QString error;
    PlanImportOptions options;
    options.format = QStringLiteral("msproject");
    EXPECT_FALSE(readForeignPlanFile(plansDir + QStringLiteral("/ganttproject-nested.gan"), options, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("ganttproject-nested.gan, line "))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("<Project>"))) << error.toStdString();
}

TEST(PlanImport, MsProjectOutlineNumberStandsInForAMissingLevel)
{
    const QByteArray xml = "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>"
                           "<Task><UID>0</UID><OutlineNumber>0</OutlineNumber><Name>P</Name></Task>"
                           "<Task><UID>1</UID><OutlineNumber>1</OutlineNumber><Name>A</Name><Start>2025-01-02T08:00:00</Start><Finish>2025-01-31T17:00:00</Finish></Task>"
                           "<Task><UID>2</UID><OutlineNumber>1.1</OutlineNumber><Name>B</Name><Start>2025-01-02T08:00:00</Start><Finish>2025-01-02T12:00:00</Finish></Task>"
                           "</Tasks></Project>";
    QString error;
    const auto plan = readMsProject(xml, QStringLiteral("x.xml"), &error);
    ASSERT_TRUE(plan) << error.toStdString();
    ASSERT_EQ(plan->tasks.size(), 2);
    EXPECT_EQ(plan->tasks[1].parent, 0);
    EXPECT_EQ(plan->tasks[1].end, QDate(2025, 1, 3)); // a Finish at noon: that day is the last
}

TEST(PlanImport, GanttProjectWeekendsCountWhenOnlyShown)
{
    const QByteArray gan = "<project name=\"x\" view-date=\"2025-01-01\"><calendars><day-types>"
                           "<default-week sun=\"1\" mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" sat=\"1\"/>"
                           "<only-show-weekends value=\"true\"/></day-types></calendars>"
                           "<tasks><task id=\"1\" name=\"A\" start=\"2025-01-03\" duration=\"3\"/></tasks></project>";
    QString error;
    const auto plan = readGanttProject(gan, QStringLiteral("x.gan"), &error);
    ASSERT_TRUE(plan) << error.toStdString();
    EXPECT_EQ(plan->tasks[0].end, QDate(2025, 1, 6)); // Friday, Saturday, Sunday
}
