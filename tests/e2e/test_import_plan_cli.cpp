// `horisont import-plan`, run as a separate process like a user would: exit 0
// when everything was brought in, 1 when the report lists what was not, 2
// when nothing could be; OUT is never written over and never left half made.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString plans = QStringLiteral(HORISONT_TEST_DATA "/plans");

test::ProcessResult importPlan(const QStringList &arguments)
{
    return test::runHorisont(QStringList{QStringLiteral("import-plan")} + arguments);
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST(ImportPlanCli, EverythingMappedExitsZero)
{
    QTemporaryDir dir;
    // A plan with nothing Horisont has no place for: tasks, a note, a resource, a cost.
    const QString source = write(dir, QStringLiteral("enkel.gan"), R"(<?xml version="1.0" encoding="UTF-8"?>
<project name="Enkel plan" version="3.3">
  <tasks>
    <task id="1" name="Fas" start="2025-01-06" duration="20">
      <task id="2" name="Insats" start="2025-01-06" duration="5" cost-manual-value="1200.50" cost-calculated="false">
        <notes><![CDATA[Om insatsen]]></notes>
      </task>
    </task>
  </tasks>
  <resources><resource id="7" name="Kultur"/></resources>
  <allocations><allocation task-id="2" resource-id="7"/></allocations>
</project>
)");
    const QString out = dir.filePath(QStringLiteral("enkel.horisont"));
    const QString report = dir.filePath(QStringLiteral("rapport.txt"));
    const test::ProcessResult r = importPlan({source, out, QStringLiteral("--report"), report});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Everything in the file was brought in."))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("\nAllocated in total: +1,200\\.50\n")))) << r.out.toStdString();
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT name || '|' || start || '|' || end || '|' || description FROM intervention")),
              QStringLiteral("Insats|2025-01-06|2025-01-11|Om insatsen"));
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT sum(amount) FROM allocation")), QStringLiteral("120050"));
    QFile written(report);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(r.out.contains(QString::fromUtf8(written.readAll())));
    // The new plan passes the whole-file check (its findings are the plan's, exit 1 at most).
    EXPECT_LE(test::runHorisont({QStringLiteral("check"), out}).exitCode, 1);
}

TEST(ImportPlanCli, WhatIsLeftOutExitsOneAndIsNamed)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("ms.horisont"));
    const test::ProcessResult r = importPlan({plans + QStringLiteral("/msproject-nested.xml"), out, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 1) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Phases:                   2"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Milestones:               2"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("  dependencies: 1"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("  baselines: 1"))) << r.out.toStdString();
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT count(*) FROM activity WHERE milestone = 1")), QStringLiteral("2"));
}

TEST(ImportPlanCli, NothingImportableExitsTwoAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.horisont"));
    const QString noise = write(dir, QStringLiteral("noise.bin"), QByteArray("\x00\x01\x02 not a plan", 15));
    test::ProcessResult r = importPlan({noise, out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("noise.bin"))) << r.err.toStdString();
    const QString noTasks = write(dir, QStringLiteral("tom.gan"), "<project name=\"Tom\" view-date=\"2024-01-01\"><tasks/></project>");
    r = importPlan({noTasks, out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tom.gan"))) << r.err.toStdString();
    const QString broken = write(dir, QStringLiteral("trasig.xml"),
                                 "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task><UID>1</UID>");
    r = importPlan({broken, out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("trasig.xml, line 1: "))) << r.err.toStdString();
    r = importPlan({plans + QStringLiteral("/msproject-nested.xml"), out, QStringLiteral("--format"), QStringLiteral("word")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3); // the three sources, nothing else
}

TEST(ImportPlanCli, NeverWritesOverOut)
{
    QTemporaryDir dir;
    const QString out = write(dir, QStringLiteral("finns.horisont"), "earlier bytes");
    const test::ProcessResult r = importPlan({plans + QStringLiteral("/ganttproject-nested.gan"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("earlier bytes"));
}

TEST(ImportPlanCli, SpreadsheetWithAProfile)
{
    QTemporaryDir dir;
    // A Swedish action plan with a title row; Kostnad per År, Slut the last day.
    const QString source = write(dir, QStringLiteral("plan.csv"), QStringLiteral(
        "Åtgärdsplan 2025–2026\n"
        "Fas;Insats;Aktivitet;Ansvarig;Start;Slut;Kostnad;År;Källa\n"
        "Förstudie;Kartläggning;;Miljö, Kultur;2025-01-01;2025-06-30;150 000,50;2025;Kommunbudget\n"
        ";;;;;;200 000,25;2026;Kommunbudget\n"
        ";Kartläggning;Intervjuer;Kultur;2025-03-01;2025-03-31;1 234,50;;EU\n").toUtf8());
    const QString profile = write(dir, QStringLiteral("p.json"), R"({"columns": {"funding": "Källa"}, "decimalComma": true})");
    const QString out = dir.filePath(QStringLiteral("plan.horisont"));
    const test::ProcessResult r = importPlan({source, out, QStringLiteral("--format"), QStringLiteral("spreadsheet"),
                                              QStringLiteral("--profile"), profile, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QRegularExpression(QStringLiteral("\nAllocated in total: +351,235\\.25\n")))) << r.out.toStdString();
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT count(*) FROM phase")), QStringLiteral("1"));
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT name || '|' || start || '|' || end FROM intervention")),
              QStringLiteral("Kartläggning|2025-01-01|2027-01-01"));
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT name || '|' || start || '|' || end FROM activity")),
              QStringLiteral("Intervjuer|2025-03-01|2025-04-01"));
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT group_concat(year || ':' || amount, ' ') FROM (SELECT year, sum(amount) AS amount "
                                                "FROM allocation GROUP BY year ORDER BY year)")),
              QStringLiteral("2025:15123500 2026:20000025"));
    EXPECT_EQ(test::sqlite3(out, QStringLiteral("SELECT count(*) FROM organisation")), QStringLiteral("2"));

    // A profile that names a column the file lacks refuses the import, and writes nothing.
    const QString bad = write(dir, QStringLiteral("bad.json"), R"({"columns": {"budget": "Belopp"}})");
    const QString none = dir.filePath(QStringLiteral("none.horisont"));
    const test::ProcessResult refused = importPlan({source, none, QStringLiteral("--profile"), bad});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("\"Belopp\" (budget)"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(none));
}
