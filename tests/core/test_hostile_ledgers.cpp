// Ledger exports written to do harm: amounts that would overflow a sum,
// dates nobody means, control characters meant for a terminal, fields,
// lines and headers without end, files that are not text. Each is refused
// with a message that names the file, the line and the field, quickly, and
// the plan stays byte for byte as it was — and readable: no later sum over
// its ledger can fail.
#include "ledgerimportfixture.h"

#include "budget/monthlyactuals.h"
#include "ledger/import/chunkqueue.h"
#include "ledger/import/importlimits.h"
#include "ledger/import/importprofile.h"
#include "ledger/import/ledgercells.h"
#include "ledger/import/shownvalue.h"
#include "ledger/ledgermagnitude.h"
#include "store/sqlitestore.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace horisont;

namespace {

/// An export of `amounts`, one row each on 2023-01-01.
QByteArray rowsOf(const QList<QByteArray> &amounts)
{
    QByteArray csv = "Datum;Belopp\n";
    for (const QByteArray &amount : amounts)
        csv += "2023-01-01;" + amount + '\n';
    return csv;
}

/// An export of one row dated `date`.
QByteArray dated(const QByteArray &date)
{
    return "Datum;Belopp\n" + date + ";1,00\n";
}

class HostileLedgerTest : public test::LedgerImportFixture
{
protected:
    /// Every sum the commands compute over the ledger still works.
    void expectLedgerReadable()
    {
        const QString sum = test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM ledger_transaction"));
        EXPECT_FALSE(sum.contains(QStringLiteral("overflow"))) << sum.toStdString();
        const QString days = test::sqlite3(doc->path(), QStringLiteral("SELECT sum(ore) FROM ledger_day"));
        EXPECT_FALSE(days.contains(QStringLiteral("overflow"))) << days.toStdString();
        EXPECT_EQ(Ledger(doc->store()).totals().count, before.count);
    }

    /// The ledger's amounts added up without their signs, as SQLite has them.
    qint64 magnitude() const
    {
        return test::sqlite3(doc->path(), QStringLiteral("SELECT sum(abs(amount)) FROM ledger_transaction")).toLongLong();
    }
};

// ------------------------------------------------------------------ amounts

TEST_F(HostileLedgerTest, AmountsBeyondWhatAMunicipalityMeansAreRefused)
{
    const QString beyond = QStringLiteral("is beyond the limit for one amount");
    // The three shapes that used to import with exit 0 and a wrapped total.
    expectRefused(QStringLiteral("max.csv"), rowsOf({"92233720368547758,07"}), beyond, 2);
    expectRefused(QStringLiteral("two.csv"), rowsOf({"90000000000000000,00", "90000000000000000,00"}), beyond, 2);
    expectRefused(QStringLiteral("thousand.csv"), rowsOf(QList<QByteArray>(1000, "92233720368547,00")),
                  QStringLiteral("and 999 more row"), 2);
    expectRefused(QStringLiteral("negative.csv"), rowsOf({"1,00", "-10 000 000 000 000,00"}),
                  QStringLiteral("amount \"-10 000 000 000 000,00\" ") + beyond, 3);
    // Skipping the invalid rows leaves nothing to import.
    ImportOptions skip;
    skip.skipInvalid = true;
    expectRefused(QStringLiteral("thousand-skip.csv"), rowsOf(QList<QByteArray>(1000, "92233720368547,00")),
                  QStringLiteral("no row can be imported"), 0, skip);
    expectLedgerReadable();

    // The largest amount there can be still imports.
    const ImportResult r = import(write(QStringLiteral("largest.csv"), rowsOf({"9 999 999 999 999,99"})));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.total, Money::fromOre(Money::LimitOre - 1));
}

TEST_F(HostileLedgerTest, ThePlansLedgerNeverAddsUpBeyondItsBound)
{
    // Each row within bounds, debits and credits that cancel out: only the
    // total without signs shows that the sums over them would overflow.
    const qint64 largest = Money::LimitOre - 1;
    QList<QByteArray> amounts;
    for (int i = 0; i < 1100; ++i)
        amounts << (i % 2 ? "-9999999999999,99" : "9999999999999,99");
    const qint64 existing = magnitude();
    const qint64 passingRow = (LedgerMagnitude::LimitOre - existing) / largest + 1;
    ASSERT_LT(passingRow, amounts.size());
    const QString line = QStringLiteral("line %1:").arg(passingRow + 1);
    const QString limit = QStringLiteral("the most one plan can hold");

    ImportResult r = expectRefused(QStringLiteral("cancelling.csv"), rowsOf(amounts), limit, passingRow + 1);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cancelling.csv: ") + line)) << r.error.toStdString();
    ImportOptions dryRun;
    dryRun.dryRun = true;
    r = expectRefused(QStringLiteral("cancelling-dry.csv"), rowsOf(amounts), limit, passingRow + 1, dryRun);
    // It is the ledger that is full, not a row that is wrong: skipping changes nothing.
    ImportOptions skip;
    skip.skipInvalid = true;
    expectRefused(QStringLiteral("cancelling-skip.csv"), rowsOf(amounts), limit, passingRow + 1, skip);
    expectLedgerReadable();

    // Just up to the bound is allowed.
    amounts.resize(passingRow - 1);
    r = import(write(QStringLiteral("up-to.csv"), rowsOf(amounts)));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(magnitude(), existing + (passingRow - 1) * largest);
    EXPECT_LE(magnitude(), LedgerMagnitude::LimitOre);
}

TEST(HostileLedgers, AnImportCountsTheLedgerItJoins)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    const auto importBytes = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        test::writeFile(path, bytes);
        return LedgerImport::import(*doc, path, ImportOptions());
    };
    // 1 000 of the largest amounts, alternately debit and credit: 1 000 öre short of the bound.
    QList<QByteArray> amounts;
    for (int i = 0; i < 1000; ++i)
        amounts << (i % 2 ? "-9999999999999,99" : "9999999999999,99");
    ImportResult r = importBytes(QStringLiteral("a.csv"), rowsOf(amounts));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.total, Money());
    r = importBytes(QStringLiteral("b.csv"), "Datum;Belopp\n2023-01-02;10,01\n");
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("b.csv: line 2: "))) << r.error.toStdString();
    r = importBytes(QStringLiteral("c.csv"), "Datum;Belopp\n2023-01-02;-10,00\n");
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT sum(abs(amount)) FROM ledger_transaction")),
              QString::number(LedgerMagnitude::LimitOre));
    r = importBytes(QStringLiteral("d.csv"), "Datum;Belopp\n2023-01-03;0,01\n");
    EXPECT_FALSE(r.ok);
    // Whatever was refused, every sum over the ledger is still a number.
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM ledger_transaction")),
              QStringLiteral("-1000"));
    EXPECT_EQ(Ledger(doc->store()).totals().total, Money::fromOre(-1000));
}

/// A plan whose ledger was tampered with by `sql`, closed again.
QString tamperedPlan(const QTemporaryDir &dir, const QString &sql)
{
    const QString path = test::createPlan(dir)->path();
    test::sqlite3(path, sql);
    return path;
}

TEST(HostileLedgers, SumsOverATamperedLedgerAreRefusedNotWrapped)
{
    QTemporaryDir dir;
    const QString path = tamperedPlan(dir, test::ledgerPastWhatCanBeCountedSql());
    // Opening refuses it, naming the file (so no view, pack or command meets it).
    QString opened;
    EXPECT_FALSE(PlanDocument::open(path, &opened, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Background));
    EXPECT_TRUE(opened.contains(QStringLiteral("plan.horisont is damaged: its ledger's amounts add up to more than "
                                               "Horisont can count")))
        << opened.toStdString();
    // Below the document, a sum that does not fit is refused, never a wrapped (negative) total.
    SqliteStore store;
    ASSERT_TRUE(store.open(path, true, &opened)) << opened.toStdString();
    EXPECT_THROW(Ledger(store).totals(), MoneyOverflow);
    EXPECT_THROW(MonthlyActualsIndex::load(store), MoneyOverflow);
    // On a worker thread the same refusal comes back as a message.
    QString error;
    const std::atomic_bool cancel = false;
    EXPECT_FALSE(MonthlyActualsIndex::loadFile(path, &cancel, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("more than Horisont can count"))) << error.toStdString();
}

TEST(HostileLedgers, ALedgerWhoseTotalFitsButWhoseYearsDoNotIsRefusedWhenOpened)
{
    // Ten days of 2024 adding up past 64 bits and ten of 2025 taking it all
    // back, stored turn about: the running total never leaves the range, a
    // year's sum (the budget's views) does.
    QTemporaryDir dir;
    const QString path = tamperedPlan(
        dir,
        QStringLiteral(
            "INSERT INTO import_batch (id, at, file_name) VALUES (9002, '2025-01-01T00:00:00', 'turns.csv');"
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999) "
            "INSERT INTO ledger_transaction (import_id, voucher, date, amount, identity) "
            "SELECT 9002, 'T' || i, printf('%d-02-%02d', 2024 + (i / 1000) % 2, 1 + i / 2000), "
            "CASE WHEN (i / 1000) % 2 = 0 THEN 999999999999999 ELSE -999999999999999 END, 'turn-' || i FROM n;"
            "INSERT INTO ledger_day (import_id, date, unassigned, row_count, amount, first_id, first_voucher) "
            "SELECT import_id, date, 1, count(*), sum(amount), min(id), min(voucher) FROM ledger_transaction "
            "GROUP BY date ORDER BY substr(date, 9, 2), date;"));
    SqliteStore store;
    QString error;
    ASSERT_TRUE(store.open(path, true, &error)) << error.toStdString();
    EXPECT_THROW(MonthlyActualsIndex::load(store), MoneyOverflow); // what a budget view would meet
    EXPECT_FALSE(PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly, PlanDocument::Verification::Background));
    EXPECT_TRUE(error.contains(QStringLiteral("more than Horisont can count"))) << error.toStdString();
}

TEST_F(HostileLedgerTest, AmountsOnlyInTheShapesLedgersWrite)
{
    using ledgercells::parseAmount;
    EXPECT_FALSE(parseAmount(QStringLiteral("1 2 3")));
    EXPECT_FALSE(parseAmount(QStringLiteral("100,00 kr")));
    EXPECT_FALSE(parseAmount(QStringLiteral("6,5 mnkr")));
    EXPECT_FALSE(parseAmount(QStringLiteral("100:-")));
    EXPECT_FALSE(parseAmount(QStringLiteral("1'250,00")));
    EXPECT_FALSE(parseAmount(QStringLiteral("12 50,00")));
    EXPECT_EQ(parseAmount(QStringLiteral("12 500,00")), Money::fromKronor(12500));
    // What people type in the window keeps its shapes.
    EXPECT_EQ(Money::parse(QStringLiteral("6 000 000 kr")), Money::fromKronor(6'000'000));
    EXPECT_EQ(Money::parse(QStringLiteral("6,5 mnkr")), Money::fromKronor(6'500'000));

    expectRefused(QStringLiteral("spaced.csv"), rowsOf({"1,00", "1 2 3"}), QStringLiteral("amount \"1 2 3\" is not an amount"), 3);
    expectRefused(QStringLiteral("unit.csv"), rowsOf({"100,00 kr"}), QStringLiteral("amount \"100,00 kr\" is not an amount"), 2);
}

// -------------------------------------------------------------------- dates

TEST_F(HostileLedgerTest, DatesNobodyMeansAreRefused)
{
    using ledgercells::DateError;
    using ledgercells::parseDate;
    EXPECT_EQ(parseDate(QStringLiteral("1900-01-01")), QDate(1900, 1, 1));
    EXPECT_EQ(parseDate(QStringLiteral("2200-12-31")), QDate(2200, 12, 31));
    EXPECT_EQ(parseDate(QStringLiteral("2023-01-05T00:00")), QDate(2023, 1, 5));
    EXPECT_EQ(parseDate(QStringLiteral("2023-01-05 00:00:00")), QDate(2023, 1, 5));
    for (const char *text : {"1899-12-31", "2201-01-01", "9999-12-31", "0001-01-01", "01.01.0001", "99991231"}) {
        DateError why = DateError::NotADate;
        EXPECT_FALSE(parseDate(QString::fromLatin1(text), QString(), &why)) << text;
        EXPECT_EQ(why, DateError::OutsideWindow) << text;
    }
    DateError why = DateError::NotADate;
    EXPECT_FALSE(parseDate(QStringLiteral("00010101"), QStringLiteral("yyyyMMdd"), &why));
    EXPECT_EQ(why, DateError::OutsideWindow);
    for (const char *text : {"2023-01-05 12:00", "2023-01-05T00:00:01", "2023-01-05T23:59", "2023-01-05 00:00+02:00"}) {
        why = DateError::NotADate;
        EXPECT_FALSE(parseDate(QString::fromLatin1(text), QString(), &why)) << text;
        EXPECT_EQ(why, DateError::TimeOfDay) << text;
    }
    why = DateError::TimeOfDay;
    EXPECT_FALSE(parseDate(QStringLiteral("2023-02-30 12:00"), QString(), &why));
    EXPECT_EQ(why, DateError::NotADate);

    const QString window = QStringLiteral("is outside 1900-01-01 – 2200-12-31");
    expectRefused(QStringLiteral("9999.csv"), dated("9999-12-31"), QStringLiteral("date \"9999-12-31\" ") + window, 2);
    expectRefused(QStringLiteral("0001.csv"), dated("0001-01-01"), QStringLiteral("date \"0001-01-01\" ") + window, 2);
    expectRefused(QStringLiteral("noon.csv"), dated("2023-01-05 12:00"),
                  QStringLiteral("date \"2023-01-05 12:00\" has a time of day"), 2);
}

// -------------------------------------------------------------- what is shown

TEST(ShownValue, ControlCharactersAreEscapedAndLongValuesCut)
{
    EXPECT_EQ(shownValue(u"plain text, åäö €"), QStringLiteral("plain text, åäö €"));
    EXPECT_EQ(shownValue(u"\x1b[2J"), QStringLiteral("\\x1B[2J"));
    EXPECT_EQ(shownValue(QStringView(u"a\0b", 3)), QStringLiteral("a\\x00b"));
    EXPECT_EQ(shownValue(u"a\rb\nc\td\x7f"), QStringLiteral("a\\x0Db\\x0Ac\\x09d\\x7F"));
    EXPECT_EQ(shownValue(u"\u0085\u009b"), QStringLiteral("\\x85\\x9B")); // C1: NEL, CSI
    EXPECT_EQ(shownValue(u"abc\u202Edef\u2066"), QStringLiteral("abc\\u202Edef\\u2066"));
    EXPECT_EQ(shownValue(u"a\u2028b"), QStringLiteral("a\\u2028b"));
    EXPECT_EQ(shownValue(QStringView(u"x\xD800y", 3)), QStringLiteral("x\\uD800y")); // unpaired surrogate
    EXPECT_EQ(shownValue(u"\U0001F600"), QStringLiteral("\U0001F600"));              // a pair stays whole
    const QString longText(1000, QLatin1Char('9'));
    EXPECT_EQ(shownValue(longText), QString(80, QLatin1Char('9')) + QChar(0x2026));
    EXPECT_EQ(shownValue(longText, 5), QStringLiteral("99999\u2026"));
    EXPECT_EQ(shownValue(QString(80, QLatin1Char('x'))), QString(80, QLatin1Char('x')));
    EXPECT_EQ(shownList({QStringLiteral("a"), QStringLiteral("b\x1b")}), QStringLiteral("a, b\\x1B"));
    EXPECT_TRUE(shownList(QStringList(300, QStringLiteral("c"))).endsWith(QStringLiteral("(and 280 more)")));
}

TEST_F(HostileLedgerTest, MessagesShowControlCharactersEscapedAndLongFieldsCut)
{
    const auto expectClean = [](const ImportResult &r) {
        for (QChar c : r.error)
            EXPECT_FALSE(c.category() == QChar::Other_Control) << r.error.toStdString();
        EXPECT_LT(r.error.size(), 400) << r.error.toStdString();
    };
    // Among ordinary rows: a file that is mostly control characters is no text at all.
    const QByteArray ordinary = QByteArray("2023-01-01;1,00;SEK\n").repeated(20);
    expectClean(expectRefused(QStringLiteral("ansi.csv"), "Datum;Belopp;Valuta\n" + ordinary + "\"\x1b[2J\x1b[H\";1,00;SEK\n",
                              QStringLiteral("date \"\\x1B[2J\\x1B[H\" is not a date"), 22));
    expectClean(expectRefused(QStringLiteral("cr.csv"), "Datum;Belopp\n2023-01-01;\"1\r00\"\n",
                              QStringLiteral("amount \"1\\x0D00\" is not an amount"), 2));
    expectClean(expectRefused(QStringLiteral("bidi.csv"),
                              "Ver.nr;Rad;Datum;Belopp\nA\xE2\x80\xAE" "B;1;2023-01-01;1\nA\xE2\x80\xAE" "B;1;2023-01-01;2\n",
                              QStringLiteral("voucher A\\u202EB line 1 is already on line 2"), 3));
    expectClean(expectRefused(QStringLiteral("currency.csv"), "Datum;Belopp;Valuta\n" + ordinary + "2023-01-01;1;\"\x1b]0;pwned\x07\"\n",
                              QStringLiteral("currency \\x1B]0;pwned\\x07 is not"), 22));
    // A voucher that looks like a placeholder stays what it is.
    expectRefused(QStringLiteral("percent.csv"), "Ver.nr;Rad;Datum;Belopp\n%1;%2;2023-01-01;1\n%1;%2;2023-01-01;2\n",
                  QStringLiteral("voucher %1 line %2 is already on line 2"), 3);
    const QByteArray longDate(20000, 'x');
    const ImportResult r = expectRefused(QStringLiteral("long.csv"), dated(longDate),
                                         QStringLiteral("date \"") + QString(80, QLatin1Char('x')) + QChar(0x2026) + u'"', 2);
    expectClean(r);
    expectClean(expectRefused(QStringLiteral("long-amount.csv"), rowsOf({QByteArray(20000, '9')}),
                              QString(80, QLatin1Char('9')) + QChar(0x2026), 2));

    // The file's own name is shown the same way.
    const QString name = QStringLiteral("evil\x1b[2J.csv");
    const ImportResult named = import(write(name, dated("9999-01-01")));
    EXPECT_FALSE(named.ok);
    EXPECT_TRUE(named.error.startsWith(QStringLiteral("evil\\x1B[2J.csv: line 2: "))) << named.error.toStdString();
}

// ------------------------------------------------------------------- limits

TEST_F(HostileLedgerTest, FieldsLinesAndHeadersWithoutEndAreRefusedByName)
{
    QElapsedTimer timer;
    timer.start();
    expectRefused(QStringLiteral("field.csv"),
                  "Datum;Belopp;Text\n2023-01-01;1;ok\n2023-01-01;1;" + QByteArray(100 * 1024, 'x') + '\n',
                  QStringLiteral("line 3: field 3 (Text) is longer than 64 KiB"), 3);
    expectRefused(QStringLiteral("quoted-field.csv"),
                  "Datum;Belopp;Text\n2023-01-01;1;\"" + QByteArray(100 * 1024, 'x') + "\"\n",
                  QStringLiteral("field 3 (Text) is longer than 64 KiB"), 2);
    expectRefused(QStringLiteral("line.csv"), "Datum;Belopp\n" + QByteArray(3 * 1024 * 1024, '1'),
                  QStringLiteral("line 2: the line is longer than 1 MiB"), 2);
    QByteArray lines = "Datum;Belopp;Text\n2023-01-01;1;\"never closed\n";
    for (int i = 0; i < 30000; ++i)
        lines += "2023-01-01;1;some text that goes on and on, line after line\n";
    expectRefused(QStringLiteral("unclosed.csv"), lines, QStringLiteral("is not closed within 1 MiB"), 2);
    QByteArray columns;
    for (int i = 0; i < 1000; ++i)
        columns += "c" + QByteArray::number(i) + ';';
    expectRefused(QStringLiteral("columns.csv"), columns + "Datum;Belopp\n" + QByteArray(1001, ';') + "2023-01-01;1\n",
                  QStringLiteral("the header has 1002 columns, more than 256"), 1);
    expectRefused(QStringLiteral("million-columns.csv"), QByteArray(1'000'000, ';') + "Datum;Belopp\n2023-01-01;1\n",
                  QStringLiteral("the header is longer than 64 KiB"), 1);
    expectRefused(QStringLiteral("long-header.csv"), "\n\nDatum;Belopp;" + QByteArray(70 * 1024, 'h') + "\n2023-01-01;1;x\n",
                  QStringLiteral("the header is longer than 64 KiB"), 3);
    const char nul[] = "Datum;Belopp\n2023-01-01;1,00\n2023-01-01;2\0,00\n";
    expectRefused(QStringLiteral("nul.csv"), QByteArray(nul, sizeof nul - 1), QStringLiteral("line 3: the file holds binary data"), 3);
    EXPECT_LT(timer.elapsed(), 10000);
    expectLedgerReadable();
}

TEST_F(HostileLedgerTest, FilesWithoutEndAreRefusedAtOnce)
{
    const QByteArray hash = test::fileHash(doc->path());
    for (const QString &device : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom")}) {
        SCOPED_TRACE(device.toStdString());
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = import(device);
        EXPECT_FALSE(r.ok);
        EXPECT_TRUE(r.error.contains(QStringLiteral("binary data"))) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(QStringLiteral(": line "))) << r.error.toStdString();
        EXPECT_LT(timer.elapsed(), 5000);
    }
    // A file larger than any export is refused before a byte of it is read.
    const QString huge = dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Datum;Belopp\n");
        ASSERT_TRUE(file.resize(importlimits::FileBytes + 1)); // sparse: costs no disk
    }
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = import(huge);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("larger than 1 GiB"))) << r.error.toStdString();
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_EQ(test::fileHash(doc->path()), hash);
}

TEST(HostileLedgers, ProfilesAreBoundedAndChecked)
{
    QTemporaryDir dir;
    QString error;
    const QString large = dir.filePath(QStringLiteral("large.json"));
    test::writeFile(large, "{\"separator\": \"" + QByteArray(2 * 1024 * 1024, ' ') + "\"}");
    EXPECT_FALSE(ImportProfile::fromFile(large, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger than 1 MiB"))) << error.toStdString();
    EXPECT_FALSE(ImportProfile::fromFile(QStringLiteral("/dev/zero"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger than 1 MiB"))) << error.toStdString();
    EXPECT_FALSE(ImportProfile::fromFile(dir.filePath(QStringLiteral("missing.json")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot open the profile"))) << error.toStdString();

    const QString deep = dir.filePath(QStringLiteral("deep.json"));
    test::writeFile(deep, QByteArray(512 * 1024, '[') + QByteArray(512 * 1024, ']'));
    EXPECT_FALSE(ImportProfile::fromFile(deep, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a JSON profile"))) << error.toStdString();

    for (const auto &[json, phrase] : {std::pair{R"({"separator": 59})", "\"separator\" is not text"},
                                       std::pair{R"({"dateFormat": ["yyyy"]})", "\"dateFormat\" is not text"},
                                       std::pair{R"({"columns": ["Belopp"]})", "\"columns\" is not an object"},
                                       std::pair{R"({"columns": {"amount": 7}})", "\"amount\" is not text"},
                                       std::pair{"{\"columns\": {\"\x1b[2J\": \"x\"}}", "unknown field \"\\x1B[2J\""}}) {
        EXPECT_FALSE(ImportProfile::fromJson(json, &error)) << json;
        EXPECT_TRUE(error.contains(QString::fromUtf8(phrase))) << error.toStdString();
    }
    const QString good = dir.filePath(QStringLiteral("good.json"));
    test::writeFile(good, R"({"separator": ";", "columns": {"amount": "Summa"}})");
    const auto profile = ImportProfile::fromFile(good, &error);
    ASSERT_TRUE(profile) << error.toStdString();
    EXPECT_EQ(profile->columns[size_t(LedgerField::Amount)], QStringLiteral("Summa"));
}

TEST(HostileLedgers, TheQueueBetweenReaderAndWriterIsBounded)
{
    ChunkQueue<int> queue(2);
    ASSERT_TRUE(queue.push(1));
    ASSERT_TRUE(queue.push(2));
    std::atomic<bool> pushed = false;
    std::thread producer([&] {
        queue.push(3);
        pushed = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_FALSE(pushed); // full: the producer waits
    EXPECT_EQ(queue.pop(), 1);
    producer.join();
    EXPECT_TRUE(pushed);

    // A producer waiting for room is released by a cancel, and told to stop.
    std::atomic<int> result = -1;
    std::thread stopped([&] { result = queue.push(4) ? 1 : 0; });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(result, -1);
    queue.cancel();
    stopped.join();
    EXPECT_EQ(result, 0);
    EXPECT_EQ(queue.pop(), std::nullopt);
}

} // namespace
