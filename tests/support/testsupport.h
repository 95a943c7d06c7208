#pragma once

// The GoogleTest side of the test support: everything in plans.h,
// snapshots.h, processes.h and plancodes.h, a demo-plan fixture, and the
// assertions that hold a file to memory and an edit to its undo.
#include "plancodes.h"
#include "plans.h"
#include "processes.h"
#include "snapshots.h"

#include "edit/editcommand.h"
#include "money/money.h"

#include <QFileInfo>

#include <functional>

#include <gtest/gtest.h>

/// Real files that others published live beside the repository, in
/// ../shared/data/real (see its SOURCES.md), and are never copied into it: a
/// test that reads one skips, saying so, in a checkout without them.
#define HORISONT_SKIP_UNLESS_PRESENT(path)                                                             \
    do {                                                                                               \
        if (!QFileInfo::exists(path))                                                                  \
            GTEST_SKIP() << "third-party file absent (../shared/data/real is not beside this checkout): " \
                         << (path).toStdString();                                                     \
    } while (false)

/// The plan file holds exactly what the document holds in memory.
#define EXPECT_FILE_MATCHES_MEMORY(doc)                                                                \
    EXPECT_EQ(::horisont::test::diskSnapshot((doc).path()), (doc).plan().snapshot())

/// QStrings in GoogleTest's failure messages as text, not as UTF-16 units.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace horisont {
/// Amounts in failure messages in öre.
inline void PrintTo(const Money &money, std::ostream *os)
{
    *os << money.ore() << " öre";
}
} // namespace horisont

namespace horisont::test {

/// Runs an edit the way every domain edit is tested: redo → the file holds
/// memory → `whileDone` checks what it did → undo → memory and file are the
/// plan before → redo gives the same plan again → undo once more. Asserts
/// with GoogleTest (EXPECT_*); a null command fails.
void expectUndoRestores(PlanDocument &doc, EditCommand *command, const std::function<void()> &whileDone = {});

/// A test on its own copy of the Umeå demo plan (`dir`, `doc`), made before
/// each test. `Base` is ::testing::Test or a ::testing::TestWithParam.
template<class Base = ::testing::Test>
class DemoFixture : public Base
{
protected:
    void SetUp() final
    {
        ASSERT_TRUE(dir.isValid());
        doc = createDemo(dir);
        ASSERT_TRUE(doc);
        prepare();
    }
    /// After the plan is made, before each test: what the tests use.
    virtual void prepare() {}

    /// expectUndoRestores on this fixture's plan.
    void doAndUndo(EditCommand *command, const std::function<void()> &whileDone = {})
    {
        expectUndoRestores(*doc, command, whileDone);
    }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
};
using DemoTest = DemoFixture<>;

} // namespace horisont::test
