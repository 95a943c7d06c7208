// The command-line interface, run as a separate process like a user would.
#include "testsupport.h"

#include "edit/commands.h"
#include "store/fileformat.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace horisont;

TEST(Cli, VersionAndHelp)
{
    test::ProcessResult r = test::runHorisont({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("horisont "))) << r.out.toStdString();
    r = test::runHorisont({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    for (const char *command : {"new", "info", "check", "generate"})
        EXPECT_TRUE(r.out.contains(QLatin1String(command))) << command;
    r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--full")));
}

TEST(Cli, UsageErrorsExitNonZeroWithAMessage)
{
    test::ProcessResult r = test::runHorisont({QStringLiteral("info")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(r.err.isEmpty());
    r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--no-such-option"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-option")));
    r = test::runHorisont({QStringLiteral("generate"), QStringLiteral("--activities"), QStringLiteral("many"), QStringLiteral("x.horisont")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(Cli, NewDemoInfoAndCheck)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("umea.horisont"));
    test::ProcessResult r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA application_id;")).toLongLong(), fileformat::ApplicationId);
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA user_version;")).toInt(), fileformat::currentVersion());
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));

    const QByteArray before = test::fileHash(path);
    r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(test::fileHash(path), before);

    r = test::runHorisont({QStringLiteral("info"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Umeå växer – tryggt och säkert"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Kommunstyrelsen")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("2018-01-01")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("6,250,000 SEK"))) << r.out.toStdString();

    r = test::runHorisont({QStringLiteral("check"), path});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("no findings")));
    r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--full"), path});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(test::fileHash(path), before) << "info and check never write";
}

TEST(Cli, CheckAsOfADateFindsEndedWorkWithoutFollowUp)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("umea.horisont"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path}).exitCode, 0);
    test::ProcessResult r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"), path});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    // In 2028 the interventions of the direction period 2024–2026 have ended, and no follow-up says how they went.
    r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--as-of"), QStringLiteral("2028-03-01"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("intervention-without-follow-up"))) << r.out.toStdString();
    r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--as-of"), QStringLiteral("2028-02-30"), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2028-02-30")));
}

TEST(Cli, CheckReportsFindingsOneLineEach)
{
    QTemporaryDir dir;
    QString path;
    QString name;
    {
        auto doc = test::createDemo(dir);
        ASSERT_TRUE(doc);
        path = doc->path();
        const Intervention &in = *doc->plan().all<Intervention>().begin();
        name = in.name;
        QList<Id> responsibilities;
        for (const Responsibility &r : doc->plan().all<Responsibility>()) {
            if (r.interventionId == in.id && r.role == RaciRole::Accountable)
                responsibilities << r.id;
        }
        ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Responsibility, responsibilities, CommandText::verbatim(QStringLiteral("x")))));
    }
    const test::ProcessResult r = test::runHorisont({QStringLiteral("check"), path});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << r.out.toStdString();
    EXPECT_TRUE(lines[0].contains(name));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("error")));
}

TEST(Cli, GenerateIsDeterministic)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.horisont"));
    const QString b = dir.filePath(QStringLiteral("b.horisont"));
    for (const QString &path : {a, b}) {
        const test::ProcessResult r = test::runHorisont({QStringLiteral("generate"), QStringLiteral("--activities"),
                                                         QStringLiteral("500"), QStringLiteral("--transactions"),
                                                         QStringLiteral("2000"), QStringLiteral("--seed"),
                                                         QStringLiteral("7"), path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    EXPECT_EQ(test::diskSnapshot(a), test::diskSnapshot(b));
    EXPECT_EQ(test::sqlite3(a, QStringLiteral("SELECT count(*), sum(amount) FROM ledger_transaction;")),
              test::sqlite3(b, QStringLiteral("SELECT count(*), sum(amount) FROM ledger_transaction;")));
    EXPECT_EQ(test::sqlite3(a, QStringLiteral("SELECT count(*) FROM activity;")), QStringLiteral("500"));
    EXPECT_EQ(test::sqlite3(a, QStringLiteral("SELECT count(*) FROM intervention;")), QStringLiteral("50"));
    EXPECT_EQ(test::sqlite3(a, QStringLiteral("SELECT count(*) FROM phase;")), QStringLiteral("5"));
    EXPECT_EQ(test::sqlite3(a, QStringLiteral("SELECT count(*) FROM organisation;")), QStringLiteral("60"));
    const test::ProcessResult r = test::runHorisont({QStringLiteral("check"), a});
    EXPECT_EQ(r.exitCode, 1) << "the generator leaves a few unassigned transactions on purpose";
    EXPECT_TRUE(r.out.contains(QStringLiteral("transactions-unassigned")));
}

TEST(Cli, SuccessfulCommandsPrintNothingOnStderr)
{
    // A script treats anything on stderr as trouble: a command that worked says nothing there.
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("umea.horisont"));
    const auto run = [](const QStringList &arguments) {
        const test::ProcessResult r = test::runHorisont(arguments);
        EXPECT_EQ(r.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err, QString()) << arguments.join(QLatin1Char(' ')).toStdString();
    };
    run({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), plan});
    const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("grids.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("grid.csv"));
    for (const QStringList &language : {QStringList(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")}}) {
        run(QStringList{QStringLiteral("info"), plan} + language);
        run(QStringList{QStringLiteral("export-pdf"), plan, QStringLiteral("-o"), pdf} + language);
        run(QStringList{QStringLiteral("export-xlsx"), plan, QStringLiteral("-o"), xlsx} + language);
        run(QStringList{QStringLiteral("export-csv"), plan, QStringLiteral("--grid"), QStringLiteral("grant-state"),
                        QStringLiteral("-o"), csv}
            + language);
    }
    // Each command still explains its own --lang, once.
    for (const char *command : {"export-pdf", "export-xlsx", "export-csv", "info"}) {
        const test::ProcessResult r = test::runHorisont({QLatin1String(command), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_EQ(r.err, QString()) << command;
        EXPECT_EQ(r.out.count(QStringLiteral("--lang")), 1) << command << ": " << r.out.toStdString();
    }
}

TEST(Cli, NewRefusesAProgrammeNameBeyondTheLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.horisont"));
    test::ProcessResult r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--name"),
                                               QString(ShortTextMaxLength + 1, QLatin1Char('x')), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--name"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--name"), QString(ShortTextMaxLength, QLatin1Char('x')), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}
