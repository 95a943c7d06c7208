// Plans on a real PostgreSQL 15 server: `publish` puts a plan file there
// whole (with its ledger, versions and scenarios) or not at all and never
// over another plan; `pull` writes a new file row for row equal to the one
// published, never over an existing file; `list` names what a database holds.
#include "servertest.h"
#include "processes.h"
#include "plans.h"
#include "snapshots.h"

#include "document/plandocument.h"
#include "ledger/import/ledgerimport.h"
#include "server/serverplans.h"
#include "store/fileformat.h"
#include "store/partialfile.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class ServerPlans : public test::ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        ASSERT_TRUE(dir.isValid());
        // The demo with everything a file can hold: the sample ledger, a decided version, a scenario.
        auto doc = test::createDemo(dir);
        ASSERT_TRUE(doc);
        const ImportResult imported =
            LedgerImport::import(*doc, QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv"), {}, {});
        ASSERT_TRUE(imported.ok) << imported.error.toStdString();
        QString error;
        ASSERT_TRUE(planversions::freeze(*doc, QStringLiteral("Antagen 2026"),
                                         {QStringLiteral("Kommunstyrelsen"), QDate(2026, 2, 3), QStringLiteral("KS 2026/12")},
                                         QDateTime::currentDateTimeUtc(), &error))
            << error.toStdString();
        ASSERT_TRUE(planscenarios::create(*doc, QStringLiteral("Längre"), QString(), QDateTime::currentDateTimeUtc(), &error))
            << error.toStdString();
        file = doc->path();
    }

    static QString server(const QString &sql)
    {
        QString output, error;
        EXPECT_TRUE(cluster->psql(QStringLiteral("planer"), test::PostgresCluster::superuser(), sql, &output, &error))
            << error.toStdString();
        return output;
    }

    /// Every table of a file as the sqlite3 shell dumps it (schema and rows).
    static QString dump(const QString &path)
    {
        return test::sqlite3(path, QStringLiteral(".dump"));
    }

    QTemporaryDir dir;
    QString file;
};

} // namespace

TEST_F(ServerPlans, PublishedAndPulledBackRowForRow)
{
    QString error;
    const QString name = QStringLiteral("umea");
    ASSERT_TRUE(serverplans::publish(file, address(name), &error)) << error.toStdString();

    const auto plans = serverplans::list(address(QString()), &error);
    ASSERT_TRUE(plans) << error.toStdString();
    ASSERT_EQ(plans->size(), 1);
    EXPECT_EQ(plans->first().name, name);
    EXPECT_EQ(plans->first().createdBy, QStringLiteral("postgres"));
    EXPECT_EQ(plans->first().format, fileformat::currentVersion());

    // The server holds the rows (counted by psql, on its own).
    const QString schema = server(QStringLiteral("SELECT schema_name FROM horisont.plans WHERE name = 'umea'"));
    for (const char *table : {"ledger_transaction", "ledger_day", "change_log", "plan_version", "plan_scenario", "activity"})
        EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.%2").arg(schema, QString::fromLatin1(table))),
                  test::sqlite3(file, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))))
            << table;
    EXPECT_EQ(server(QStringLiteral("SELECT sum(amount) FROM %1.ledger_transaction").arg(schema)),
              test::sqlite3(file, QStringLiteral("SELECT sum(amount) FROM ledger_transaction")));
    EXPECT_EQ(server(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_schema = '%1' "
                                    "AND table_name = 'ledger_transaction' AND column_name = 'amount'").arg(schema)),
              QStringLiteral("bigint")); // öre in 64 bits

    const QString pulled = dir.filePath(QStringLiteral("pulled.horisont"));
    ASSERT_TRUE(serverplans::pull(address(name), pulled, &error)) << error.toStdString();
    EXPECT_EQ(dump(pulled), dump(file));
    EXPECT_EQ(test::sqlite3(pulled, QStringLiteral("PRAGMA application_id")), test::sqlite3(file, QStringLiteral("PRAGMA application_id")));
    EXPECT_EQ(test::sqlite3(pulled, QStringLiteral("PRAGMA user_version")), test::sqlite3(file, QStringLiteral("PRAGMA user_version")));
    EXPECT_FALSE(QFile::exists(partialfile::pathFor(pulled, QStringLiteral("pulling")))); // nothing half-written beside it
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral(".pulled*")}, QDir::Files | QDir::Hidden), QStringList());
    auto reopened = PlanDocument::open(pulled, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    EXPECT_EQ(reopened->verifyWholeFile(), QStringLiteral("ok"));
    EXPECT_EQ(planversions::list(reopened->store()).size(), 1);
}

TEST_F(ServerPlans, NeverOverwritesAPlanOrAFile)
{
    QString error;
    const QString name = QStringLiteral("umea-kopia");
    ASSERT_TRUE(serverplans::publish(file, address(name), &error)) << error.toStdString();
    const QString before = server(QStringLiteral("SELECT count(*) FROM horisont.plans"));
    EXPECT_FALSE(serverplans::publish(file, address(name), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already a plan \"umea-kopia\""))) << error.toStdString();
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM horisont.plans")), before);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'plan_%'")),
              before); // no half-made schema beside them

    const QString existing = dir.filePath(QStringLiteral("existing.horisont"));
    ASSERT_TRUE(test::writeFile(existing, "mine"));
    EXPECT_FALSE(serverplans::pull(address(name), existing, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("never overwrites"))) << error.toStdString();
    EXPECT_EQ(test::fileHash(existing), test::fileHash(existing)); // (read twice: still there)
    QFile mine(existing);
    ASSERT_TRUE(mine.open(QIODevice::ReadOnly));
    EXPECT_EQ(mine.readAll(), QByteArray("mine"));

    EXPECT_FALSE(serverplans::pull(address(QStringLiteral("finns-inte")), dir.filePath(QStringLiteral("x.horisont")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no plan \"finns-inte\""))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.horisont"))));
}

TEST_F(ServerPlans, WhatIsNotAPlanIsNotPublished)
{
    QString error;
    const QString notAPlan = dir.filePath(QStringLiteral("notes.horisont"));
    ASSERT_TRUE(test::writeFile(notAPlan, QByteArray("SQLite format 3") + QByteArray(4096, '\0')));
    const QString before = server(QStringLiteral("SELECT count(*) FROM information_schema.schemata"));
    EXPECT_FALSE(serverplans::publish(notAPlan, address(QStringLiteral("notes")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM information_schema.schemata")), before);
    ServerAddress badName = address(QStringLiteral("umea"));
    badName.plan = QStringLiteral("1-bad"); // as a caller that did not parse might pass it
    EXPECT_FALSE(serverplans::publish(file, badName, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("start with a letter"))) << error.toStdString();
}
