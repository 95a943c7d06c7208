// Kill a process that is editing a plan at random moments (SIGKILL, no
// chance to clean up), at least 200 times. Every file must reopen, pass
// integrity_check, and hold exactly the state after some committed edit.
#include "testsupport.h"
#include "versions/planversions.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace horisont;

namespace {
constexpr int Kills = 200;
constexpr int Seeds = 4;
constexpr int EditsPerRun = 1500;

QString child()
{
    return QStringLiteral(HORISONT_CRASH_CHILD);
}

QStringList fingerprints(const QString &base, const QString &work, int seed)
{
    QFile::remove(work);
    EXPECT_TRUE(QFile::copy(base, work));
    QProcess process;
    process.start(child(), {work, QString::number(seed), QString::number(EditsPerRun), QStringLiteral("--fingerprints")});
    EXPECT_TRUE(process.waitForFinished(600000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromLatin1(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

TEST(Crash, KilledWhileEditingLeavesACommittedState)
{
    QTemporaryDir dir;
    QString base;
    {
        auto doc = test::createDemo(dir, QStringLiteral("base.horisont"));
        ASSERT_TRUE(doc);
        base = doc->path();
    }
    const QString work = dir.filePath(QStringLiteral("work.horisont"));
    QRandomGenerator random(1125);
    int killedMidway = 0;
    int hotJournals = 0; // kills that landed inside a transaction
    for (int seed = 1; seed <= Seeds; ++seed) {
        const QStringList expected = fingerprints(base, work, seed);
        ASSERT_EQ(expected.size(), EditsPerRun + 1);
        for (int run = 0; run < Kills / Seeds; ++run) {
            QFile::remove(work);
            QFile::remove(work + QStringLiteral("-journal"));
            QFile::remove(work + QStringLiteral(".lock"));
            ASSERT_TRUE(QFile::copy(base, work));
            QProcess process;
            process.start(child(), {work, QString::number(seed), QString::number(EditsPerRun)});
            ASSERT_TRUE(process.waitForStarted());
            QThread::msleep(20 + random.bounded(400));
            if (process.state() == QProcess::Running)
                ++killedMidway;
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
            if (QFileInfo(work + QStringLiteral("-journal")).size() > 0)
                ++hotJournals;

            QString error;
            auto doc = PlanDocument::open(work, &error); // recovers the stale lock and the hot journal
            ASSERT_TRUE(doc) << "seed " << seed << " run " << run << ": " << error.toStdString();
            ASSERT_FALSE(doc->isReadOnly()) << doc->readOnlyReason().toStdString();
            const QByteArray state = test::stateFingerprint(*doc);
            doc.reset();
            EXPECT_EQ(test::sqlite3(work, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
            EXPECT_TRUE(expected.contains(QString::fromLatin1(state)))
                << "seed " << seed << " run " << run << ": the file holds a state no committed edit produced";
        }
    }
    EXPECT_GE(killedMidway, Kills / 2) << "most kills must land while the child is editing";
    EXPECT_GT(hotJournals, 0) << "some kills must land inside a transaction";
    RecordProperty("kills_inside_a_transaction", hotJournals);
}

// Freezing is one transaction: killed at any moment, the file holds the
// versions frozen before, each whole and intact, and nothing of the one
// being frozen.
TEST(Crash, KilledWhileFreezingLeavesWholeVersionsOnly)
{
    QTemporaryDir dir;
    QString base;
    {
        auto doc = test::createDemo(dir, QStringLiteral("base.horisont"));
        ASSERT_TRUE(doc);
        base = doc->path();
    }
    const QString work = dir.filePath(QStringLiteral("work.horisont"));
    QRandomGenerator random(1206);
    int killedMidway = 0;
    for (int run = 0; run < 40; ++run) {
        QFile::remove(work);
        QFile::remove(work + QStringLiteral("-journal"));
        QFile::remove(work + QStringLiteral(".lock"));
        ASSERT_TRUE(QFile::copy(base, work));
        QProcess process;
        process.start(child(), {work, QStringLiteral("--freeze"), QStringLiteral("100000")});
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(100 + random.bounded(400));
        if (process.state() == QProcess::Running)
            ++killedMidway;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();

        QString error;
        auto doc = PlanDocument::open(work, &error);
        ASSERT_TRUE(doc) << "run " << run << ": " << error.toStdString();
        const QList<PlanVersion> versions = planversions::list(doc->store());
        for (int i = 0; i < versions.size(); ++i) {
            EXPECT_EQ(versions.at(i).name, QStringLiteral("v%1").arg(i + 1)) << "run " << run;
            Plan frozen;
            EXPECT_TRUE(planversions::load(doc->store(), versions.at(i), frozen, &error)) << error.toStdString();
            EXPECT_EQ(frozen.snapshot(), doc->plan().snapshot());
        }
        doc.reset();
        EXPECT_EQ(test::sqlite3(work, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    }
    EXPECT_GE(killedMidway, 30) << "the kills must land while the child is freezing";
}
