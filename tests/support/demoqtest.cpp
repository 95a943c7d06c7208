#include "demoqtest.h"

#include "plans.h"

#include <QtTest>

namespace horisont::test {

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
