// A real PostgreSQL 15 server, started for these tests: Horisont connects
// through Qt's QPSQL driver with what the address says, hands libpq the
// address's options as they are, names the server and the database in every
// refusal, and says so when the server goes away under an open connection.
#include "servertest.h"
#include "server/serverconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class ServerConnection : public test::ServerTest
{
protected:
    static QString scalar(const QString &connection, const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0).toString();
    }

    /// Any database's address with libpq's `query` (hides the fixture's "planer" one).
    static ServerAddress address(const QString &database, const QString &query = QString())
    {
        QString error;
        const auto parsed = serveraddress::parse(cluster->uri(database, test::PostgresCluster::superuser(), query), &error);
        EXPECT_TRUE(parsed) << error.toStdString();
        return parsed.value_or(ServerAddress{});
    }
};

} // namespace

TEST_F(ServerConnection, ConnectsWithTheAddressAndNamesItselfToTheServer)
{
    QString error;
    ASSERT_TRUE(openServerConnection(address(QStringLiteral("planer"), QStringLiteral("plan=umea")), QStringLiteral("c1"), &error))
        << error.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("c1"), QStringLiteral("SELECT current_database()")), QStringLiteral("planer"));
    EXPECT_EQ(scalar(QStringLiteral("c1"), QStringLiteral("SELECT current_setting('application_name')")),
              QStringLiteral("horisont"));
    EXPECT_EQ(scalar(QStringLiteral("c1"), QStringLiteral("SELECT split_part(current_setting('server_version'), '.', 1)")),
              QStringLiteral("15"));
    closeServerConnection(QStringLiteral("c1"));
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("c1")));
}

TEST_F(ServerConnection, HandsLibpqTheAddresssOptions)
{
    QString error;
    // The private server has no TLS: libpq itself refuses sslmode=require…
    EXPECT_FALSE(openServerConnection(address(QStringLiteral("planer"), QStringLiteral("sslmode=require")),
                                      QStringLiteral("c2"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("SSL"), Qt::CaseInsensitive)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("localhost/planer"))) << error.toStdString();
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("c2"))); // nothing left behind
    // …and takes application_name and a quoted value as given.
    ASSERT_TRUE(openServerConnection(address(QStringLiteral("planer"),
                                             QStringLiteral("sslmode=disable&application_name=horisont%20test%20'1'")),
                                     QStringLiteral("c2"), &error))
        << error.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("c2"), QStringLiteral("SELECT current_setting('application_name')")),
              QStringLiteral("horisont test '1'"));
    closeServerConnection(QStringLiteral("c2"));
}

TEST_F(ServerConnection, ARefusalNamesTheServerTheDatabaseAndTheRole)
{
    QString error;
    EXPECT_FALSE(openServerConnection(address(QStringLiteral("finns_inte")), QStringLiteral("c3"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("finns_inte"))) << error.toStdString();
    ServerAddress nobody = address(QStringLiteral("planer"));
    nobody.user = QStringLiteral("ingen_sadan_roll");
    EXPECT_FALSE(openServerConnection(nobody, QStringLiteral("c3"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("ingen_sadan_roll"))) << error.toStdString();
    ServerAddress closedPort = address(QStringLiteral("planer"));
    closedPort.port = 1; // nobody listens there
    EXPECT_FALSE(openServerConnection(closedPort, QStringLiteral("c3"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot connect to localhost/planer"))) << error.toStdString();
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("c3")));
}

// Runs last: it stops the server under an open connection and starts it again.
TEST_F(ServerConnection, ZServerThatGoesAwayIsSaidAndComesBack)
{
    QString error;
    ASSERT_TRUE(openServerConnection(address(QStringLiteral("planer")), QStringLiteral("c4"), &error)) << error.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("c4"), QStringLiteral("SELECT 1")), QStringLiteral("1"));
    ASSERT_TRUE(cluster->stop(true));
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("c4")));
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT 1")));
    EXPECT_FALSE(q.lastError().text().isEmpty());
    closeServerConnection(QStringLiteral("c4"));
    EXPECT_FALSE(openServerConnection(address(QStringLiteral("planer")), QStringLiteral("c4"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Cannot connect"))) << error.toStdString();

    ASSERT_TRUE(cluster->start(&error)) << error.toStdString(); // the same cluster, maybe another port
    ASSERT_TRUE(openServerConnection(address(QStringLiteral("planer")), QStringLiteral("c4"), &error)) << error.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("c4"), QStringLiteral("SELECT 1")), QStringLiteral("1"));
    closeServerConnection(QStringLiteral("c4"));
}
