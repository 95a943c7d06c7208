// Many random commands — generic field edits, copies and removals, and the
// domain edits the views make (paste, arrange, indent/outdent, spread, mark
// as decided, the RACI rule, areas) — then undo all: the plan and the file
// equal the snapshot taken when the plan was opened; redo all gives the end
// state.
#include "randomedits.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <map>

using namespace horisont;
using test::RandomEdit;

TEST(RandomUndo, UndoingEverythingRestoresTheOpenedPlan)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const QList<Record> opened = doc->plan().snapshot();
    std::mt19937 random(20261125);
    std::map<RandomEdit, int> drawn;
    int applied = 0;
    for (int i = 0; i < 400; ++i) {
        RandomEdit kind{};
        QUndoCommand *command = test::randomEdit(*doc, random, &kind);
        ASSERT_TRUE(command);
        ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString() << " (edit kind " << int(kind) << ')';
        ++drawn[kind];
        ++applied;
        if (i % 97 == 0) // now and then, the file agrees with memory mid-way
            ASSERT_EQ(test::diskSnapshot(doc->path()), doc->plan().snapshot());
    }
    for (int k = 0; k < int(RandomEdit::Count); ++k)
        EXPECT_GT(drawn[RandomEdit(k)], 0) << "no edit of kind " << k << " was drawn";
    ASSERT_EQ(doc->undoStack()->count(), applied);
    const QList<Record> edited = doc->plan().snapshot();
    ASSERT_NE(edited, opened);

    while (doc->undoStack()->canUndo())
        ASSERT_TRUE(doc->undo());
    EXPECT_EQ(doc->plan().snapshot(), opened);
    EXPECT_EQ(test::diskSnapshot(doc->path()), opened);

    while (doc->undoStack()->canRedo())
        ASSERT_TRUE(doc->redo());
    EXPECT_EQ(doc->plan().snapshot(), edited);
    EXPECT_FILE_MATCHES_MEMORY(*doc);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA foreign_key_check;")), QString());
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
}
