#include "plans.h"

#include "demo/umeademo.h"

#include <QDate>
#include <QtDebug>

namespace horisont::test {
namespace {

std::unique_ptr<PlanDocument> forTester(std::unique_ptr<PlanDocument> doc, const QString &path, const QString &error)
{
    if (doc)
        doc->setUserName(QStringLiteral("tester"));
    else
        qWarning("cannot create the test plan %s: %s", qPrintable(path), qPrintable(error));
    return doc;
}

} // namespace

std::unique_ptr<PlanDocument> createPlan(const QTemporaryDir &dir, const QString &name)
{
    Programme programme;
    programme.name = QStringLiteral("Testprogram");
    programme.commissioningBody = QStringLiteral("Kommunstyrelsen");
    programme.start = QDate(2020, 1, 1);
    programme.horizonEnd = QDate(2035, 1, 1);
    QString error;
    const QString path = dir.filePath(name);
    return forTester(PlanDocument::create(path, programme, &error), path, error);
}

std::unique_ptr<PlanDocument> createDemo(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    const QString path = dir.filePath(name);
    return forTester(demo::createUmea(path, &error), path, error);
}

} // namespace horisont::test
