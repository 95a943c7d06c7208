// Ledger import: real files (the sample export, public-sector ledgers) and
// files in every supported shape written by the tests, into real plans on
// disk. A file that cannot be imported leaves the plan byte for byte as it was.
#include "ledgerimportfixture.h"

#include "ledger/import/csvreader.h"
#include "ledger/import/ledgercells.h"
#include "ledger/import/ledgerimport.h"
#include "ledger/ledger.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString sampleFile = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");
const QString diggFile = QStringLiteral(HORISONT_SHARED_DATA "/real/ledgers/digg-2024-Q3-leverantorsfakturor.csv");
const QString vgrFile = QStringLiteral(HORISONT_SHARED_DATA "/real/ledgers/vgr-2026-01-sample-4rows-CR.csv");
const QString testData = QStringLiteral(HORISONT_TEST_DATA "/ledger");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

ImportProfile profileFrom(const QString &path)
{
    QString error;
    const auto profile = ImportProfile::fromJson(readBytes(path), &error);
    EXPECT_TRUE(profile) << error.toStdString();
    return profile.value_or(ImportProfile());
}

/// Reads bytes as an export (no plan): the valid rows and the row errors.
ParsedLedger parseBytes(const QByteArray &bytes, const ImportProfile &profile = {}, QString *error = nullptr)
{
    ParsedLedger parsed;
    QString message;
    const bool ok = LedgerImport::parse(bytes, profile, QStringLiteral("SEK"), &parsed, &message);
    if (error)
        *error = message;
    else
        EXPECT_TRUE(ok) << message.toStdString();
    return parsed;
}

QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x2013: out += char(0x96); break;
        case 0x20AC: out += char(0x80); break;
        default:
            EXPECT_LE(c.unicode(), 0xFF);
            out += char(c.unicode());
        }
    }
    return out;
}

using LedgerImportTest = test::LedgerImportFixture;

const QByteArray &header = test::ledgerHeader;

} // namespace

TEST_F(LedgerImportTest, SampleExportImportsIntoTheDemoWithEveryCodeMatched)
{
    int signals = 0;
    QObject::connect(doc.get(), &PlanDocument::ledgerTotalsChanged, [&] { ++signals; });
    ImportResult r = import(sampleFile);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.format.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(r.format.separator, QLatin1Char(';'));
    EXPECT_EQ(r.rowsRead, 70);
    EXPECT_EQ(r.imported, 70);
    EXPECT_EQ(r.alreadyPresent, 0);
    EXPECT_EQ(r.unassigned, 0);
    EXPECT_TRUE(r.rejected.isEmpty());
    EXPECT_EQ(r.total, Money::fromOre(82720973));
    EXPECT_EQ(signals, 1);

    const LedgerTotals after = Ledger(doc->store()).totals();
    EXPECT_EQ(after.count, before.count + 70);
    EXPECT_EQ(after.total - before.total, Money::fromOre(82720973));
    EXPECT_EQ(after.unassignedCount, before.unassignedCount);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT text FROM ledger_transaction WHERE identity = 'V:23008/2'")),
              QStringLiteral("Utemiljö – belysning"));
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT text FROM ledger_transaction WHERE identity = 'V:23012/1'")),
              QStringLiteral("EST-möte \"veckolägesbild\""));
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM ledger_transaction WHERE identity LIKE 'V:23%' "
                                                        "AND organisation_id IS NOT NULL AND intervention_id IS NOT NULL "
                                                        "AND source_id IS NOT NULL")),
              QStringLiteral("70"));

    // Again: nothing new.
    r = import(sampleFile);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 0);
    EXPECT_EQ(r.alreadyPresent, 70);
    EXPECT_EQ(r.total, Money());
    EXPECT_EQ(Ledger(doc->store()).totals().count, before.count + 70);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
}

TEST_F(LedgerImportTest, DryRunWritesNothing)
{
    const QByteArray hash = test::fileHash(doc->path());
    ImportOptions options;
    options.dryRun = true;
    const ImportResult r = import(sampleFile, options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 70);
    EXPECT_EQ(r.total, Money::fromOre(82720973));
    EXPECT_EQ(test::fileHash(doc->path()), hash);
}

// What the import dialog shows: the first rows, matched, even when other
// rows are rejected; and a dry run of a large file can be cancelled.
TEST_F(LedgerImportTest, ADryRunPreviewsTheFirstRowsAndCanBeCancelled)
{
    QByteArray csv = header + "1;1;2023-02-30;5090;1100;2750;UTV;7100;10,00;bad day\r\n";
    for (int i = 0; i < 5000; ++i)
        csv += "2;" + QByteArray::number(i + 1) + ";2023-03-01;5090;" + (i == 0 ? "9999" : "1100")
               + ";2750;UTV;7100;1,00;x\r\n";
    const QString path = write(QStringLiteral("preview.csv"), csv);
    const QByteArray hash = test::fileHash(doc->path());
    ImportOptions options;
    options.dryRun = true;
    options.previewRows = 3;
    ImportResult r = import(path, options);
    EXPECT_FALSE(r.ok); // a row is rejected and none may be skipped
    EXPECT_EQ(r.rejectedLines(), QList<qint64>{2});
    EXPECT_EQ(r.rowsRead, 5001);
    ASSERT_EQ(r.preview.size(), 3u);
    EXPECT_EQ(r.previewLines, (std::vector<qint64>{3, 4, 5}));
    EXPECT_EQ(r.preview[0].organisationId, NoId); // 9999 is no organisation of the plan
    EXPECT_NE(r.preview[1].organisationId, NoId);
    EXPECT_NE(r.preview[1].interventionId, NoId);

    options.skipInvalid = true;
    qint64 lastDone = 0;
    r = import(path, options, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        EXPECT_GE(done, lastDone);
        lastDone = done;
        return done < 7000; // cancelled while looking rows up, after reading them all
    });
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.cancelled);
    EXPECT_GT(lastDone, 7000);
    r = import(path, options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 5000);
    EXPECT_EQ(r.unassigned, 1);
    EXPECT_EQ(test::fileHash(doc->path()), hash);
}

TEST(LedgerParse, EncodingsWithAndWithoutByteOrderMark)
{
    const QString text = QStringLiteral("Föräldrastöd – ÄBC €");
    const QString csv = QStringLiteral("Datum;Belopp;Text\n2023-01-02;100,00;%1\n").arg(text);
    for (const auto &[bytes, encoding, bom] :
         {std::tuple{csv.toUtf8(), TextEncoding::Utf8, false},
          std::tuple{QByteArray("\xEF\xBB\xBF") + csv.toUtf8(), TextEncoding::Utf8, true},
          std::tuple{windows1252(csv), TextEncoding::Windows1252, false}}) {
        const ParsedLedger p = parseBytes(bytes);
        ASSERT_EQ(p.transactions.size(), 1u);
        EXPECT_EQ(p.format.encoding, encoding);
        EXPECT_EQ(p.format.byteOrderMark, bom);
        EXPECT_EQ(p.transactions[0].text, text);
        EXPECT_EQ(p.transactions[0].amount, Money::fromKronor(100));
    }
    // A BOM before the header must not hide the first column's name.
    const ParsedLedger p = parseBytes(QByteArray("\xEF\xBB\xBF") + "Datum;Belopp\n20230102;5\n");
    ASSERT_EQ(p.transactions.size(), 1u);
    EXPECT_EQ(p.transactions[0].date, QDate(2023, 1, 2));
}

TEST(LedgerParse, Utf16AndAProfileEncoding)
{
    // UTF-16 with a BOM, as some spreadsheets save: read as UTF-8 would be.
    const QString csv = QStringLiteral("Datum;Belopp;Text\r\n2023-01-02;3 270,50;Övriga främmande tjänster\r\n");
    QByteArray utf16("\xFF\xFE");
    for (QChar c : csv) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    ParsedLedger p = parseBytes(utf16);
    ASSERT_EQ(p.transactions.size(), 1u);
    EXPECT_EQ(p.transactions[0].amount, Money::fromOre(327050));
    EXPECT_EQ(p.transactions[0].text, QStringLiteral("Övriga främmande tjänster"));

    // A profile that says UTF-8 refuses Windows-1252 bytes instead of guessing.
    ImportProfile profile;
    profile.encoding = TextEncoding::Utf8;
    QString error;
    parseBytes(windows1252(QStringLiteral("Datum;Belopp;Text\n2023-01-02;1;Ärende\n")), profile, &error);
    EXPECT_TRUE(error.contains(QStringLiteral("not valid UTF-8"))) << error.toStdString();
    profile.encoding = TextEncoding::Windows1252;
    p = parseBytes(windows1252(QStringLiteral("Datum;Belopp;Text\n2023-01-02;1;Ärende\n")), profile);
    ASSERT_EQ(p.transactions.size(), 1u);
    EXPECT_EQ(p.transactions[0].text, QStringLiteral("Ärende"));
}

TEST(LedgerParse, SeparatorsAreSniffedOutsideQuotes)
{
    // Three ';' inside quotes, three ',' outside.
    ParsedLedger p = parseBytes("Datum,Belopp,\"Kommentar; a; b; c\",Text\n2023-03-04,\"12 500,00\",,\"a;b,c\"\n");
    EXPECT_EQ(p.format.separator, QLatin1Char(','));
    ASSERT_EQ(p.transactions.size(), 1u);
    EXPECT_EQ(p.transactions[0].amount, Money::fromKronor(12500));
    EXPECT_EQ(p.transactions[0].text, QStringLiteral("a;b,c"));

    p = parseBytes("Date\tAmount\tDescription\n2023-03-04\t-1 250,00\tTab, separated; text\n");
    EXPECT_EQ(p.format.separator, QLatin1Char('\t'));
    ASSERT_EQ(p.transactions.size(), 1u);
    EXPECT_EQ(p.transactions[0].amount, Money::fromKronor(-1250));
    EXPECT_EQ(p.transactions[0].text, QStringLiteral("Tab, separated; text"));
}

TEST(LedgerParse, QuotedFieldsAndLineNumbers)
{
    // A quoted text with the separator, doubled quotes and two line breaks;
    // the records after it keep their physical line numbers.
    const QByteArray csv = "Ver.nr;Rad;Datum;Belopp;Text\r\n"
                           "1;1;2023-01-01;10,00;\"Rad ett;\r\nrad \"\"två\"\"\r\nrad tre\"\r\n"
                           "\r\n"
                           "1;2;2023-01-01;bad;x\r\n"
                           ";;;;\r\n"
                           "1;3;2023-01-01;30,00;\"\"\r\n";
    const ParsedLedger p = parseBytes(csv);
    EXPECT_EQ(p.rowsRead, 3);
    ASSERT_EQ(p.transactions.size(), 2u);
    EXPECT_EQ(p.transactions[0].text, QStringLiteral("Rad ett;\r\nrad \"två\"\r\nrad tre"));
    EXPECT_EQ(p.lines[0], 2);
    EXPECT_EQ(p.lines[1], 8);
    ASSERT_EQ(p.errors.size(), 1);
    EXPECT_EQ(p.errors[0].line, 6);
    EXPECT_EQ(p.errors[0].message, QStringLiteral("line 6: amount \"bad\" is not an amount"));
}

TEST(LedgerParse, LineEndsLfCrlfAndBareCr)
{
    for (const char *end : {"\n", "\r\n", "\r"}) {
        QByteArray csv = "Datum;Belopp" + QByteArray(end) + "2023-01-01;1" + end + end + "2023-01-02;2" + end + "2023-01-03;3";
        const ParsedLedger p = parseBytes(csv);
        ASSERT_EQ(p.transactions.size(), 3u) << end;
        EXPECT_EQ(p.lines, (std::vector<qint64>{2, 4, 5})) << end;
        EXPECT_EQ(p.transactions[2].amount, Money::fromKronor(3));
    }
}

TEST(LedgerParse, AmountShapes)
{
    using ledgercells::parseAmount;
    EXPECT_EQ(parseAmount(QStringLiteral("12 500,00")), Money::fromKronor(12500));
    EXPECT_EQ(parseAmount(QStringLiteral("12500.00")), Money::fromKronor(12500));
    EXPECT_EQ(parseAmount(QStringLiteral("-1 250,00")), Money::fromKronor(-1250));
    EXPECT_EQ(parseAmount(QStringLiteral("\u22121 250,00")), Money::fromKronor(-1250));
    EXPECT_EQ(parseAmount(QStringLiteral("1250.00-")), Money::fromKronor(-1250));
    EXPECT_EQ(parseAmount(QStringLiteral("1\u00A0250\u00A0000,50")), Money::fromOre(125000050));
    EXPECT_FALSE(parseAmount(QStringLiteral("1,250"), QLatin1Char(','))); // three decimals
    EXPECT_EQ(parseAmount(QStringLiteral("1,250"), QLatin1Char('.')), Money::fromKronor(1250));
    EXPECT_FALSE(parseAmount(QStringLiteral("12,5,0")));
    EXPECT_FALSE(parseAmount(QString()));
    EXPECT_FALSE(parseAmount(QStringLiteral("abc")));

    // The column decides what "1,250" means.
    EXPECT_EQ(ledgercells::decimalEvidence({QStringLiteral("1,250"), QStringLiteral("4247,6")}), QLatin1Char(','));
    EXPECT_EQ(ledgercells::decimalEvidence({QStringLiteral("1,250"), QStringLiteral("136.98")}), QLatin1Char('.'));
    EXPECT_EQ(ledgercells::decimalEvidence({QStringLiteral("4247,6"), QStringLiteral("136.98")}), QChar());
    EXPECT_EQ(ledgercells::decimalEvidence({QStringLiteral("1,250")}), QChar());
    EXPECT_EQ(ledgercells::decimalEvidence({QStringLiteral("1.250,00")}), QLatin1Char(','));
    const ParsedLedger p = parseBytes("Datum;Belopp\n2023-01-01;1.250\n2023-01-01;4247,6\n2023-01-01;\u2212"
                                      "5\n2023-01-01;7 000,00-\n");
    ASSERT_EQ(p.transactions.size(), 4u);
    EXPECT_EQ(p.transactions[0].amount, Money::fromKronor(1250)); // the column uses decimal commas
    EXPECT_EQ(p.transactions[1].amount, Money::fromOre(424760));
    EXPECT_EQ(p.transactions[2].amount, Money::fromKronor(-5));
    EXPECT_EQ(p.transactions[3].amount, Money::fromKronor(-7000));
}

TEST(LedgerParse, DateShapes)
{
    using ledgercells::parseDate;
    EXPECT_EQ(parseDate(QStringLiteral("2023-06-19")), QDate(2023, 6, 19));
    EXPECT_EQ(parseDate(QStringLiteral("20230619")), QDate(2023, 6, 19));
    EXPECT_EQ(parseDate(QStringLiteral("19.06.2023")), QDate(2023, 6, 19));
    EXPECT_EQ(parseDate(QStringLiteral("2023-06-19 00:00:00")), QDate(2023, 6, 19));
    EXPECT_EQ(parseDate(QStringLiteral("19/06/2023"), QStringLiteral("dd/MM/yyyy")), QDate(2023, 6, 19));
    EXPECT_FALSE(parseDate(QStringLiteral("2023-02-30")));
    EXPECT_FALSE(parseDate(QStringLiteral("20230230")));
    EXPECT_FALSE(parseDate(QStringLiteral("30.02.2023")));
    EXPECT_FALSE(parseDate(QStringLiteral("2023-6-19")));
    EXPECT_FALSE(parseDate(QStringLiteral("19/06/2023")));
    EXPECT_FALSE(parseDate(QString()));
    EXPECT_EQ(parseDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));

    ImportProfile profile;
    profile.dateFormat = QStringLiteral("dd/MM/yyyy");
    const ParsedLedger p = parseBytes("Datum;Belopp\n19/06/2023;1\n2023-06-20;2\n", profile);
    ASSERT_EQ(p.transactions.size(), 2u);
    EXPECT_EQ(p.transactions[0].date, QDate(2023, 6, 19));
    EXPECT_EQ(p.transactions[1].date, QDate(2023, 6, 20));
}

TEST(LedgerParse, HeaderNamesInOtherSpellings)
{
    const ParsedLedger p = parseBytes(
        QStringLiteral("VERIFIKATIONSNUMMER;Radnr;Bokföringsdatum;Nettobelopp;konto_nr;ansvar;PROJECT;Finansiering;"
                       "Beskrivning;Övrigt\n"
                       "7;2;2023-05-06;99,50;5090;1100;7100;UTV;Hyra;x\n")
            .toUtf8());
    ASSERT_EQ(p.transactions.size(), 1u);
    const Transaction &t = p.transactions[0];
    EXPECT_EQ(t.identity, QStringLiteral("V:7/2"));
    EXPECT_EQ(t.date, QDate(2023, 5, 6));
    EXPECT_EQ(t.amount, Money::fromOre(9950));
    EXPECT_EQ(t.account, QStringLiteral("5090"));
    EXPECT_EQ(t.organisationCode, QStringLiteral("1100"));
    EXPECT_EQ(t.interventionCode, QStringLiteral("7100"));
    EXPECT_EQ(t.sourceCode, QStringLiteral("UTV"));
    EXPECT_EQ(t.text, QStringLiteral("Hyra"));

    EXPECT_EQ(ledgerfields::normalisedHeader(QStringLiteral("Bokf. datum")), QStringLiteral("bokfdatum"));
    EXPECT_EQ(ledgerfields::normalisedHeader(QStringLiteral("Konto_Nr")), QStringLiteral("kontonr"));
    EXPECT_EQ(ledgerfields::normalisedHeader(QStringLiteral("Leverantör-ID")), QStringLiteral("leverantorid"));
}

TEST_F(LedgerImportTest, AProfileNamesTheColumns)
{
    ImportOptions options;
    options.profile = profileFrom(testData + QStringLiteral("/profile-bilag.json"));
    EXPECT_EQ(options.profile.separator, QLatin1Char('\t'));
    const ImportResult r = import(testData + QStringLiteral("/bilag-tab.tsv"), options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(r.unassigned, 0);
    EXPECT_EQ(r.total, Money::fromOre(1250050));
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT amount || ' ' || date FROM ledger_transaction WHERE identity = 'V:91001/2'")),
              QStringLiteral("-125000 2023-04-04"));

    // A profile naming a column the file lacks is an error naming it.
    QString error;
    auto bad = ImportProfile::fromJson(R"({"columns": {"amount": "Summa"}})", &error);
    ASSERT_TRUE(bad);
    ImportOptions badOptions;
    badOptions.profile = *bad;
    const ImportResult refused = import(sampleFile, badOptions);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("Summa"))) << refused.error.toStdString();
    EXPECT_FALSE(ImportProfile::fromJson(R"({"columns": {"sum": "Summa"}})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("sum")));
    EXPECT_FALSE(ImportProfile::fromJson("{not json", &error));
    // A profile survives a round trip.
    const auto again = ImportProfile::fromJson(options.profile.toJson(), &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->toJson(), options.profile.toJson());
}

TEST_F(LedgerImportTest, IdenticalRowsAreNeverMerged)
{
    QByteArray csv = "Datum;Belopp;Leverantör;Fakturanr\n";
    for (int i = 0; i < 11; ++i)
        csv += "2023-05-04;21,00;Kaffe AB;\n";
    // The same invoice number from two suppliers.
    csv += "2023-05-05;100,00;Alfa AB;1001\n2023-05-05;100,00;Beta AB;1001\n";
    const QString path = write(QStringLiteral("coffee.csv"), csv);
    ImportResult r = import(path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 13);
    EXPECT_EQ(r.total, Money::fromKronor(11 * 21 + 200));
    EXPECT_EQ(r.unassigned, 13); // no codes at all
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(DISTINCT identity) FROM ledger_transaction WHERE identity LIKE 'R:%'")),
              QStringLiteral("13"));
    r = import(path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 0);
    EXPECT_EQ(r.alreadyPresent, 13);

    // An export that overlaps: twelve coffees now (one new) and one new invoice.
    QByteArray later = "Datum;Belopp;Leverantör;Fakturanr\n";
    for (int i = 0; i < 12; ++i)
        later += "2023-05-04;21,00;Kaffe AB;\n";
    later += "2023-05-05;100,00;Beta AB;1001\n2023-05-06;55,00;Gamma AB;7\n";
    r = import(write(QStringLiteral("coffee-later.csv"), later));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 2);
    EXPECT_EQ(r.alreadyPresent, 12);
    EXPECT_EQ(r.total, Money::fromKronor(21 + 55));
}

TEST_F(LedgerImportTest, BrokenFilesChangeNothing)
{
    QByteArray garbage(4096, '\0');
    QRandomGenerator random(7);
    for (char &c : garbage)
        c = char(random.bounded(256));
    expectRefused(QStringLiteral("garbage.csv"), garbage, QStringLiteral("binary"), 0);
    expectRefused(QStringLiteral("empty.csv"), QByteArray(), QStringLiteral("empty"), 0);
    expectRefused(QStringLiteral("blank.csv"), "\r\n\r\n;;;\r\n", QStringLiteral("empty"), 0);
    expectRefused(QStringLiteral("header-only.csv"), header, QStringLiteral("no rows"), 1);
    expectRefused(QStringLiteral("amount.csv"),
                  header + "1;1;2023-01-01;5090;1100;2750;UTV;7100;10,00;ok\r\n"
                           "1;2;2023-01-01;5090;1100;2750;UTV;7100;12,5,0;bad\r\n",
                  QStringLiteral("amount \"12,5,0\" is not an amount"), 3);
    expectRefused(QStringLiteral("date.csv"), header + "1;1;2023-02-30;5090;1100;2750;UTV;7100;10,00;x\r\n",
                  QStringLiteral("date \"2023-02-30\" is not a date"), 2);
    expectRefused(QStringLiteral("quote.csv"),
                  header + "1;1;2023-01-01;5090;1100;2750;UTV;7100;10,00;ok\r\n"
                           "1;2;2023-01-01;5090;1100;2750;UTV;7100;10,00;\"never closed\r\n"
                           "1;3;2023-01-01;5090;1100;2750;UTV;7100;10,00;x\r\n",
                  QStringLiteral("never closed"), 3);
    expectRefused(QStringLiteral("currency.csv"),
                  "Datum;Belopp;Valuta\n2023-01-01;10,00;SEK\n2023-01-01;10,00;NOK\n",
                  QStringLiteral("currency NOK is not the plan's currency SEK"), 3);
    expectRefused(QStringLiteral("columns.csv"), "Dag;Summa\n2023-01-01;10\n", QStringLiteral("no date column"), 1);
    expectRefused(QStringLiteral("fields.csv"), "Datum;Belopp\n2023-01-01;10;extra\n", QStringLiteral("3 fields"), 2);
    expectRefused(QStringLiteral("twice.csv"), header + "1;1;2023-01-01;5090;1100;2750;UTV;7100;1;a\r\n"
                                                        "1;1;2023-01-01;5090;1100;2750;UTV;7100;2;b\r\n",
                  QStringLiteral("already on line 2"), 3);
    const ImportResult missing = import(dir.filePath(QStringLiteral("missing.csv")));
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.error.startsWith(QStringLiteral("missing.csv: "))) << missing.error.toStdString();
}

TEST_F(LedgerImportTest, SkipInvalidTakesTheValidRows)
{
    const QString path = write(QStringLiteral("mixed.csv"),
                               header + "80;1;2023-01-01;5090;1100;2750;UTV;7100;10,00;ok\r\n"
                                        "80;2;2023-02-30;5090;1100;2750;UTV;7100;10,00;bad date\r\n"
                                        "80;3;2023-01-01;5090;1100;2750;UTV;7100;x;bad amount\r\n"
                                        "80;4;2023-01-01;5090;9999;2750;XXX;7100;5,00;unknown codes\r\n");
    const QByteArray hash = test::fileHash(doc->path());
    ImportResult r = import(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("and 1 more row"))) << r.error.toStdString();
    EXPECT_EQ(r.rejectedLines(), (QList<qint64>{3, 4}));
    EXPECT_EQ(test::fileHash(doc->path()), hash);

    ImportOptions options;
    options.skipInvalid = true;
    r = import(path, options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.rowsRead, 4);
    EXPECT_EQ(r.imported, 2);
    EXPECT_EQ(r.unassigned, 1);
    EXPECT_EQ(r.rejectedLines(), (QList<qint64>{3, 4}));
    EXPECT_EQ(r.total, Money::fromKronor(15));
    EXPECT_EQ(Ledger(doc->store()).totals().unassignedCount, before.unassignedCount + 1);
}

TEST_F(LedgerImportTest, CancelLeavesThePlanUnchanged)
{
    QByteArray csv = header;
    for (int i = 1; i <= 3000; ++i)
        csv += "99;" + QByteArray::number(i) + ";2023-01-01;5090;1100;2750;UTV;7100;1,00;x\r\n";
    const QString path = write(QStringLiteral("big.csv"), csv);
    const QByteArray hash = test::fileHash(doc->path());
    // At the first report, and after two thousand rows were written while the rest was being read.
    for (const qint64 cancelAt : {qint64(1), qint64(2048)}) {
        SCOPED_TRACE(cancelAt);
        qint64 calls = 0;
        const ImportResult r = import(path, {}, [&](qint64 done, qint64 total) {
            ++calls;
            EXPECT_LE(done, total);
            return done < cancelAt;
        });
        EXPECT_FALSE(r.ok);
        EXPECT_TRUE(r.cancelled);
        EXPECT_GT(calls, 0);
        EXPECT_EQ(test::fileHash(doc->path()), hash);
        EXPECT_EQ(Ledger(doc->store()).totals().count, before.count);
    }
    const ImportResult r = import(path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 3000);
}

// Real files that others published (../shared/data/real/ledgers, SOURCES.md).
TEST_F(LedgerImportTest, RealDiggSupplierInvoices)
{
    HORISONT_SKIP_UNLESS_PRESENT(diggFile);
    ParsedLedger p = parseBytes(readBytes(diggFile));
    EXPECT_TRUE(p.format.byteOrderMark);
    EXPECT_EQ(p.format.encoding, TextEncoding::Utf8);
    EXPECT_EQ(p.rowsRead, 507); // 291 all-empty rows at the end are skipped
    EXPECT_EQ(p.transactions.size(), 501u);
    ASSERT_EQ(p.errors.size(), 6); // the NOK invoices
    for (const ImportRowError &e : p.errors)
        EXPECT_TRUE(e.message.contains(QStringLiteral("currency NOK"))) << e.message.toStdString();
    Money sum;
    for (const Transaction &t : p.transactions)
        sum += t.amount;
    EXPECT_EQ(sum, Money::fromOre(6023752329));

    ImportOptions options;
    options.skipInvalid = true;
    ImportResult r = import(diggFile, options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 501);
    EXPECT_EQ(r.rejected.size(), 6);
    EXPECT_EQ(r.total, Money::fromOre(6023752329));
    r = import(diggFile, options);
    EXPECT_EQ(r.imported, 0);
    EXPECT_EQ(r.alreadyPresent, 501);

    // The same through a profile.
    p = parseBytes(readBytes(diggFile), profileFrom(testData + QStringLiteral("/profile-digg.json")));
    EXPECT_EQ(p.transactions.size(), 501u);
}

TEST_F(LedgerImportTest, RealVgrLedgerWithBareCrLineEnds)
{
    HORISONT_SKIP_UNLESS_PRESENT(vgrFile);
    const ParsedLedger p = parseBytes(readBytes(vgrFile));
    EXPECT_EQ(p.format.encoding, TextEncoding::Utf8);
    EXPECT_EQ(p.rowsRead, 4);
    ASSERT_EQ(p.transactions.size(), 4u);
    EXPECT_EQ(p.lines, (std::vector<qint64>{2, 3, 4, 5}));
    Money sum;
    for (const Transaction &t : p.transactions)
        sum += t.amount;
    EXPECT_EQ(sum, Money::fromOre(504750473));
    EXPECT_EQ(p.transactions[0].voucher, QStringLiteral("3010147"));
    EXPECT_EQ(p.transactions[0].account, QStringLiteral("8591"));
    EXPECT_EQ(p.transactions[0].date, QDate(2026, 1, 7));
    EXPECT_EQ(p.transactions[2].amount, Money::fromKronor(-14250));
    const ImportResult r = import(vgrFile);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 4);
    EXPECT_EQ(r.unassigned, 4);
}
