// Server addresses: postgresql://USER@HOST:PORT/DB?plan=NAME. Horisont takes
// out its own `plan` and hands libpq the rest; a password in the address, a
// parameter libpq does not take, or a plan name that is not allowed is
// refused with a message naming it.
#include "server/serveraddress.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {
std::optional<ServerAddress> parsed(const char *text, QString *error)
{
    return serveraddress::parse(QString::fromUtf8(text), error);
}
} // namespace

TEST(ServerAddress, ReadsEveryPartAndKeepsLibpqsOptions)
{
    QString error;
    const auto address = parsed("postgresql://ekonom@db.umea.se:5433/planer?sslmode=require&plan=umea-trygg&connect_timeout=4", &error);
    ASSERT_TRUE(address) << error.toStdString();
    EXPECT_EQ(address->user, QStringLiteral("ekonom"));
    EXPECT_EQ(address->host, QStringLiteral("db.umea.se"));
    EXPECT_EQ(address->port, 5433);
    EXPECT_EQ(address->database, QStringLiteral("planer"));
    EXPECT_EQ(address->plan, QStringLiteral("umea-trygg"));
    EXPECT_EQ(address->options, (QStringList{QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=4")}));
    EXPECT_EQ(address->describe(), QStringLiteral("umea-trygg on db.umea.se/planer"));

    const auto again = serveraddress::parse(address->toString(), &error); // what the window remembers reads back the same
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->user, address->user);
    EXPECT_EQ(again->host, address->host);
    EXPECT_EQ(again->port, address->port);
    EXPECT_EQ(again->database, address->database);
    EXPECT_EQ(again->plan, address->plan);
    EXPECT_EQ(again->options, address->options);
}

TEST(ServerAddress, LeavesWhatIsMissingToLibpqsDefaults)
{
    QString error;
    const auto address = parsed("postgres:///planer", &error);
    ASSERT_TRUE(address) << error.toStdString();
    EXPECT_TRUE(address->user.isEmpty());
    EXPECT_TRUE(address->host.isEmpty());
    EXPECT_EQ(address->port, 0);
    EXPECT_EQ(address->database, QStringLiteral("planer"));
    EXPECT_TRUE(address->plan.isEmpty()); // a database's address (horisont plans URI)
    EXPECT_TRUE(serveraddress::looksLikeServer(QStringLiteral("PostgreSQL://x/y")));
    EXPECT_FALSE(serveraddress::looksLikeServer(QStringLiteral("/home/anna/postgresql/plan.horisont")));
}

TEST(ServerAddress, NeverTakesAPassword)
{
    QString error;
    EXPECT_FALSE(parsed("postgresql://ekonom:hemligt@db/planer?plan=umea", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("pgpass"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("hemligt"))) << "the refusal repeats the password";
    error.clear();
    EXPECT_FALSE(parsed("postgresql://ekonom@db/planer?password=hemligt&plan=umea", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("password"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("hemligt")));
    error.clear();
    EXPECT_FALSE(parsed("postgresql://ekonom:hemligt@db/planer?plan=umea trygg", &error)); // unreadable, with a password
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(error.contains(QStringLiteral("hemligt"))) << error.toStdString();
}

TEST(ServerAddress, RefusesWhatLibpqOrAPlanNameCannotBeByName)
{
    const struct { const char *text; const char *named; } refused[] = {
        {"postgresql://db:99999/planer?plan=umea", "port"},
        {"postgresql://db/planer?plan=umea&plan=other", "more than one plan"},
        {"postgresql://db/planer?plan=", "needs a name"},
        {"postgresql://db/planer?plan=7100", "start with a letter"},
        {"postgresql://db/planer?plan=umea%22%3Bdrop%20table%20x", "only letters"},
        {"postgresql://db/planer?plan=umea%20trygg", "only letters"},
        {"postgresql://db/planer?plan=umea&frobnicate=1", "frobnicate"},
        {"postgresql://db/planer?plan=umea&options=-c%20a%3Db%3Bx", "';'"},
        {"postgresql://db/pl/aner?plan=umea", "pl/aner"},
        {"file:///home/anna/plan.horisont", "postgresql://"},
    };
    for (const auto &r : refused) {
        QString error;
        EXPECT_FALSE(parsed(r.text, &error)) << r.text;
        EXPECT_TRUE(error.contains(QString::fromUtf8(r.named))) << r.text << ": " << error.toStdString();
    }
    QString error;
    EXPECT_FALSE(serveraddress::parse(QStringLiteral("postgresql://db/p?plan=") + QString(64, QLatin1Char('a')), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("63"))) << error.toStdString();
    EXPECT_TRUE(parsed("postgresql://db/p?plan=Umeå_växer-2026", &error)) << error.toStdString(); // Swedish letters are letters
    EXPECT_FALSE(serveraddress::parse(QStringLiteral("postgresql://db/p?plan=") + QString(5000, QLatin1Char('a')), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("4096"))) << error.toStdString();
}
