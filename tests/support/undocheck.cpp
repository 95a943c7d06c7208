#include "testsupport.h"

namespace horisont::test {

void expectUndoRestores(PlanDocument &doc, EditCommand *command, const std::function<void()> &whileDone)
{
    ASSERT_TRUE(command) << "no command to run";
    const QList<Record> before = doc.plan().snapshot();
    ASSERT_TRUE(doc.execute(command)) << doc.lastError().toStdString();
    const QList<Record> after = doc.plan().snapshot();
    EXPECT_NE(after, before) << "the command changed nothing";
    EXPECT_FILE_MATCHES_MEMORY(doc);
    if (whileDone)
        whileDone();
    ASSERT_TRUE(doc.undo()) << "undo refused";
    EXPECT_EQ(doc.plan().snapshot(), before);
    EXPECT_EQ(diskSnapshot(doc.path()), before);
    ASSERT_TRUE(doc.redo()) << "redo refused";
    EXPECT_EQ(doc.plan().snapshot(), after);
    EXPECT_EQ(diskSnapshot(doc.path()), after);
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.plan().snapshot(), before);
}

} // namespace horisont::test
