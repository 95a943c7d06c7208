// The readers of GNOME Planner, Calligra Plan / KPlato and TaskJuggler files:
// small files written here in each tool's shape (nesting, milestones, the
// finish conventions, resources in groups, costs exact to the öre, an
// include), the real files others published (../shared/data/real/plans,
// SOURCES.md), and hostile files, each refused quickly with a message naming
// the file.
#include "planimport/readers/calligraplanreader.h"
#include "planimport/readers/plannerreader.h"
#include "planimport/readers/taskjugglerreader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zip.h>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString testData = QStringLiteral(HORISONT_TEST_DATA "/plans/");
const QString realPlans = QStringLiteral(HORISONT_SHARED_DATA "/real/plans/");

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

ForeignPlan readOk(PlanReader reader, const QByteArray &content, const QString &path)
{
    QString error;
    const auto plan = reader(content, path, &error);
    EXPECT_TRUE(plan.has_value()) << error.toStdString();
    return plan.value_or(ForeignPlan());
}

/// The error a refusal gives; fails the test if the file was read.
QString refusal(PlanReader reader, const QByteArray &content, const QString &path)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto plan = reader(content, path, &error);
    EXPECT_LT(timer.elapsed(), 10000) << "refusing took too long";
    EXPECT_FALSE(plan.has_value());
    EXPECT_TRUE(error.contains(QFileInfo(path).fileName())) << error.toStdString();
    return error;
}

const ForeignTask *taskNamed(const ForeignPlan &plan, const QString &name)
{
    for (const ForeignTask &t : plan.tasks) {
        if (t.name == name)
            return &t;
    }
    ADD_FAILURE() << "no task " << name.toStdString();
    return nullptr;
}

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

/// A zip with `members` (name → bytes), written by libzip as a planner would.
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &members)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.zip"));
    int failure = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &failure);
    EXPECT_TRUE(zip);
    if (!zip)
        return {};
    for (const auto &[name, bytes] : members) {
        // libzip reads the bytes when the archive is closed: they live as long as `members`.
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        EXPECT_GE(zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8), 0) << zip_strerror(zip);
    }
    EXPECT_EQ(zip_close(zip), 0);
    QFile written(path);
    EXPECT_TRUE(written.open(QIODevice::ReadOnly));
    return written.readAll();
}

void expectParentsFirst(const ForeignPlan &plan)
{
    for (int i = 0; i < plan.tasks.size(); ++i)
        EXPECT_LT(plan.tasks.at(i).parent, i);
    for (int i = 0; i < plan.resources.size(); ++i)
        EXPECT_LT(plan.resources.at(i).parent, i);
}

} // namespace

TEST(PlanReaders, PlannerSmall)
{
    const ForeignPlan plan = readOk(readPlanner, bytesOf(testData + QStringLiteral("small.planner")), testData + QStringLiteral("small.planner"));
    EXPECT_EQ(plan.format, u"planner");
    EXPECT_EQ(plan.name, u"Trygghet i centrum");
    ASSERT_EQ(plan.tasks.size(), 4);
    expectParentsFirst(plan);
    const ForeignTask &kart = plan.tasks.at(0);
    EXPECT_EQ(kart.name, u"Kartläggning");
    EXPECT_EQ(kart.notes, u"Först & främst");
    EXPECT_EQ(kart.parent, -1);
    // Finishing at 17:00 on the 19th: the 19th is the last day.
    EXPECT_EQ(kart.start, d("2024-01-08"));
    EXPECT_EQ(kart.end, d("2024-01-20"));
    EXPECT_EQ(plan.tasks.at(1).parent, 0);
    EXPECT_EQ(plan.tasks.at(1).end, d("2024-01-11"));
    // Finishing at midnight starting the 20th: the 19th is the last day too.
    EXPECT_EQ(plan.tasks.at(2).name, u"Enkät");
    EXPECT_EQ(plan.tasks.at(2).end, d("2024-01-20"));
    const ForeignTask &beslut = plan.tasks.at(3);
    EXPECT_TRUE(beslut.milestone);
    EXPECT_EQ(beslut.start, d("2024-01-22"));
    EXPECT_EQ(beslut.end, beslut.start);
    EXPECT_EQ(beslut.parent, -1);

    ASSERT_EQ(plan.resources.size(), 3);
    EXPECT_TRUE(plan.resources.at(0).group);
    EXPECT_EQ(plan.resources.at(0).name, u"Socialtjänsten");
    EXPECT_EQ(plan.resources.at(1).parent, 0);
    EXPECT_EQ(plan.resources.at(2).parent, -1);
    EXPECT_EQ(plan.tasks.at(1).resources, QList<int>({1}));
    EXPECT_EQ(plan.tasks.at(2).resources, QList<int>({2, 1}));

    EXPECT_EQ(plan.notMapped.value(QStringLiteral("dependencies")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("calendars")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("resource rates")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("work")), 3);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("progress")), 1);
    EXPECT_TRUE(plan.warnings.isEmpty()) << plan.warnings.join(u'\n').toStdString();
}

TEST(PlanReaders, CalligraPlainAndZipped)
{
    const QByteArray maindoc = bytesOf(testData + QStringLiteral("small-maindoc.xml"));
    const ForeignPlan plain = readOk(readCalligraPlan, maindoc, QStringLiteral("small.plan"));
    const ForeignPlan zipped = readOk(readCalligraPlan,
                                      zipOf({{QStringLiteral("mimetype"), QByteArrayLiteral("application/x-vnd.kde.plan")},
                                             {QStringLiteral("maindoc.xml"), maindoc}}),
                                      QStringLiteral("small.plan"));
    EXPECT_EQ(plain, zipped);
    const ForeignPlan &plan = plain;
    EXPECT_EQ(plan.format, u"calligraplan");
    EXPECT_EQ(plan.name, u"Trygghet i centrum");
    ASSERT_EQ(plan.tasks.size(), 4);
    expectParentsFirst(plan);
    EXPECT_EQ(plan.tasks.at(0).notes, u"Först & främst");
    EXPECT_FALSE(plan.tasks.at(0).milestone); // an estimate of 0, but it has children
    EXPECT_EQ(plan.tasks.at(0).start, d("2024-01-08"));
    EXPECT_EQ(plan.tasks.at(0).end, d("2024-01-20"));
    // The first schedule's dates, not Plan B's.
    EXPECT_EQ(plan.tasks.at(1).start, d("2024-01-08"));
    EXPECT_EQ(plan.tasks.at(1).end, d("2024-01-11"));
    EXPECT_EQ(plan.tasks.at(2).end, d("2024-01-20")); // finished at midnight
    EXPECT_TRUE(plan.tasks.at(3).milestone);
    EXPECT_EQ(plan.tasks.at(3).start, d("2024-01-22"));
    EXPECT_EQ(plan.tasks.at(3).end, d("2024-01-22"));

    ASSERT_EQ(plan.accounts.size(), 3);
    EXPECT_EQ(plan.accounts.at(1).name, u"Brå");
    EXPECT_EQ(plan.accounts.at(1).parent, 0);
    // 1e+06 read exactly, to the cost place's account; the shutdown cost to the default account.
    EXPECT_EQ(plan.tasks.at(1).costs,
              QList<ForeignCost>({{Money::fromKronor(1000000), 1}, {Money::fromOre(25075), 2}}));

    ASSERT_EQ(plan.resources.size(), 3);
    EXPECT_TRUE(plan.resources.at(0).group);
    EXPECT_EQ(plan.resources.at(1).name, u"Fältassistenter");
    EXPECT_EQ(plan.resources.at(1).parent, 0);
    EXPECT_EQ(plan.tasks.at(1).resources, QList<int>({1}));
    EXPECT_EQ(plan.tasks.at(2).resources, QList<int>({2}));
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("dependencies")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("other schedules")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("resource rates")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("estimates")), 2);
}

TEST(PlanReaders, TaskJugglerSmallWithInclude)
{
    const QString path = testData + QStringLiteral("small.tjp");
    const ForeignPlan plan = readOk(readTaskJuggler, bytesOf(path), path);
    EXPECT_EQ(plan.format, u"taskjuggler");
    EXPECT_EQ(plan.name, u"Trygghet i centrum");
    ASSERT_EQ(plan.tasks.size(), 5);
    expectParentsFirst(plan);
    ASSERT_EQ(plan.accounts.size(), 3); // from the include
    EXPECT_EQ(plan.accounts.at(1).sourceId, u"bra");
    EXPECT_EQ(plan.accounts.at(1).parent, 0);
    ASSERT_EQ(plan.resources.size(), 3);
    EXPECT_TRUE(plan.resources.at(0).group);
    EXPECT_EQ(plan.resources.at(1).parent, 0);

    const ForeignTask *vandring = taskNamed(plan, QStringLiteral("Trygghetsvandring"));
    ASSERT_TRUE(vandring);
    EXPECT_EQ(vandring->sourceId, u"kart.vandring");
    EXPECT_EQ(vandring->start, d("2024-01-08"));
    EXPECT_EQ(vandring->end, d("2024-01-11")); // TaskJuggler's end is already exclusive
    EXPECT_EQ(vandring->resources, QList<int>({1})); // through the macro
    EXPECT_EQ(vandring->notes, u"Kvällstid");
    // 1 234,57 split 50/50 over the inherited charge set, to the öre.
    EXPECT_EQ(vandring->costs, QList<ForeignCost>({{Money::fromOre(61729), 1}, {Money::fromOre(61728), 2}}));

    const ForeignTask *enkat = taskNamed(plan, QStringLiteral("Enkät"));
    ASSERT_TRUE(enkat);
    // After Trygghetsvandring, five working days from Thursday: Thu, Fri, Mon, Tue, Wed.
    EXPECT_EQ(enkat->start, d("2024-01-11"));
    EXPECT_EQ(enkat->end, d("2024-01-18"));
    EXPECT_TRUE(enkat->costs.isEmpty()); // per day: not mapped

    const ForeignTask *rapport = taskNamed(plan, QStringLiteral("Rapport"));
    ASSERT_TRUE(rapport);
    EXPECT_EQ(rapport->start, d("2024-01-22"));
    EXPECT_EQ(rapport->end, d("2024-01-25")); // ends at 17:00 on the 24th
    EXPECT_EQ(rapport->costs, QList<ForeignCost>({{Money::fromOre(99999), 2}}));

    const ForeignTask &kart = plan.tasks.at(0);
    EXPECT_EQ(kart.start, d("2024-01-08"));
    EXPECT_EQ(kart.end, d("2024-01-25"));
    const ForeignTask *beslut = taskNamed(plan, QStringLiteral("Beslut"));
    ASSERT_TRUE(beslut);
    EXPECT_TRUE(beslut->milestone);
    EXPECT_EQ(beslut->start, d("2024-01-18"));
    EXPECT_EQ(beslut->end, d("2024-01-18"));

    EXPECT_EQ(plan.notMapped.value(QStringLiteral("dependencies")), 2);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("reports")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("rates")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("time-based charges")), 1);
    EXPECT_EQ(plan.notMapped.value(QStringLiteral("scenario values")), 1);
    EXPECT_EQ(plan.warnings.size(), 1); // the derived dates
}

namespace {
struct RealFile {
    const char *name;
    PlanReader reader;
    int tasks; ///< as SOURCES.md counts them, and a count of the file's own task elements or lines
};

const RealFile realFiles[] = {
    {"planner-01-kitchen-remodel.planner", readPlanner, 21},
    {"planner-02-sample-1.planner", readPlanner, 17},
    {"planner-03-userguide-gantt-view.mrproject", readPlanner, 7},
    {"planner-04-mpxj-project1.planner", readPlanner, 30},
    {"planner-05-mpxj-resource.planner", readPlanner, 3},
    {"planner-06-mpxj-calendar.planner", readPlanner, 2},
    {"plan-01-garden.kplato", readCalligraPlan, 53},
    {"plan-02-project-1.plan", readCalligraPlan, 1},
    {"plan-03-test-recalculate-1.plan", readCalligraPlan, 3},
    {"plan-04-workpackage-v06.plan", readCalligraPlan, 1},
    {"plan-05-startnotearlier-plain-maindoc.plan", readCalligraPlan, 3},
    {"plan-06-test1-plain-maindoc.plan", readCalligraPlan, 1},
    {"tjp-01-tutorial.tjp", readTaskJuggler, 15},
    {"tjp-02-666tasks.tjp", readTaskJuggler, 666},
    {"tjp-03-scrum.tjp", readTaskJuggler, 18},
    {"tjp-04-project-template.tjp", readTaskJuggler, 10},
    // SOURCES.md says 415: one of them (alpha_blocker5) is inside a /* */ comment.
    {"tjp-05-fedora-20.tjp", readTaskJuggler, 414},
    {"tjp-06-export-accountreport.tjp", readTaskJuggler, 6},
    {"tjp-07-todolist.tjp", readTaskJuggler, 7},
};

/// The tasks a file holds by its own text, independent of the readers:
/// <task elements (XML, not zipped), `task` statements starting a line (TaskJuggler).
int countedInText(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith("PK"))
        return -1;
    const QString text = QString::fromUtf8(bytes);
    if (name.startsWith(u"tjp-"))
        return int(QString(text).remove(QRegularExpression(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption))
                       .count(QRegularExpression(QStringLiteral("(?m)^[ \\t]*task[ \\t]"))));
    return int(text.count(QStringLiteral("<task ")));
}

/// Skips the test when the shared real files are not on this machine.
#define SKIP_WITHOUT_REAL_PLANS()                                                                              \
    if (!QFileInfo::exists(realPlans + QStringLiteral("SOURCES.md")))                                                         \
    GTEST_SKIP() << "the real plan files (" << realPlans.toStdString() << ") are not on this machine"
} // namespace

TEST(PlanReaders, RealFilesReadWithTheirTaskCounts)
{
    SKIP_WITHOUT_REAL_PLANS();
    for (const RealFile &f : realFiles) {
        const QString path = realPlans + QLatin1String(f.name);
        const QByteArray bytes = bytesOf(path);
        ASSERT_FALSE(bytes.isEmpty()) << f.name;
        QString error;
        const auto plan = f.reader(bytes, path, &error);
        ASSERT_TRUE(plan) << f.name << ": " << error.toStdString();
        EXPECT_EQ(plan->tasks.size(), f.tasks) << f.name;
        const int counted = countedInText(bytes, QLatin1String(f.name));
        if (counted >= 0)
            EXPECT_EQ(plan->tasks.size(), counted) << f.name;
        expectParentsFirst(*plan);
        for (const ForeignTask &t : plan->tasks) {
            EXPECT_TRUE(t.start.isValid() && t.end.isValid()) << f.name << " " << t.name.toStdString();
            EXPECT_TRUE(t.milestone ? t.end == t.start : t.end > t.start) << f.name << " " << t.name.toStdString();
        }
    }
}

TEST(PlanReaders, RealFilesDatesAsWritten)
{
    SKIP_WITHOUT_REAL_PLANS();
    const auto read = [](const char *name, PlanReader reader) {
        const QString path = realPlans + QLatin1String(name);
        return readOk(reader, bytesOf(path), path);
    };
    const ForeignPlan kitchen = read("planner-01-kitchen-remodel.planner", readPlanner);
    EXPECT_EQ(kitchen.name, u"Kitchen Remodel");
    const ForeignTask *define = taskNamed(kitchen, QStringLiteral("Define Objectives"));
    ASSERT_TRUE(define); // 20031228T000000Z – 20040102T170000Z
    EXPECT_EQ(define->start, d("2003-12-28"));
    EXPECT_EQ(define->end, d("2004-01-03"));
    const ForeignTask *goNoGo = taskNamed(kitchen, QStringLiteral("Go/No-Go Decision"));
    ASSERT_TRUE(goNoGo);
    EXPECT_TRUE(goNoGo->milestone);
    EXPECT_EQ(goNoGo->start, d("2004-01-11"));
    EXPECT_EQ(kitchen.resources.size(), 6); // one group, five resources
    const ForeignPlan sample = read("planner-02-sample-1.planner", readPlanner);
    const ForeignTask *analysis = taskNamed(sample, QStringLiteral("Analysis")); // 20040701 – 20040708T104000Z
    ASSERT_TRUE(analysis);
    EXPECT_EQ(analysis->end, d("2004-07-09"));

    const ForeignPlan garden = read("plan-01-garden.kplato", readCalligraPlan);
    EXPECT_EQ(garden.name, u"John's Garden");
    const ForeignTask *layout = taskNamed(garden, QStringLiteral("Overall layout"));
    ASSERT_TRUE(layout); // Plan A: 2009-09-28T08:00 – 2009-10-01T16:00
    EXPECT_EQ(layout->start, d("2009-09-28"));
    EXPECT_EQ(layout->end, d("2009-10-02"));
    EXPECT_EQ(garden.accounts.size(), 2);
    EXPECT_EQ(garden.accounts.at(0).name, u"Design & procurement");
    EXPECT_EQ(garden.resources.size(), 4 + 10); // four groups, ten resources
    const ForeignPlan project1 = read("plan-02-project-1.plan", readCalligraPlan);
    ASSERT_EQ(project1.tasks.size(), 1);
    EXPECT_EQ(project1.tasks.at(0).start, d("2022-05-17"));
    EXPECT_EQ(project1.tasks.at(0).end, d("2022-05-18"));

    const ForeignPlan export6 = read("tjp-06-export-accountreport.tjp", readTaskJuggler);
    const ForeignTask *product1 = taskNamed(export6, QStringLiteral("Product 1"));
    ASSERT_TRUE(product1); // 2012-02-08-10:00 – 2012-10-08-17:00
    EXPECT_EQ(product1->start, d("2012-02-08"));
    EXPECT_EQ(product1->end, d("2012-10-09"));
    const ForeignTask *payment = taskNamed(export6, QStringLiteral("Final Payment"));
    ASSERT_TRUE(payment);
    EXPECT_TRUE(payment->milestone);
    EXPECT_EQ(payment->start, d("2012-10-22"));
    EXPECT_EQ(export6.resources.size(), 6);

    const ForeignPlan tutorial = read("tjp-01-tutorial.tjp", readTaskJuggler);
    EXPECT_EQ(tutorial.name, u"Accounting Software");
    const ForeignTask *start = taskNamed(tutorial, QStringLiteral("Project start"));
    ASSERT_TRUE(start);
    EXPECT_TRUE(start->milestone);
    EXPECT_EQ(start->start, d("2002-01-16"));
    // The milestones' charges on start, all to the account "rev".
    Money payments;
    for (const ForeignTask &t : tutorial.tasks) {
        for (const ForeignCost &c : t.costs) {
            EXPECT_EQ(tutorial.accounts.at(c.account).sourceId, u"rev");
            payments += c.amount;
        }
    }
    EXPECT_EQ(payments, Money::fromKronor(21000 + 31000 + 13000 + 33000));
    EXPECT_GT(tutorial.notMapped.value(QStringLiteral("reports")), 10);
    EXPECT_GT(tutorial.notMapped.value(QStringLiteral("dependencies")), 5);

    const ForeignPlan todo = read("tjp-07-todolist.tjp", readTaskJuggler);
    const ForeignTask *car = taskNamed(todo, QStringLiteral("Buy new car"));
    ASSERT_TRUE(car);
    EXPECT_TRUE(car->milestone);
    EXPECT_EQ(car->start, d("2011-05-11"));

    // Fedora includes "reports.tji", which is not beside it under that name.
    const ForeignPlan fedora = read("tjp-05-fedora-20.tjp", readTaskJuggler);
    EXPECT_EQ(fedora.name, u"Fedora");
    bool missingInclude = false;
    for (const QString &w : fedora.warnings)
        missingInclude = missingInclude || w.contains(QStringLiteral("reports.tji"));
    EXPECT_TRUE(missingInclude);
}

TEST(PlanReaders, RealFilesOfOtherFormatsAreRefusedByName)
{
    SKIP_WITHOUT_REAL_PLANS();
    for (const char *name : {"gan-01-house-building-sample.gan", "msproject-01-mpxj-sample.xml"}) {
        const QString path = realPlans + QLatin1String(name);
        const QByteArray bytes = bytesOf(path);
        refusal(readPlanner, bytes, path);
        refusal(readCalligraPlan, bytes, path);
    }
}

TEST(PlanReaders, HostileXmlIsRefused)
{
    const QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE project [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                              " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                              "<project name=\"&c;\"><tasks/></project>\n";
    EXPECT_TRUE(refusal(readPlanner, laughs, QStringLiteral("laughs.planner")).contains(QStringLiteral("entities")));
    EXPECT_FALSE(refusal(readCalligraPlan, laughs, QStringLiteral("laughs.plan")).isEmpty());

    QByteArray deep = "<project name=\"x\"><tasks>";
    for (int i = 0; i < 100000; ++i)
        deep += "<task id=\"1\" name=\"x\" start=\"20240101T000000Z\" end=\"20240102T000000Z\">";
    EXPECT_TRUE(refusal(readPlanner, deep, QStringLiteral("deep.planner")).contains(QStringLiteral("line 1")));
    EXPECT_FALSE(refusal(readCalligraPlan, deep.replace("project", "plan"), QStringLiteral("deep.plan")).isEmpty());

    QByteArray longAttribute = "<project name=\"";
    longAttribute += QByteArray(2 * 1024 * 1024, 'x');
    longAttribute += "\"/>";
    EXPECT_TRUE(refusal(readPlanner, longAttribute, QStringLiteral("long.planner")).contains(QStringLiteral("name")));

    QByteArray huge(planreadlimits::MaxFileBytes + 1, ' ');
    EXPECT_FALSE(refusal(readPlanner, huge, QStringLiteral("huge.planner")).isEmpty());
    EXPECT_FALSE(refusal(readTaskJuggler, huge, QStringLiteral("huge.tjp")).isEmpty());
    huge.clear();

    EXPECT_FALSE(refusal(readPlanner, QByteArray("<project><tasks><task"), QStringLiteral("cut.planner")).isEmpty());
    EXPECT_FALSE(refusal(readCalligraPlan, QByteArray("\x00\x01garbage", 9), QStringLiteral("binary.plan")).isEmpty());
}

TEST(PlanReaders, HostileZipsAreRefused)
{
    const QByteArray maindoc = bytesOf(testData + QStringLiteral("small-maindoc.xml"));
    const QString climbing = refusal(readCalligraPlan,
                                     zipOf({{QStringLiteral("../../x"), QByteArrayLiteral("x")},
                                            {QStringLiteral("maindoc.xml"), maindoc}}),
                                     QStringLiteral("climbing.plan"));
    EXPECT_TRUE(climbing.contains(QStringLiteral("../../x"))) << climbing.toStdString();
    refusal(readCalligraPlan, zipOf({{QStringLiteral("/etc/maindoc.xml"), maindoc}}), QStringLiteral("absolute.plan"));
    EXPECT_TRUE(refusal(readCalligraPlan, zipOf({{QStringLiteral("content.xml"), maindoc}}), QStringLiteral("other.plan"))
                    .contains(QStringLiteral("maindoc.xml")));
    const QByteArray zip = zipOf({{QStringLiteral("maindoc.xml"), maindoc}});
    refusal(readCalligraPlan, zip.left(zip.size() / 2), QStringLiteral("cut.plan"));

    // A bomb: 300 MB of spaces packed into a few hundred kilobytes.
    const QByteArray spaces(300 << 20, ' ');
    const QByteArray bomb = zipOf({{QStringLiteral("maindoc.xml"), spaces}});
    EXPECT_LT(bomb.size(), 2 * 1024 * 1024);
    EXPECT_TRUE(refusal(readCalligraPlan, bomb, QStringLiteral("bomb.plan")).contains(QStringLiteral("MB")));
}

TEST(PlanReaders, HostileTaskJugglerIsRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return dir.filePath(name);
    };
    write(QStringLiteral("a.tji"), "include \"b.tji\"\n");
    write(QStringLiteral("b.tji"), "include \"a.tji\"\n");
    const QString cycle = write(QStringLiteral("cycle.tjp"), "project p \"P\" 2024-01-01 +1y\ninclude \"a.tji\"\n");
    EXPECT_TRUE(refusal(readTaskJuggler, bytesOf(cycle), cycle).contains(QStringLiteral("cycle")));

    const QString passwd = write(QStringLiteral("passwd.tjp"), "project p \"P\" 2024-01-01 +1y\ninclude \"/etc/passwd\"\n");
    EXPECT_TRUE(refusal(readTaskJuggler, bytesOf(passwd), passwd).contains(QStringLiteral("outside")));
    const QString climbing = write(QStringLiteral("climb.tjp"), "project p \"P\" 2024-01-01 +1y\ninclude \"../../../etc/passwd\"\n");
    EXPECT_TRUE(refusal(readTaskJuggler, bytesOf(climbing), climbing).contains(QStringLiteral("line 2")));

    const QByteArray selfMacro = "project p \"P\" 2024-01-01 +1y\nmacro m [${m} ${m}]\ntask t \"T\" { ${m} }\n";
    EXPECT_TRUE(refusal(readTaskJuggler, selfMacro, QStringLiteral("macro.tjp")).contains(QStringLiteral("line 3")));

    QByteArray nested = "project p \"P\" 2024-01-01 +1y\n";
    for (int i = 0; i < 10000; ++i)
        nested += "task t \"T\" {\n";
    EXPECT_TRUE(refusal(readTaskJuggler, nested, QStringLiteral("nested.tjp")).contains(QStringLiteral("64")));

    // Braces without end read in bounded time, and the unclosed block is named.
    const QByteArray braces = "project p \"P\" 2024-01-01 +1y\ntask t \"T\" {\n" + QByteArray(1000000, '{');
    refusal(readTaskJuggler, braces, QStringLiteral("braces.tjp"));
    EXPECT_TRUE(refusal(readTaskJuggler, "task t \"T\"\n", QStringLiteral("noproject.tjp")).contains(QStringLiteral("project")));
    refusal(readTaskJuggler, "project p \"P\" 2024-01-01 +1y\nnote \"never closed\n", QStringLiteral("string.tjp"));
}

TEST(PlanReaders, TaskJugglerMissingIncludeIsAWarning)
{
    const ForeignPlan plan = readOk(readTaskJuggler,
                                    "project p \"P\" 2024-01-01 +1y\ninclude \"nowhere.tji\"\ntask t \"T\" { start 2024-02-01 end 2024-02-03 }\n",
                                    testData + QStringLiteral("inline.tjp"));
    ASSERT_EQ(plan.tasks.size(), 1);
    EXPECT_EQ(plan.tasks.at(0).end, d("2024-02-03"));
    ASSERT_EQ(plan.warnings.size(), 1);
    EXPECT_TRUE(plan.warnings.at(0).contains(QStringLiteral("nowhere.tji")));
}
