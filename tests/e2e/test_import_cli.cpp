// `horisont import-actuals`, run as a separate process like a user would.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace horisont;

namespace {

const QString sampleFile = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");
const QString diggFile = QStringLiteral(HORISONT_SHARED_DATA "/real/ledgers/digg-2024-Q3-leverantorsfakturor.csv");
const QString testData = QStringLiteral(HORISONT_TEST_DATA "/ledger");

QString demoPlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("umea.horisont"));
    const test::ProcessResult r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return path;
}

test::ProcessResult importActuals(const QStringList &arguments)
{
    return test::runHorisont(QStringList{QStringLiteral("import-actuals")} + arguments);
}

QString valueOf(const QString &out, const QString &label)
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(label + QLatin1Char(':')))
            return line.mid(label.size() + 1).trimmed();
    }
    return QString();
}

} // namespace

TEST(ImportCli, SampleExportIntoTheDemoThenAgain)
{
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    const QString before = test::sqlite3(plan, QStringLiteral("SELECT count(*) FROM ledger_transaction"));

    test::ProcessResult r = importActuals({plan, sampleFile});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Rows read")), QStringLiteral("70")) << r.out.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Imported")), QStringLiteral("70"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Already present")), QStringLiteral("0"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Unassigned")), QStringLiteral("0"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Rejected")), QStringLiteral("0"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Total imported")), QStringLiteral("827,209.73 SEK"));
    EXPECT_EQ(test::sqlite3(plan, QStringLiteral("SELECT count(*) FROM ledger_transaction")).toInt(), before.toInt() + 70);
    EXPECT_EQ(test::sqlite3(plan, QStringLiteral("SELECT sum(amount) FROM ledger_transaction WHERE identity LIKE 'V:23%'")),
              QStringLiteral("82720973"));

    r = importActuals({plan, sampleFile});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Imported")), QStringLiteral("0"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Already present")), QStringLiteral("70"));

    // The sample books 2023 spending on interventions that ended before 2023
    // or start after it, which the demo allocates nothing to in 2023 (and on
    // BRA, which allocates nothing in 2023): the only findings are those
    // budget warnings, the dates one per intervention concerned.
    r = test::runHorisont({QStringLiteral("check"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"), plan});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    const QStringList findings = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_FALSE(findings.isEmpty());
    int outsideDates = 0;
    for (const QString &line : findings) {
        outsideDates += line.endsWith(QLatin1String("[transactions-outside-intervention-period]"));
        EXPECT_TRUE(line.endsWith(QLatin1String("[spending-without-allocation]"))
                    || line.endsWith(QLatin1String("[organisation-spending-without-allocation]"))
                    || line.endsWith(QLatin1String("[source-spending-without-allocation]"))
                    || line.endsWith(QLatin1String("[transactions-outside-intervention-period]")))
            << line.toStdString();
    }
    EXPECT_EQ(outsideDates, test::sqlite3(plan, QStringLiteral("SELECT count(DISTINCT i.id) FROM ledger_transaction t "
                                                                "JOIN intervention i ON i.id = t.intervention_id "
                                                                "WHERE t.date < i.start OR t.date >= i.end;"))
                                .toInt());

    // Swedish output formats the total the Swedish way.
    QTemporaryDir dir2;
    const QString plan2 = demoPlan(dir2);
    r = test::runHorisont({QStringLiteral("import-actuals"), plan2, sampleFile}, 120000, QStringLiteral("sv"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("827\u00A0209,73\u00A0kr"))) << r.out.toStdString();
}

TEST(ImportCli, DryRunAndProfile)
{
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    const QByteArray hash = test::fileHash(plan);
    test::ProcessResult r = importActuals({QStringLiteral("--dry-run"), plan, sampleFile});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Would import")), QStringLiteral("70")) << r.out.toStdString();
    EXPECT_EQ(test::fileHash(plan), hash);

    r = importActuals({plan, testData + QStringLiteral("/bilag-tab.tsv"), QStringLiteral("--profile"),
                       testData + QStringLiteral("/profile-bilag.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Imported")), QStringLiteral("3"));
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Total imported")), QStringLiteral("12,500.50 SEK"));
}

TEST(ImportCli, RejectedRowsAndExitCodes)
{
    HORISONT_SKIP_UNLESS_PRESENT(diggFile);
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    const QByteArray hash = test::fileHash(plan);

    // The real Digg file mixes SEK and NOK: all or nothing refuses it, naming the lines.
    test::ProcessResult r = importActuals({plan, diggFile});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("digg-2024-Q3-leverantorsfakturor.csv: line "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("currency NOK"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported"))) << r.err.toStdString();
    EXPECT_EQ(test::fileHash(plan), hash);

    r = importActuals({QStringLiteral("--skip-invalid"), plan, diggFile});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Imported")), QStringLiteral("501")) << r.out.toStdString();
    EXPECT_TRUE(valueOf(r.out, QStringLiteral("Rejected")).startsWith(QStringLiteral("6 (lines "))) << r.out.toStdString();
    EXPECT_EQ(valueOf(r.out, QStringLiteral("Total imported")), QStringLiteral("60,237,523.29 SEK"));

    const QByteArray afterDigg = test::fileHash(plan);
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(bad, "Datum;Belopp\n2023-02-30;10\n");
    r = importActuals({plan, bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.csv: line 2: date \"2023-02-30\" is not a date"))) << r.err.toStdString();
    r = importActuals({QStringLiteral("--skip-invalid"), plan, bad});
    EXPECT_EQ(r.exitCode, 2) << "nothing could be imported";
    EXPECT_EQ(test::fileHash(plan), afterDigg);

    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    test::writeFile(empty, QByteArray());
    r = importActuals({plan, empty});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("empty.csv"))) << r.err.toStdString();

    r = importActuals({dir.filePath(QStringLiteral("no-such.horisont")), sampleFile});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such.horisont"))) << r.err.toStdString();
    r = importActuals({plan, dir.filePath(QStringLiteral("no-such.csv"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such.csv"))) << r.err.toStdString();
    r = importActuals({plan});
    EXPECT_EQ(r.exitCode, 2);
    r = importActuals({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--skip-invalid")));
    EXPECT_EQ(test::fileHash(plan), afterDigg);
}

// After an import, `horisont check` reports the budget findings, one line each.
TEST(ImportCli, CheckReportsBudgetFindingsOfTheImportedLedger)
{
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(test::writeFile(csv, "Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\r\n"
                                     "94001;1;2020-11-05;6420;1100;2750;BRA;7180;30 000,00;Konsult UCER, tillägg\r\n"
                                     "94002;1;2026-01-01;5090;1100;2750;UTV;7100;2 000,00;Efter perioden\r\n"));
    ASSERT_EQ(importActuals({plan, csv}).exitCode, 0);

    const test::ProcessResult r =
        test::runHorisont({QStringLiteral("check"), QStringLiteral("--as-of"), QStringLiteral("2026-11-25"), plan});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    QStringList budget;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.endsWith(QLatin1String("[spending-over-allocation]"))
            || line.endsWith(QLatin1String("[organisation-spending-over-allocation]"))
            || line.endsWith(QLatin1String("[transactions-outside-source-period]")))
            budget << line;
    }
    ASSERT_EQ(budget.size(), 3) << r.out.toStdString();
    for (const QString &line : std::as_const(budget))
        EXPECT_TRUE(line.startsWith(QStringLiteral("umea.horisont: warning: "))) << line.toStdString();
    EXPECT_TRUE(budget.join(QLatin1Char('\n')).contains(QStringLiteral("voucher 94002 of 2026-01-01")))
        << r.out.toStdString();
}

// Inputs without end or beyond all measure, run as a user would with the
// process's address space limited to 1 GiB: each is refused by name within
// seconds instead of growing until memory runs out, and the plan keeps every
// byte. An ordinary import under the same limit shows the limit is no obstacle.
TEST(ImportCli, EndlessAndHugeInputsAreRefusedInBoundedTimeAndMemory)
{
#if defined(__SANITIZE_ADDRESS__) || (defined(__has_feature) && __has_feature(address_sanitizer))
    GTEST_SKIP() << "under AddressSanitizer (./dev test --sanitize): it reserves terabytes of shadow memory, so no "
                    "process of it runs within a 1 GiB address space";
#endif
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    constexpr qint64 addressSpace = qint64(1) << 30;
    const auto refused = [&](const QStringList &arguments, const QStringList &phrases) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const QByteArray hash = test::fileHash(plan);
        QElapsedTimer timer;
        timer.start();
        const test::ProcessResult r =
            test::runHorisontWithin(addressSpace, QStringList{QStringLiteral("import-actuals")} + arguments, 60000);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        for (const QString &phrase : phrases)
            EXPECT_TRUE(r.err.contains(phrase)) << r.err.toStdString();
        EXPECT_LT(timer.elapsed(), 20000);
        EXPECT_EQ(test::fileHash(plan), hash);
    };

    const test::ProcessResult ordinary =
        test::runHorisontWithin(addressSpace, {QStringLiteral("import-actuals"), QStringLiteral("--dry-run"), plan, sampleFile});
    EXPECT_EQ(ordinary.exitCode, 0) << ordinary.err.toStdString();

    refused({plan, QStringLiteral("/dev/zero")}, {QStringLiteral("zero: line 1: the file holds binary data")});
    refused({plan, QStringLiteral("/dev/urandom")}, {QStringLiteral("urandom: line "), QStringLiteral("binary data")});
    refused({QStringLiteral("--profile"), QStringLiteral("/dev/zero"), plan, sampleFile},
            {QStringLiteral("zero: the profile is larger than 1 MiB")});

    // A line that never ends, from a pipe.
    const QString fifo = dir.filePath(QStringLiteral("endless.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("yes | tr -d '\\n' > \"$0\""), fifo});
    refused({plan, fifo}, {QStringLiteral("endless.csv: line 1: the line is longer than 1 MiB")});
    if (!writer.waitForFinished(5000)) { // it ends when the pipe closes; if not, end it
        writer.kill();
        writer.waitForFinished();
    }

    // A field of 100 MB, and a header of a million columns.
    const QString field = dir.filePath(QStringLiteral("field.csv"));
    {
        QFile file(field);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Datum;Belopp;Text\n2023-01-01;1;\"");
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i)
            file.write(block);
        file.write("\"\n");
    }
    refused({plan, field}, {QStringLiteral("field.csv: line 2: the line is longer than 1 MiB")});
    const QString columns = dir.filePath(QStringLiteral("columns.csv"));
    test::writeFile(columns, QByteArray(1'000'000, ';') + "Datum;Belopp\n2023-01-01;1\n");
    refused({plan, columns}, {QStringLiteral("columns.csv: line 1: the header is longer than 64 KiB")});
}

namespace {

qint64 count(const QString &plan, const char *table)
{
    return test::sqlite3(plan, QStringLiteral("SELECT count(*) FROM %1;").arg(QLatin1String(table))).toLongLong();
}

TEST(RemoveImport, AWrongImportIsTakenBackLoggedAndThePlanStaysWhole)
{
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    const qint64 batchesBefore = count(plan, "import_batch");
    const qint64 rowsBefore = count(plan, "ledger_transaction");
    const qint64 daysBefore = count(plan, "ledger_day");
    ASSERT_EQ(importActuals({plan, sampleFile}).exitCode, 0);
    ASSERT_EQ(count(plan, "import_batch"), batchesBefore + 1);
    ASSERT_GT(count(plan, "ledger_transaction"), rowsBefore);

    const test::ProcessResult listed = test::runHorisont({QStringLiteral("imports"), plan});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("ledger-sample-2023.csv"))) << listed.out.toStdString();
    const QString newest = test::sqlite3(plan, QStringLiteral("SELECT max(id) FROM import_batch;"));

    const test::ProcessResult removed = test::runHorisont({QStringLiteral("remove-import"), plan, newest});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("ledger-sample-2023.csv"))) << removed.out.toStdString();
    EXPECT_TRUE(removed.err.isEmpty()) << removed.err.toStdString();
    EXPECT_EQ(count(plan, "import_batch"), batchesBefore);
    EXPECT_EQ(count(plan, "ledger_transaction"), rowsBefore);
    EXPECT_EQ(count(plan, "ledger_day"), daysBefore);
    // Who removed what stays in the change log.
    EXPECT_TRUE(test::sqlite3(plan, QStringLiteral("SELECT command || ' ' || old_value FROM change_log "
                                                   "WHERE entity = 'import_batch';"))
                    .contains(QStringLiteral("ledger-sample-2023.csv")));
    // The plan verifies whole, and the same file imports again.
    const test::ProcessResult checked = test::runHorisont({QStringLiteral("check"), QStringLiteral("--full"), plan});
    EXPECT_NE(checked.exitCode, 2) << checked.out.toStdString() << checked.err.toStdString();
    EXPECT_EQ(importActuals({plan, sampleFile}).exitCode, 0);
    EXPECT_GT(count(plan, "ledger_transaction"), rowsBefore);
}

TEST(RemoveImport, WhatCannotBeRemovedIsRefusedAndNothingChanges)
{
    QTemporaryDir dir;
    const QString plan = demoPlan(dir);
    const QByteArray before = test::fileHash(plan);
    for (const QString &batch : {QStringLiteral("999"), QStringLiteral("x"), QStringLiteral("-1"),
                                 QStringLiteral("99999999999999999999999")}) {
        const test::ProcessResult r = test::runHorisont({QStringLiteral("remove-import"), plan, batch});
        EXPECT_EQ(r.exitCode, 2) << batch.toStdString();
        EXPECT_FALSE(r.err.isEmpty()) << batch.toStdString();
        EXPECT_EQ(test::fileHash(plan), before) << batch.toStdString();
    }
    const test::ProcessResult missing = test::runHorisont({QStringLiteral("remove-import"), dir.filePath(QStringLiteral("none.horisont")), QStringLiteral("1")});
    EXPECT_EQ(missing.exitCode, 2);
}

} // namespace
