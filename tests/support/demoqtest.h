#pragma once

// The QtTest side's demo-plan fixture: a test object derived from DemoQtTest
// gets its own copy of the Umeå demo plan (m_dir, m_doc) before each test
// function, and loses it after.
#include "document/plandocument.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace horisont::test {

/// For a test case of whole windows: settings in QtTest's own place, empty
/// (no window geometry, no column widths from an earlier run), and the demo
/// plan saved in `dir`; returns its path (empty on failure).
QString demoPlanWithFreshSettings(const QTemporaryDir &dir);

class DemoQtTest : public QObject
{
    Q_OBJECT

protected:
    /// After the plan is made, before each test function: find what the
    /// tests use, build the view under test.
    virtual void prepare() {}
    /// After each test function, before the plan goes: drop what refers to it.
    virtual void release() {}

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_doc;

protected Q_SLOTS:
    // QtTest finds these by name in the derived test object too.
    void init();
    void cleanup();
};

} // namespace horisont::test

/// The plan file holds exactly what the document holds in memory.
#define QCOMPARE_FILE_TO_MEMORY(doc) QCOMPARE(::horisont::test::diskSnapshot((doc).path()), (doc).plan().snapshot())
