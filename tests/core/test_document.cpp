// The plan document: creating, editing through commands, the change log,
// undo/redo against the file, locking, read-only files and copies.
#include "testsupport.h"

#include "edit/commands.h"
#include "model/schema.h"
#include "store/fileformat.h"

#include <QFile>
#include <QCryptographicHash>
#include <QLockFile>

#include <gtest/gtest.h>

using namespace horisont;

namespace {
Id addPhase(PlanDocument &doc, const QString &name, QDate start, QDate end)
{
    Phase phase;
    phase.name = name;
    phase.start = start;
    phase.end = end;
    auto *command = commands::insert(doc, phase, CommandText::verbatim(QStringLiteral("Add phase")));
    const Id id = command->createdId();
    EXPECT_TRUE(doc.execute(command)) << doc.lastError().toStdString();
    return id;
}
} // namespace

TEST(Document, CreateRefusesToOverwriteAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.horisont"));
    test::writeFile(path, "important notes");
    QString error;
    EXPECT_FALSE(PlanDocument::create(path, Programme{}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists")));
    EXPECT_EQ(test::fileHash(path), QCryptographicHash::hash("important notes", QCryptographicHash::Sha256).toHex());
}

TEST(Document, EveryEditIsOnDiskWhenExecuteReturns)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    const Id phase = addPhase(*doc, QStringLiteral("Uppstart"), QDate(2020, 1, 1), QDate(2023, 1, 1));
    ASSERT_NE(phase, NoId);
    EXPECT_EQ(test::diskSnapshot(doc->path()), doc->plan().snapshot());
    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Phase, phase, QStringLiteral("name"),
                                                QStringLiteral("Etablering"))));
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT name FROM phase")), QStringLiteral("Etablering"));
    EXPECT_EQ(test::diskSnapshot(doc->path()), doc->plan().snapshot());
}

TEST(Document, ChangeLogRecordsWhoWhatBeforeAndAfter)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    const Id phase = addPhase(*doc, QStringLiteral("Uppstart"), QDate(2020, 1, 1), QDate(2023, 1, 1));
    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Phase, phase, QStringLiteral("end"),
                                                QDate(2024, 1, 1), nullptr, QStringLiteral("KS beslut 2021"))));
    doc->undoStack()->undo();
    const QList<ChangeLogEntry> log = doc->store().changeLog(2);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].action, QStringLiteral("undo"));
    EXPECT_EQ(log[0].oldValue, QStringLiteral("2024-01-01"));
    EXPECT_EQ(log[0].newValue, QStringLiteral("2023-01-01"));
    EXPECT_EQ(log[1].action, QStringLiteral("do"));
    EXPECT_EQ(log[1].user, QStringLiteral("tester"));
    EXPECT_EQ(log[1].entity, QStringLiteral("phase"));
    EXPECT_EQ(log[1].entityId, phase);
    EXPECT_EQ(log[1].field, QStringLiteral("end"));
    EXPECT_EQ(log[1].oldValue, QStringLiteral("2023-01-01"));
    EXPECT_EQ(log[1].newValue, QStringLiteral("2024-01-01"));
    EXPECT_EQ(log[1].reason, QStringLiteral("KS beslut 2021"));
    EXPECT_LE(qAbs(log[1].at.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

TEST(Document, UndoAndRedoRestoreTheFileExactly)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    const QList<Record> opened = doc->plan().snapshot();
    const Id phase = addPhase(*doc, QStringLiteral("Uppstart"), QDate(2020, 1, 1), QDate(2023, 1, 1));
    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Phase, phase, QStringLiteral("name"), QStringLiteral("Fas 1"))));
    const QList<Record> edited = doc->plan().snapshot();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->plan().snapshot(), opened);
    EXPECT_EQ(test::diskSnapshot(doc->path()), opened);
    EXPECT_FALSE(doc->undoStack()->canUndo()) << "opening is never on the undo stack";
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    EXPECT_EQ(doc->plan().snapshot(), edited);
    EXPECT_EQ(test::diskSnapshot(doc->path()), edited);
}

TEST(Document, AFailingEditChangesNothing)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    const QByteArray before = test::fileHash(doc->path());
    Activity orphan;
    orphan.name = QStringLiteral("Utan insats");
    orphan.interventionId = 4711; // no such intervention: the foreign key refuses it
    EXPECT_FALSE(doc->execute(commands::insert(*doc, orphan, CommandText::verbatim(QStringLiteral("Add activity")))));
    EXPECT_FALSE(doc->lastError().isEmpty());
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_TRUE(doc->plan().all<Activity>().empty());
    EXPECT_EQ(test::fileHash(doc->path()), before);
}

TEST(Document, UnchangedValueIsNotACommand)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    QString error;
    EXPECT_EQ(commands::setField(*doc, EntityKind::Programme, 1, QStringLiteral("name"), QStringLiteral("Testprogram"), &error),
              nullptr);
    EXPECT_EQ(commands::setField(*doc, EntityKind::Programme, 1, QStringLiteral("no_such_field"), 1, &error), nullptr);
    EXPECT_EQ(commands::setField(*doc, EntityKind::Phase, 99, QStringLiteral("name"), QStringLiteral("x"), &error), nullptr);
}

TEST(Document, SecondOpenIsReadOnlyAndNamesTheHolder)
{
    QTemporaryDir dir;
    auto first = test::createPlan(dir);
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->isReadOnly());
    QString error;
    auto second = PlanDocument::open(first->path(), &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_TRUE(second->isReadOnly());
    EXPECT_TRUE(second->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())))
        << second->readOnlyReason().toStdString();
    const QByteArray before = test::fileHash(first->path());
    EXPECT_FALSE(second->execute(commands::setField(*second, EntityKind::Programme, 1, QStringLiteral("name"),
                                                    QStringLiteral("Kapat"))));
    EXPECT_EQ(test::fileHash(first->path()), before);
    first.reset();
    auto third = PlanDocument::open(second->path(), &error);
    ASSERT_TRUE(third);
    EXPECT_FALSE(third->isReadOnly()) << "closing releases the lock";
}

TEST(Document, StaleLockOfADeadProcessIsRecovered)
{
    QTemporaryDir dir;
    QString path;
    {
        auto doc = test::createPlan(dir);
        ASSERT_TRUE(doc);
        path = doc->path();
    }
    // A lock left by a process that no longer exists (as after a crash).
    test::writeFile(path + QStringLiteral(".lock"), QByteArray("999999\nhorisont\n") + QSysInfo::machineHostName().toUtf8() + "\n");
    QString error;
    auto doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_FALSE(doc->isReadOnly()) << doc->readOnlyReason().toStdString();
}

TEST(Document, NewerFormatOpensReadOnlyAndIsNotTouched)
{
    QTemporaryDir dir;
    QString path;
    {
        auto doc = test::createPlan(dir);
        ASSERT_TRUE(doc);
        path = doc->path();
    }
    test::sqlite3(path, QStringLiteral("PRAGMA user_version = %1;").arg(fileformat::currentVersion() + 1));
    const QByteArray before = test::fileHash(path);
    QString error;
    auto doc = PlanDocument::open(path, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_TRUE(doc->readOnlyReason().contains(QStringLiteral("newer version")));
    EXPECT_EQ(doc->plan().programme().name, QStringLiteral("Testprogram"));
    doc.reset();
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(Document, SaveACopyWritesAConsistentPlan)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    addPhase(*doc, QStringLiteral("Uppstart"), QDate(2020, 1, 1), QDate(2023, 1, 1));
    const QString copy = dir.filePath(QStringLiteral("kopia.horisont"));
    test::writeFile(copy, "an older copy");
    QString error;
    ASSERT_TRUE(doc->saveCopy(copy, &error)) << error.toStdString();
    EXPECT_EQ(test::diskSnapshot(copy), doc->plan().snapshot());
    EXPECT_EQ(test::sqlite3(copy, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    EXPECT_EQ(QDir(dir.path()).entryList(QStringList{QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden).size(), 0);
    EXPECT_FALSE(doc->saveCopy(doc->path(), &error));
}

TEST(Document, FailedCopyLeavesTheOldCopy)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    QString error;
    EXPECT_FALSE(doc->saveCopy(dir.filePath(QStringLiteral("no/such/folder/copy.horisont")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(Document, AnEditAfterAnUndoSucceeds)
{
    // Pushing after an undo drops the redoable commands; the edit itself succeeds.
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    addPhase(*doc, QStringLiteral("A"), QDate(2020, 1, 1), QDate(2021, 1, 1));
    addPhase(*doc, QStringLiteral("B"), QDate(2021, 1, 1), QDate(2022, 1, 1));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_NE(addPhase(*doc, QStringLiteral("C"), QDate(2020, 1, 1), QDate(2021, 1, 1)), NoId);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(test::diskSnapshot(doc->path()), doc->plan().snapshot());
}
