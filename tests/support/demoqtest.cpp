#include "demoqtest.h"

#include "plans.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

namespace horisont::test {

QString demoPlanWithFreshSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    if (!dir.isValid())
        return {};
    const auto doc = createDemo(dir);
    return doc ? doc->path() : QString();
}

void DemoQtTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_doc = createDemo(*m_dir);
    QVERIFY(m_doc);
    prepare();
}

void DemoQtTest::cleanup()
{
    release();
    m_doc.reset();
    m_dir.reset();
}

} // namespace horisont::test
