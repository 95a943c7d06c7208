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

QString ledgerPastWhatCanBeCountedSql()
{
    return QStringLiteral(
        "INSERT INTO import_batch (id, at, file_name) VALUES (9001, '2024-01-01T00:00:00', 'hand.csv');"
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999) "
        "INSERT INTO ledger_transaction (import_id, voucher, date, amount, identity) "
        "SELECT 9001, 'H' || i, printf('2024-02-%02d', 1 + i / 1000), 999999999999999, 'huge-' || i FROM n;"
        "INSERT INTO ledger_day (import_id, date, unassigned, row_count, amount, first_id, first_voucher) "
        "SELECT import_id, date, 1, count(*), sum(amount), min(id), min(voucher) FROM ledger_transaction "
        "WHERE import_id = 9001 GROUP BY date;");
}

} // namespace horisont::test
