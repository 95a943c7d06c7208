// Scenarios through the executable: make, list, read with --scenario,
// compare side by side and with diff, promote and delete; what cannot be
// is refused by name with exit 2 and leaves the file as it was.
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

QString demoIn(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("umea.horisont"));
    const test::ProcessResult r =
        test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return path;
}

test::ProcessResult run(const QStringList &arguments) { return test::runHorisont(arguments); }

const QString Longer = QStringLiteral("15 år");

} // namespace

TEST(ScenariosCli, MakeListReadCompareAndDelete)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    test::ProcessResult r = run({QStringLiteral("scenario"), path, QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("no scenarios"))) << r.out.toStdString();

    r = run({QStringLiteral("scenario"), path, QStringLiteral("create"), Longer});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("scenario"), path, QStringLiteral("list")});
    EXPECT_TRUE(r.out.contains(Longer)) << r.out.toStdString();
    r = run({QStringLiteral("versions"), path});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Scenarios:"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(Longer)) << r.out.toStdString();

    r = run({QStringLiteral("info"), path, QStringLiteral("--scenario"), Longer});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Umeå växer"))) << r.out.toStdString();

    // The same as the plan: diff finds nothing, side by side has both columns.
    r = run({QStringLiteral("diff"), path, QStringLiteral("--from"), QStringLiteral("current"), QStringLiteral("--to"), Longer});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QString csv = dir.filePath(QStringLiteral("side.csv"));
    r = run({QStringLiteral("scenario"), path, QStringLiteral("compare"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Allocated in all"))) << r.out.toStdString();
    QFile written(csv);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Scenario «%1»").arg(Longer))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("22950000.00"))) << text.toStdString();

    r = run({QStringLiteral("scenario"), path, QStringLiteral("delete"), Longer});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("scenario"), path, QStringLiteral("list")});
    EXPECT_FALSE(r.out.contains(Longer));
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'plan_scenario';")),
              QStringLiteral("2"));
}

TEST(ScenariosCli, PromoteKeepsThePlanAsASnapshot)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    ASSERT_EQ(run({QStringLiteral("scenario"), path, QStringLiteral("create"), Longer, QStringLiteral("--from"),
                   QStringLiteral("current")})
                  .exitCode,
              0);
    test::ProcessResult r = run({QStringLiteral("scenario"), path, QStringLiteral("promote"), Longer});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is now the plan"))) << r.out.toStdString();
    r = run({QStringLiteral("versions"), path});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Before «%1»").arg(Longer))) << r.out.toStdString();
    r = run({QStringLiteral("check"), path});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

TEST(ScenariosCli, RefusalsNameWhatIsWrongAndChangeNothing)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    ASSERT_EQ(run({QStringLiteral("scenario"), path, QStringLiteral("create"), Longer}).exitCode, 0);
    const QByteArray before = test::fileHash(path);

    test::ProcessResult r = run({QStringLiteral("scenario"), path, QStringLiteral("create"), Longer});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already has a scenario"))) << r.err.toStdString();
    r = run({QStringLiteral("scenario"), path, QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("V9")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("V9"))) << r.err.toStdString();
    r = run({QStringLiteral("info"), path, QStringLiteral("--scenario"), QStringLiteral("Nej")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(Longer)) << r.err.toStdString(); // lists the scenarios there are
    r = run({QStringLiteral("info"), path, QStringLiteral("--scenario"), Longer, QStringLiteral("--version"), QStringLiteral("V")});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("scenario"), path, QStringLiteral("promote"), QStringLiteral("Nej")});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("scenario"), path, QStringLiteral("compare"), QStringLiteral("Nej")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("current"))) << r.err.toStdString();
    r = run({QStringLiteral("scenario"), path, QStringLiteral("rename"), Longer});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("promote"))) << r.err.toStdString();
    r = run({QStringLiteral("scenario"), path, QStringLiteral("delete")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(test::fileHash(path), before);

    // A damaged scenario is named by check, and refused, not read.
    test::sqlite3(path, QStringLiteral("UPDATE plan_scenario SET content = x'00';"));
    r = run({QStringLiteral("check"), path});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("scenario-unreadable"))) << r.out.toStdString();
    r = run({QStringLiteral("info"), path, QStringLiteral("--scenario"), Longer});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(Longer)) << r.err.toStdString();
}

// A pack's changes section (and its timeline's grey bars) compares with a
// scenario as with a version; the plan itself is no state to compare with.
TEST(ScenariosCli, APackComparesWithAScenario)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    ASSERT_EQ(run({QStringLiteral("scenario"), path, QStringLiteral("create"), Longer}).exitCode, 0);
    // The plan moves on after the scenario was made (an edit behind Horisont's back will do here).
    test::sqlite3(path, QStringLiteral("UPDATE intervention SET name = 'Lovaktiviteter året runt' WHERE code = '7150';"));

    const QString pdf = dir.filePath(QStringLiteral("changes.pdf"));
    test::ProcessResult r = run({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), pdf, QStringLiteral("--sections"),
                                 QStringLiteral("changes,timeline"), QStringLiteral("--compare-with"), Longer,
                                 QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Changes since «%1»").arg(Longer))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The scenario «%1» compared with the plan as it is now.").arg(Longer)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lovaktiviteter året runt"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("grey bars: the dates of «%1»").arg(Longer))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of 2"))) << "no empty page after the timeline: " << text.toStdString();

    r = run({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), pdf, QStringLiteral("--compare-with"), QStringLiteral("current")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not the plan itself"))) << r.err.toStdString();
    r = run({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), pdf, QStringLiteral("--compare-with"), QStringLiteral("Finns inte")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(Longer)) << "the refusal lists the states there are: " << r.err.toStdString();
}
