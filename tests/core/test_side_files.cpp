// Journals and WAL files beside a plan: SQLite would replay them into it
// whether or not they belong to it. Horisont replays them in a copy, adopts
// the copy only when it verifies, and otherwise sets them aside; reading a
// plan never writes anything beside it.
#include "testsupport.h"

#include "document/planlock.h"
#include "store/sidefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace horisont;

namespace {

void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &message), SQLITE_OK) << (message ? message : "");
}

/// Starts an edit of `plan` that writes its pages before committing and,
/// mid-edit, copies what a crash would leave: the file (when `fileOut` is
/// set) and its journal. Then rolls the edit back, so `plan` is unchanged.
void snapshotMidEdit(const QString &plan, const QString &journalOut, const QString &fileOut = QString())
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(plan).constData(), &db), SQLITE_OK);
    // No sync: the journal counts its records from its size, as after a crash.
    exec(db, "PRAGMA synchronous = OFF");
    exec(db, "PRAGMA cache_size = 1");
    exec(db, "BEGIN");
    // Touching the schema journals the first page at once, as every commit
    // does; that page is how a journal is known to be the plan's own.
    exec(db, "CREATE TABLE half_written (x)");
    exec(db, "UPDATE activity SET name = name || ' (half-written)'");
    exec(db, "UPDATE programme SET name = 'Half-written'");
    if (!fileOut.isEmpty()) {
        QFile::remove(fileOut);
        ASSERT_TRUE(QFile::copy(plan, fileOut));
    }
    QFile::remove(journalOut);
    ASSERT_TRUE(QFile::copy(plan + QStringLiteral("-journal"), journalOut));
    exec(db, "ROLLBACK");
    sqlite3_close(db);
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

class SideFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        plan = test::createDemo(dir, QStringLiteral("plan.horisont"))->path();
        other = test::createPlan(dir, QStringLiteral("other.horisont"))->path();
        // The other plan gets activities of its own, so that its journal holds pages.
        test::sqlite3(other, QStringLiteral("INSERT INTO phase (id, name, start, \"end\", objectives, position) "
                                            "VALUES (1, 'P', '2020-01-01', '2021-01-01', '', 0);"));
        before = test::diskSnapshot(plan);
    }
    QTemporaryDir dir;
    QString plan;
    QString other;
    QList<Record> before;
};

TEST_F(SideFilesTest, AForeignJournalIsNeverReplayedIntoThePlan)
{
    snapshotMidEdit(other, plan + QStringLiteral("-journal"));
    const QByteArray planBytes = test::fileHash(plan);
    const QByteArray journalBytes = test::fileHash(plan + QStringLiteral("-journal"));
    ASSERT_TRUE(SideFiles::of(plan).journal);

    // Reading changes nothing, beside the plan or in it.
    const QStringList files = filesIn(dir);
    for (const char *command : {"info", "check"}) {
        const test::ProcessResult r = test::runHorisont({QString::fromLatin1(command), plan});
        EXPECT_EQ(r.exitCode, 0) << command << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("does not fit"))) << r.err.toStdString();
        EXPECT_EQ(test::fileHash(plan), planBytes) << command;
        EXPECT_EQ(test::fileHash(plan + QStringLiteral("-journal")), journalBytes) << command;
        EXPECT_EQ(filesIn(dir), files) << command;
    }

    // Opening for editing — the advice a reader of the plan gets — keeps the
    // plan as it was and the journal under a name SQLite never opens.
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_EQ(doc->verifyWholeFile(), QStringLiteral("ok"));
    EXPECT_EQ(doc->plan().snapshot(), before);
    ASSERT_EQ(doc->notices().size(), 1);
    EXPECT_TRUE(doc->notices().constFirst().contains(QStringLiteral("not-replayed")))
        << doc->notices().constFirst().toStdString();
    doc.reset();
    EXPECT_FALSE(QFileInfo::exists(plan + QStringLiteral("-journal")));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("plan.horisont-journal.not-replayed-*")});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(test::fileHash(dir.filePath(aside.constFirst())), journalBytes);
    EXPECT_EQ(test::diskSnapshot(plan), before);
}

TEST_F(SideFilesTest, AJournalOfATwinNeverChangesThePlansContent)
{
    // A journal of the plan's twin (a copy edited since) has the same page
    // layout: whatever Horisont makes of it, the plan keeps its content.
    const QString twin = dir.filePath(QStringLiteral("twin.horisont"));
    ASSERT_TRUE(QFile::copy(plan, twin));
    test::sqlite3(twin, QStringLiteral("UPDATE intervention SET name = 'Other plan ' || id;"));
    snapshotMidEdit(twin, plan + QStringLiteral("-journal"));
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_EQ(doc->plan().snapshot(), before);
    EXPECT_EQ(doc->verifyWholeFile(), QStringLiteral("ok"));
    EXPECT_FALSE(QFileInfo::exists(plan + QStringLiteral("-journal")));
}

TEST_F(SideFilesTest, AJournalOfAnotherPlanIsSetAsideByAnImport)
{
    snapshotMidEdit(other, plan + QStringLiteral("-journal"));
    const QString ledger = dir.filePath(QStringLiteral("ledger.csv"));
    test::writeFile(ledger, "Ver.nr;Rad;Datum;Belopp;Ansvar;Projekt\n1;1;2024-03-01;100,00;1100;7100\n");
    const test::ProcessResult r = test::runHorisont({QStringLiteral("import-actuals"), plan, ledger});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not-replayed"))) << r.err.toStdString();
    const test::ProcessResult check = test::runHorisont({QStringLiteral("check"), plan});
    EXPECT_NE(check.exitCode, 2) << check.err.toStdString();
    EXPECT_EQ(test::diskSnapshot(plan), before);
}

TEST_F(SideFilesTest, AnInterruptedEditIsCompletedInACopy)
{
    // What a crash mid-edit leaves: the file with some new pages written and
    // the journal that restores the old ones.
    const QString crashed = dir.filePath(QStringLiteral("crashed.horisont"));
    snapshotMidEdit(plan, crashed + QStringLiteral("-journal"), crashed);
    const QByteArray crashedBytes = test::fileHash(crashed);

    // A read-only view shows the plan as it will be once completed.
    QString error;
    {
        auto view = PlanDocument::open(crashed, &error, PlanDocument::Access::ReadOnly);
        ASSERT_TRUE(view) << error.toStdString();
        EXPECT_EQ(view->plan().snapshot(), before);
        EXPECT_EQ(view->path(), QFileInfo(crashed).absoluteFilePath());
        EXPECT_FALSE(view->notices().isEmpty());
    }
    EXPECT_EQ(test::fileHash(crashed), crashedBytes);
    EXPECT_TRUE(SideFiles::of(crashed).journal);

    auto doc = PlanDocument::open(crashed, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_EQ(doc->plan().snapshot(), before);
    EXPECT_TRUE(doc->notices().constFirst().contains(QStringLiteral("completed"))) << doc->notices().constFirst().toStdString();
    EXPECT_FALSE(QFileInfo::exists(crashed + QStringLiteral("-journal")));
    EXPECT_EQ(doc->verifyWholeFile(), QStringLiteral("ok"));
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral(".*recovering*")}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(SideFilesTest, AWalModePlanIsReadWithoutWritingBesideIt)
{
    test::sqlite3(plan, QStringLiteral("PRAGMA journal_mode = WAL;"));
    ASSERT_TRUE(SideFiles::of(plan).walMode);
    const QByteArray bytes = test::fileHash(plan);
    const QStringList files = filesIn(dir);
    for (const char *command : {"info", "check"}) {
        const test::ProcessResult r = test::runHorisont({QString::fromLatin1(command), plan});
        EXPECT_EQ(r.exitCode, 0) << command << r.err.toStdString();
        EXPECT_EQ(filesIn(dir), files) << command; // no -wal, no -shm
        EXPECT_EQ(test::fileHash(plan), bytes) << command;
    }
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_FALSE(doc->notices().isEmpty());
    doc.reset();
    EXPECT_FALSE(SideFiles::of(plan).any()); // an ordinary rollback-journal file again
    EXPECT_EQ(test::diskSnapshot(plan), before);
}

TEST_F(SideFilesTest, CommittedChangesInAWalFileAreRead)
{
    // A WAL file still holding a committed change, as another program left it.
    const QString walPlan = dir.filePath(QStringLiteral("wal.horisont"));
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(plan).constData(), &db), SQLITE_OK);
        exec(db, "PRAGMA journal_mode = WAL");
        exec(db, "PRAGMA wal_autocheckpoint = 0");
        exec(db, "UPDATE programme SET name = 'Renamed in the WAL'");
        ASSERT_TRUE(QFile::copy(plan, walPlan));
        ASSERT_TRUE(QFile::copy(plan + QStringLiteral("-wal"), walPlan + QStringLiteral("-wal")));
        sqlite3_close(db);
    }
    const QByteArray bytes = test::fileHash(walPlan);
    QString error;
    {
        auto view = PlanDocument::open(walPlan, &error, PlanDocument::Access::ReadOnly);
        ASSERT_TRUE(view) << error.toStdString();
        EXPECT_EQ(view->plan().programme().name, QStringLiteral("Renamed in the WAL"));
    }
    EXPECT_EQ(test::fileHash(walPlan), bytes);
    EXPECT_FALSE(QFileInfo::exists(walPlan + QStringLiteral("-shm")));
    auto doc = PlanDocument::open(walPlan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_EQ(doc->plan().programme().name, QStringLiteral("Renamed in the WAL"));
    EXPECT_FALSE(QFileInfo::exists(walPlan + QStringLiteral("-wal")));

    // Nothing in a WAL names its file, so applying one keeps what it replaced
    // and says where: the plan as it was, and the log itself.
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("wal.horisont.before-wal-*")}, QDir::Files);
    const QStringList log = QDir(dir.path()).entryList({QStringLiteral("wal.horisont-wal.applied-*")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    ASSERT_EQ(log.size(), 1);
    EXPECT_TRUE(doc->notices().join(QLatin1Char(' ')).contains(kept.first()));
    doc.reset();
    auto before = PlanDocument::open(dir.filePath(kept.first()), &error, PlanDocument::Access::ReadOnly);
    ASSERT_TRUE(before) << error.toStdString();
    EXPECT_NE(before->plan().programme().name, QStringLiteral("Renamed in the WAL"));
}

TEST_F(SideFilesTest, AJournalOfALargerFileIsKnownForeignWithoutReplaying)
{
    // The small plan cannot have shrunk below the size the journal began at.
    snapshotMidEdit(plan, other + QStringLiteral("-journal"));
    EXPECT_EQ(SideFiles::journalFit(other), SideFiles::Fit::Foreign);
    const test::ProcessResult r = test::runHorisont({QStringLiteral("info"), other});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("first page is not this plan's"))) << r.err.toStdString();
}

TEST(PlanLock, ALockLeftEmptyByAKilledHorisontIsTakenOver)
{
    // Killed between creating the lock file and writing its pid into it.
    QTemporaryDir dir;
    const QString plan = test::createPlan(dir)->path();
    test::writeFile(planlock::lockPath(plan), "");
    QFile lock(planlock::lockPath(plan));
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
    lock.close();
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly()) << doc->readOnlyReason().toStdString();
    EXPECT_EQ(planlock::holder(plan)->pid, QCoreApplication::applicationPid());
}

TEST(PlanLock, AJustEmptiedLockIsWaitedForThenTakenOver)
{
    // The crash test's case: killed a moment ago between creating the lock and
    // writing its pid, then opened at once. Opening waits out the grace
    // instead of calling the dead process "a Horisont that is writing to it".
    QTemporaryDir dir;
    const QString plan = test::createPlan(dir)->path();
    test::writeFile(planlock::lockPath(plan), "");
    QElapsedTimer clock;
    clock.start();
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly()) << doc->readOnlyReason().toStdString();
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(planlock::holder(plan)->pid, QCoreApplication::applicationPid());
}

TEST(PlanLock, ALockFromAnotherComputerNamesItAndCanBeBroken)
{
    QTemporaryDir dir;
    const QString plan = test::createPlan(dir)->path();
    // QLockFile's own format: pid, application, host.
    test::writeFile(planlock::lockPath(plan), "4711\nhorisont\nws-crashed-elsewhere\n");
    QString error;
    auto doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_TRUE(doc->isLockedElsewhere());
    EXPECT_TRUE(doc->readOnlyReason().contains(QStringLiteral("process 4711 on ws-crashed-elsewhere")))
        << doc->readOnlyReason().toStdString();
    const auto holder = planlock::holder(plan);
    ASSERT_TRUE(holder);
    EXPECT_FALSE(holder->onThisComputer);
    doc.reset();
    ASSERT_TRUE(planlock::breakStale(plan, &error)) << error.toStdString();
    EXPECT_FALSE(planlock::holder(plan));
    doc = PlanDocument::open(plan, &error);
    ASSERT_TRUE(doc);
    EXPECT_FALSE(doc->isReadOnly());
}

TEST(PlanLock, ALiveHolderOnThisComputerIsNamedAndNotBroken)
{
    QTemporaryDir dir;
    const QString plan = test::createPlan(dir)->path();
    QString error;
    auto first = PlanDocument::open(plan, &error);
    ASSERT_TRUE(first);
    auto second = PlanDocument::open(plan, &error);
    ASSERT_TRUE(second);
    EXPECT_TRUE(second->readOnlyReason().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << second->readOnlyReason().toStdString();
    EXPECT_FALSE(planlock::breakStale(plan, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("running")));
    EXPECT_EQ(LockHolder{}.describe(), QStringLiteral("a Horisont that is writing to it"));
}

} // namespace
