// Many random commands, then undo all: the plan and the file equal the
// snapshot taken when the plan was opened; redo all gives the end state.
#include "randomedits.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace horisont;

TEST(RandomUndo, UndoingEverythingRestoresTheOpenedPlan)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const QList<Record> opened = doc->plan().snapshot();
    std::mt19937 random(20261125);
    int applied = 0;
    for (int i = 0; i < 400; ++i) {
        QUndoCommand *command = test::randomEdit(*doc, random);
        ASSERT_TRUE(command);
        ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString();
        ++applied;
        if (i % 97 == 0) // now and then, the file agrees with memory mid-way
            ASSERT_EQ(test::diskSnapshot(doc->path()), doc->plan().snapshot());
    }
    ASSERT_EQ(doc->undoStack()->count(), applied);
    const QList<Record> edited = doc->plan().snapshot();
    ASSERT_NE(edited, opened);

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    EXPECT_EQ(doc->plan().snapshot(), opened);
    EXPECT_EQ(test::diskSnapshot(doc->path()), opened);

    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    EXPECT_EQ(doc->plan().snapshot(), edited);
    EXPECT_EQ(test::diskSnapshot(doc->path()), edited);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA foreign_key_check;")), QString());
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
}
