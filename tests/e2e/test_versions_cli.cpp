// Versions through the executable, as a controller would use them:
// freeze with a decision, list, delete a snapshot, refuse what cannot be,
// and have `check` name a version altered outside Horisont.
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

QString demoIn(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("umea.horisont"));
    const test::ProcessResult r =
        test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return path;
}

test::ProcessResult freeze(const QString &path, const QStringList &options)
{
    return test::runHorisont(QStringList{QStringLiteral("freeze"), path} + options);
}

QString textOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(VersionsCli, FreezeListAndDeleteASnapshot)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    test::ProcessResult r = test::runHorisont({QStringLiteral("versions"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("has no versions"))) << r.out.toStdString();

    r = freeze(path, {QStringLiteral("--name"), QStringLiteral("Antagen plan 2024"), QStringLiteral("--decided-by"),
                      QStringLiteral("Kommunstyrelsen"), QStringLiteral("--date"), QStringLiteral("2024-03-12"),
                      QStringLiteral("--ref"), QStringLiteral("KS 2024/117")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Froze version 1: Antagen plan 2024 (Kommunstyrelsen, 2024-03-12, KS 2024/117)")))
        << r.out.toStdString();
    r = freeze(path, {QStringLiteral("--name"), QStringLiteral("Före workshop")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("snapshot, no decision"))) << r.out.toStdString();

    r = test::runHorisont({QStringLiteral("versions"), path});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The versions, then the scenarios.
    ASSERT_EQ(lines.size(), 4) << r.out.toStdString();
    EXPECT_EQ(lines.at(2), QStringLiteral("Scenarios:"));
    EXPECT_EQ(lines.at(3), QStringLiteral("umea.horisont has no scenarios."));
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Antagen plan 2024  Kommunstyrelsen, 2024-03-12, KS 2024/117")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("Före workshop  snapshot, no decision")));

    // A decided version is never deleted; the snapshot is, and is logged.
    r = test::runHorisont({QStringLiteral("delete-snapshot"), path, QStringLiteral("Antagen plan 2024")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("only a snapshot can be deleted"))) << r.err.toStdString();
    r = test::runHorisont({QStringLiteral("delete-snapshot"), path, QStringLiteral("Före workshop")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT group_concat(name) FROM plan_version;")),
              QStringLiteral("Antagen plan 2024"));
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'plan_version';")),
              QStringLiteral("3"));
}

TEST(VersionsCli, WhatCannotBeFrozenIsRefusedAndTheFileIsUntouched)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    ASSERT_EQ(freeze(path, {QStringLiteral("--name"), QStringLiteral("V1")}).exitCode, 0);
    const QByteArray before = test::fileHash(path);
    const QList<QPair<QStringList, QString>> refused{
        {{}, QStringLiteral("--name is required")},
        {{QStringLiteral("--name"), QStringLiteral("V1")}, QStringLiteral("already has a version called «V1»")},
        {{QStringLiteral("--name"), QStringLiteral("V2"), QStringLiteral("--date"), QStringLiteral("2024-02-30")},
         QStringLiteral("is not a date")},
        {{QStringLiteral("--name"), QStringLiteral("V2"), QStringLiteral("--decided-by"), QStringLiteral("KS")},
         QStringLiteral("date of the decision")},
        {{QStringLiteral("--name"), QStringLiteral("V2"), QStringLiteral("--decided-by"), QStringLiteral("KS"),
          QStringLiteral("--date"), QStringLiteral("9999-01-01")},
         QStringLiteral("between 1900 and 2200")},
    };
    for (const auto &[options, message] : refused) {
        const test::ProcessResult r = freeze(path, options);
        EXPECT_EQ(r.exitCode, 2) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    }
    const test::ProcessResult r = test::runHorisont({QStringLiteral("delete-snapshot"), path, QStringLiteral("V9")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown version «V9». The plan's versions: «V1»."))) << r.err.toStdString();
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(VersionsCli, CheckNamesAVersionAlteredOutsideHorisont)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    ASSERT_EQ(freeze(path, {QStringLiteral("--name"), QStringLiteral("Antagen"), QStringLiteral("--decided-by"),
                            QStringLiteral("KS"), QStringLiteral("--date"), QStringLiteral("2024-03-12")})
                  .exitCode,
              0);
    test::ProcessResult r = test::runHorisont({QStringLiteral("check"), path});
    EXPECT_FALSE(r.out.contains(QStringLiteral("version-altered"))) << r.out.toStdString();
    test::sqlite3(path, QStringLiteral("UPDATE plan_version SET decided_on = '2024-03-11';"));
    r = test::runHorisont({QStringLiteral("check"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Version «Antagen» has been altered outside Horisont")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("[version-altered]")));
    r = test::runHorisont({QStringLiteral("versions"), path});
    EXPECT_TRUE(r.out.contains(QStringLiteral("ALTERED outside Horisont"))) << r.out.toStdString();
}

// --version reads the version instead of the plan: what was decided, with
// the ledger as it is; an unknown name is refused listing the versions.
TEST(VersionsCli, ReadOnlyCommandsReadAVersionAsItWasFrozen)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    const auto exportCsv = [&](const QString &name, const QStringList &version) {
        const QString csv = dir.filePath(name);
        const test::ProcessResult r = test::runHorisont(QStringList{QStringLiteral("export-csv"), path, QStringLiteral("--grid"),
                                                                    QStringLiteral("allocations-by-source"), QStringLiteral("-o"), csv}
                                                        + version);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return test::fileHash(csv);
    };
    const QByteArray asFrozen = exportCsv(QStringLiteral("frozen.csv"), {});
    ASSERT_EQ(freeze(path, {QStringLiteral("--name"), QStringLiteral("Antagen")}).exitCode, 0);
    // Changed afterwards (as a later edit would): the name and one allocation.
    test::sqlite3(path, QStringLiteral("UPDATE programme SET name = 'Umeå växer – omdöpt'; "
                                       "UPDATE allocation SET amount = amount + 10000000 WHERE id = (SELECT min(id) FROM allocation);"));

    test::ProcessResult r = test::runHorisont({QStringLiteral("info"), path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Umeå växer – omdöpt")));
    r = test::runHorisont({QStringLiteral("info"), path, QStringLiteral("--version"), QStringLiteral("Antagen")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Umeå växer – tryggt och säkert"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("omdöpt")));
    EXPECT_EQ(exportCsv(QStringLiteral("version.csv"), {QStringLiteral("--version"), QStringLiteral("Antagen")}), asFrozen);
    EXPECT_NE(exportCsv(QStringLiteral("now.csv"), {}), asFrozen);
    r = test::runHorisont({QStringLiteral("check"), path, QStringLiteral("--version"), QStringLiteral("Antagen")});
    EXPECT_NE(r.exitCode, 2) << r.err.toStdString();

    const QByteArray before = test::fileHash(path);
    r = test::runHorisont({QStringLiteral("info"), path, QStringLiteral("--version"), QStringLiteral("Antagen 2")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown version «Antagen 2». The plan's versions: «Antagen»."))) << r.err.toStdString();
    EXPECT_EQ(test::fileHash(path), before);
}

// Freeze the demo, change dates, a RACI role and money behind Horisont's
// back as later edits would, and `diff` names each change, with the money
// per year to the öre, on screen and in the CSV files.
TEST(VersionsCli, DiffListsEveryChangeSinceTheDecisionToTheOre)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    test::ProcessResult r = test::runHorisont({QStringLiteral("diff"), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no decided version"))) << r.err.toStdString();
    ASSERT_EQ(freeze(path, {QStringLiteral("--name"), QStringLiteral("Antagen"), QStringLiteral("--decided-by"),
                            QStringLiteral("Kommunstyrelsen"), QStringLiteral("--date"), QStringLiteral("2024-03-12")})
                  .exitCode,
              0);
    r = test::runHorisont({QStringLiteral("diff"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Nothing has changed."))) << r.out.toStdString();

    const QString activity = test::sqlite3(path, QStringLiteral("SELECT name FROM activity ORDER BY id LIMIT 1;"));
    const QString newLastDay =
        test::sqlite3(path, QStringLiteral("SELECT date(\"end\", '+29 days') FROM activity ORDER BY id LIMIT 1;"));
    const int year = test::sqlite3(path, QStringLiteral("SELECT year FROM allocation ORDER BY id LIMIT 1;")).toInt();
    test::sqlite3(path, QStringLiteral(
                            "UPDATE activity SET start = date(start, '+30 days'), \"end\" = date(\"end\", '+30 days') "
                            "WHERE id = (SELECT min(id) FROM activity); "
                            "UPDATE responsibility SET role = 2 WHERE id = (SELECT min(id) FROM responsibility) AND role <> 2; "
                            "UPDATE allocation SET amount = amount + 12345 WHERE id = (SELECT min(id) FROM allocation);"));
    const QString csv = dir.filePath(QStringLiteral("changes.csv"));
    const QString moneyCsv = dir.filePath(QStringLiteral("money.csv"));
    r = test::runHorisont({QStringLiteral("diff"), path, QStringLiteral("--csv"), csv, QStringLiteral("--money-csv"), moneyCsv});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Changes from «Antagen» (Kommunstyrelsen, 2024-03-12) to the current plan")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Activity «%1»").arg(activity)));
    EXPECT_TRUE(r.out.contains(QStringLiteral("%1 (+30 days)").arg(newLastDay))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nResponsibility\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("(+123.45 SEK)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("  %1: ").arg(year)));

    const QString changes = textOf(csv);
    EXPECT_TRUE(changes.contains(QStringLiteral("Dates;Activity;%1;Dates;").arg(activity))) << changes.toStdString();
    EXPECT_TRUE(changes.contains(QStringLiteral(";%1;30").arg(newLastDay)));
    const QString money = textOf(moneyCsv);
    EXPECT_TRUE(money.contains(QStringLiteral("%1;").arg(year))) << money.toStdString();
    EXPECT_TRUE(money.contains(QStringLiteral("Total;;;;")) && money.trimmed().endsWith(QStringLiteral(";123.45")))
        << money.toStdString();

    // Either side by name, "current" on both, and an unknown name.
    r = test::runHorisont({QStringLiteral("diff"), path, QStringLiteral("--from"), QStringLiteral("current"),
                           QStringLiteral("--to"), QStringLiteral("Antagen")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("(-123.45 SEK)"))) << r.out.toStdString();
    r = test::runHorisont({QStringLiteral("diff"), path, QStringLiteral("--from"), QStringLiteral("current")});
    EXPECT_EQ(r.exitCode, 0);
    r = test::runHorisont({QStringLiteral("diff"), path, QStringLiteral("--from"), QStringLiteral("Antgen")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Its states: «current», «Antagen»"))) << r.err.toStdString();
}

// The steering pack's "Changes since" section, read back from the PDF
// with pdftotext: the same changes and the same öre as `diff`.
TEST(VersionsCli, ThePackListsTheChangesSinceAVersion)
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    ASSERT_EQ(freeze(path, {QStringLiteral("--name"), QStringLiteral("Antagen"), QStringLiteral("--decided-by"),
                            QStringLiteral("Kommunstyrelsen"), QStringLiteral("--date"), QStringLiteral("2024-03-12")})
                  .exitCode,
              0);
    const QString activity = test::sqlite3(path, QStringLiteral("SELECT name FROM activity ORDER BY id LIMIT 1;"));
    test::sqlite3(path, QStringLiteral("UPDATE activity SET start = date(start, '+30 days'), \"end\" = date(\"end\", '+30 days') "
                                       "WHERE id = (SELECT min(id) FROM activity); "
                                       "UPDATE allocation SET amount = amount + 12345 WHERE id = (SELECT min(id) FROM allocation);"));
    const QString pdf = dir.filePath(QStringLiteral("steering.pdf"));
    test::ProcessResult r = test::runHorisont({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), pdf,
                                               QStringLiteral("--compare-with"), QStringLiteral("Antagen")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(r.exitCode, 0) << "pdftotext: " << r.err.toStdString();
    QString text = r.out;
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    text = text.simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Ändringar sedan «Antagen»"))) << text.left(3000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Aktivitet «%1»").arg(activity)));
    EXPECT_TRUE(text.contains(QStringLiteral("(+30 dagar)")));
    EXPECT_TRUE(text.contains(QStringLiteral("+123,45 kr")));

    // The timeline draws the version's dates under the bars and says so.
    const QString timeline = dir.filePath(QStringLiteral("timeline.pdf"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), timeline, QStringLiteral("--sections"),
                                 QStringLiteral("timeline"), QStringLiteral("--compare-with"), QStringLiteral("Antagen")})
                  .exitCode,
              0);
    EXPECT_TRUE(test::runTool(QStringLiteral("pdftotext"), {timeline, QStringLiteral("-")})
                    .out.contains(QStringLiteral("grå staplar: datumen i «Antagen»")));

    // Without --compare-with there is no such section; an unknown version is refused before anything is written.
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    ASSERT_EQ(test::runHorisont({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), plain}).exitCode, 0);
    EXPECT_FALSE(test::runTool(QStringLiteral("pdftotext"), {plain, QStringLiteral("-")}).out.contains(QStringLiteral("Ändringar sedan")));
    const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
    r = test::runHorisont({QStringLiteral("export-pdf"), path, QStringLiteral("-o"), refused, QStringLiteral("--compare-with"),
                           QStringLiteral("Antagen 2")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("«Antagen 2» is neither"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(refused));
}
