// `publish`, `plans` and `pull` as processes against a real PostgreSQL 15
// server: the plan that comes back reads exactly as the one that went
// (`info`, `check`), and what cannot be done exits 2 with a message naming it.
#include "servertest.h"
#include "processes.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class ServerCli : public test::ServerTest
{
protected:
    QTemporaryDir dir;
};

} // namespace

TEST_F(ServerCli, APlanPulledBackReadsAsTheOneThatWasPublished)
{
    const QString original = dir.filePath(QStringLiteral("umea.horisont"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), original}).exitCode, 0);

    const auto empty = test::runHorisont({QStringLiteral("plans"), uri()});
    EXPECT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_TRUE(empty.out.contains(QStringLiteral("holds no plans"))) << empty.out.toStdString();

    const auto published = test::runHorisont({QStringLiteral("publish"), original, uri(QStringLiteral("plan=umea"))});
    ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
    EXPECT_TRUE(published.out.contains(QStringLiteral("umea on localhost/planer"))) << published.out.toStdString();

    const auto listed = test::runHorisont({QStringLiteral("plans"), uri()});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.startsWith(QStringLiteral("umea "))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("postgres"))) << listed.out.toStdString();

    const QString pulled = dir.filePath(QStringLiteral("pulled.horisont"));
    const auto pull = test::runHorisont({QStringLiteral("pull"), uri(QStringLiteral("plan=umea")), pulled});
    ASSERT_EQ(pull.exitCode, 0) << pull.err.toStdString();
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("check")}) {
        const auto before = test::runHorisont({command, original});
        const auto after = test::runHorisont({command, pulled});
        EXPECT_EQ(after.exitCode, before.exitCode) << command.toStdString();
        EXPECT_EQ(QString(after.out).replace(QStringLiteral("pulled.horisont"), QStringLiteral("umea.horisont")), before.out)
            << command.toStdString(); // but for the file's name
        EXPECT_FALSE(after.out.isEmpty()) << command.toStdString();
    }

    // The read-only commands read the server plan itself (a consistent snapshot of it).
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("versions")}) {
        const auto fromFile = test::runHorisont({command, original});
        const auto fromServer = test::runHorisont({command, uri(QStringLiteral("plan=umea"))});
        EXPECT_EQ(fromServer.exitCode, fromFile.exitCode) << command.toStdString() << fromServer.err.toStdString();
        EXPECT_EQ(QString(fromServer.out).replace(QStringLiteral("umea on localhost/planer"), QStringLiteral("umea.horisont")),
                  fromFile.out)
            << command.toStdString(); // named as a server plan
    }
    const QString pack = dir.filePath(QStringLiteral("pack.pdf"));
    const auto exported = test::runHorisont({QStringLiteral("export-pdf"), uri(QStringLiteral("plan=umea")), QStringLiteral("-o"), pack});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(test::runTool(QStringLiteral("pdftotext"), {pack, QStringLiteral("-")}).out.contains(QStringLiteral("Umeå")));
    // A ledger import goes to the server; a second one of the same export adds nothing.
    const auto imported = test::runHorisont({QStringLiteral("import-actuals"), uri(QStringLiteral("plan=umea")),
                                             QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto twice = test::runHorisont({QStringLiteral("import-actuals"), uri(QStringLiteral("plan=umea")),
                                          QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv")});
    EXPECT_EQ(twice.exitCode, 0) << twice.err.toStdString();
    EXPECT_TRUE(twice.out.contains(QStringLiteral("Already present:  70"))) << twice.out.toStdString();
    // A scenario is made on the server and promoted to be the plan there, keeping the plan as it was as a snapshot.
    const auto made = test::runHorisont({QStringLiteral("scenario"), uri(QStringLiteral("plan=umea")), QStringLiteral("create"),
                                         QStringLiteral("Längre")});
    EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
    const auto scenarios = test::runHorisont({QStringLiteral("scenario"), uri(QStringLiteral("plan=umea")), QStringLiteral("list")});
    EXPECT_TRUE(scenarios.out.contains(QStringLiteral("Längre"))) << scenarios.out.toStdString();
    const auto promoted = test::runHorisont({QStringLiteral("scenario"), uri(QStringLiteral("plan=umea")),
                                             QStringLiteral("promote"), QStringLiteral("Längre")});
    EXPECT_EQ(promoted.exitCode, 0) << promoted.err.toStdString();
    const auto afterwards = test::runHorisont({QStringLiteral("versions"), uri(QStringLiteral("plan=umea"))});
    EXPECT_TRUE(afterwards.out.contains(QStringLiteral("Before «Längre»"))) << afterwards.out.toStdString();
    EXPECT_FALSE(test::runHorisont({QStringLiteral("scenario"), uri(QStringLiteral("plan=umea")), QStringLiteral("list")})
                     .out.contains(QStringLiteral("Längre")));

    const auto again = test::runHorisont({QStringLiteral("publish"), original, uri(QStringLiteral("plan=umea"))});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already a plan"))) << again.err.toStdString();
    const auto over = test::runHorisont({QStringLiteral("pull"), uri(QStringLiteral("plan=umea")), original});
    EXPECT_EQ(over.exitCode, 2);
    EXPECT_TRUE(over.err.contains(QStringLiteral("never overwrites"))) << over.err.toStdString();
}

TEST_F(ServerCli, WhatCannotBeDoneExitsTwoNamingIt)
{
    const QString original = dir.filePath(QStringLiteral("umea.horisont"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), original}).exitCode, 0);

    const auto noPlan = test::runHorisont({QStringLiteral("publish"), original, uri()});
    EXPECT_EQ(noPlan.exitCode, 2);
    EXPECT_TRUE(noPlan.err.contains(QStringLiteral("?plan=NAME"))) << noPlan.err.toStdString();

    QString withPassword = uri(QStringLiteral("plan=umea"));
    withPassword.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:hemligt@"));
    const auto password = test::runHorisont({QStringLiteral("publish"), original, withPassword});
    EXPECT_EQ(password.exitCode, 2);
    EXPECT_TRUE(password.err.contains(QStringLiteral("pgpass"))) << password.err.toStdString();
    EXPECT_FALSE(password.err.contains(QStringLiteral("hemligt")));

    const auto unknown = test::runHorisont({QStringLiteral("pull"), uri(QStringLiteral("plan=finns-inte")),
                                            dir.filePath(QStringLiteral("x.horisont"))});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("finns-inte"))) << unknown.err.toStdString();

    // A server that is not there: refused by name, in bounded time.
    QString closed = uri(QStringLiteral("plan=umea&connect_timeout=3"));
    closed.replace(QStringLiteral(":%1/").arg(cluster->port()), QStringLiteral(":1/"));
    const auto away = test::runHorisont({QStringLiteral("publish"), original, closed}, 30000);
    EXPECT_EQ(away.exitCode, 2);
    EXPECT_TRUE(away.err.contains(QStringLiteral("Cannot connect to umea on localhost/planer"))) << away.err.toStdString();
}
