// The ledger import writes rows while the file is still being read (see
// PipelinedImport) and keeps day sums beside the transactions (ledger_day).
// These tests hold it to the same result as reading the whole file first:
// large files, a decimal mark the file only shows late, a repeat of a
// rejected row, and day sums that always agree with the transactions.
#include "ledgerimportfixture.h"

#include "edit/commands.h"
#include "ledger/import/ledgercells.h"

using namespace horisont;

namespace {

const QByteArray &header = test::ledgerHeader;

/// A table's money per source, organisation, intervention and day, as text:
/// the day sums and the transactions must always print the same.
QString sumsPerDay(const QString &table, const QString &rows)
{
    return QStringLiteral(
               "SELECT group_concat(g, '|') FROM (SELECT coalesce(source_id, 0) || ',' || coalesce(organisation_id, 0) "
               "|| ',' || coalesce(intervention_id, 0) || ',' || date || ':' || %2 || '/' || sum(amount) AS g "
               "FROM %1 GROUP BY source_id, organisation_id, intervention_id, date ORDER BY g);")
        .arg(table, rows);
}

class LedgerPipelineTest : public test::LedgerImportFixture
{
protected:
    void expectDaySumsAgree()
    {
        const QString sums = test::sqlite3(doc->path(), sumsPerDay(QStringLiteral("ledger_day"), QStringLiteral("sum(row_count)")));
        EXPECT_FALSE(sums.isEmpty());
        EXPECT_EQ(sums, test::sqlite3(doc->path(), sumsPerDay(QStringLiteral("ledger_transaction"), QStringLiteral("count(*)"))));
    }
};

} // namespace

TEST_F(LedgerPipelineTest, TheDemoLedgerHasDaySumsThatAgreeWithItsTransactions)
{
    expectDaySumsAgree();
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*), sum(amount) FROM ledger_transaction;")),
              QStringLiteral("%1|%2").arg(before.count).arg(before.total.ore()));
}

TEST_F(LedgerPipelineTest, ALargeImportWritesEveryRowAndItsDaySums)
{
    const QString schemaQuery = QStringLiteral(
        "SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM "
        "(SELECT name, sql FROM sqlite_schema WHERE tbl_name IN ('ledger_transaction', 'ledger_day') ORDER BY name);");
    const QString schemaBefore = test::sqlite3(doc->path(), schemaQuery);

    QByteArray csv = header;
    const int rows = 60'000;
    qint64 ore = 0;
    for (int i = 0; i < rows; ++i) {
        csv += QByteArray::number(500000 + i / 2) + ';' + QByteArray::number(i % 2 + 1) + ";2024-0"
               + QByteArray::number(1 + i % 9) + "-15;5090;" + (i % 7 == 0 ? "9999" : "1100") + ";2750;ORD;7100;"
               + QByteArray::number(10 + i % 50) + ",25;rad " + QByteArray::number(i) + "\r\n";
        ore += (10 + i % 50) * 100 + 25;
    }
    const QString path = write(QStringLiteral("large.csv"), csv);

    // Cancelled half-way, while rows are being written: the file is as it was.
    const QByteArray hash = test::fileHash(doc->path());
    qint64 reports = 0;
    const ImportResult cancelled = import(path, {}, [&](qint64 done, qint64 total) {
        ++reports;
        EXPECT_LE(done, total);
        return done <= total / 2;
    });
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_GT(reports, 10);
    EXPECT_EQ(test::fileHash(doc->path()), hash);

    const ImportResult r = import(path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, rows);
    EXPECT_EQ(r.unassigned, (rows + 6) / 7); // organisation 9999 is not in the plan
    EXPECT_EQ(r.total, Money::fromOre(ore));
    EXPECT_EQ(test::sqlite3(doc->path(), schemaQuery), schemaBefore);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    expectDaySumsAgree();
    const LedgerTotals totals = Ledger(doc->store()).totals();
    EXPECT_EQ(totals.count, before.count + rows);
    EXPECT_EQ(totals.total, before.total + Money::fromOre(ore));
    EXPECT_EQ(totals.unassignedCount, before.unassignedCount + r.unassigned);

    const int daysBefore = test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM ledger_day;")).toInt();
    const ImportResult again = import(path);
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.alreadyPresent, rows);
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM ledger_day;")).toInt(), daysBefore);
    expectDaySumsAgree();
}

// "1,250" alone reads as 1 250 kr; a later "12,50" shows that the file
// writes decimal commas, and with them "1,250" is no amount at all. The rows
// written before the file showed its mark do not stay in the ledger.
TEST_F(LedgerPipelineTest, ADecimalMarkShownLateOverturnsTheRowsWrittenBefore)
{
    ASSERT_EQ(ledgercells::parseAmount(QStringLiteral("1,250")), Money::fromKronor(1250));
    ASSERT_FALSE(ledgercells::parseAmount(QStringLiteral("1,250"), QLatin1Char(',')));

    QByteArray csv = header;
    const int rows = 10'000; // more than one chunk is written before the last row is read
    for (int i = 0; i < rows; ++i)
        csv += "61;" + QByteArray::number(i + 1) + ";2024-03-05;5090;1100;2750;UTV;7100;1,250;x\r\n";
    csv += "61;" + QByteArray::number(rows + 1) + ";2024-03-05;5090;1100;2750;UTV;7100;12,50;the mark\r\n";
    const QString path = write(QStringLiteral("late-mark.csv"), csv);

    const QByteArray hash = test::fileHash(doc->path());
    const ImportResult refused = import(path);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("line 2: amount \"1,250\" is not an amount")))
        << refused.error.toStdString();
    EXPECT_EQ(refused.rejected.size(), rows);
    EXPECT_EQ(test::fileHash(doc->path()), hash);

    ImportOptions options;
    options.skipInvalid = true;
    const ImportResult r = import(path, options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 1);
    EXPECT_EQ(r.total, Money::fromOre(1250));
    EXPECT_EQ(r.rejected.size(), rows);
    EXPECT_EQ(Ledger(doc->store()).totals().count, before.count + 1);
    expectDaySumsAgree();
}

// A file that shows both marks ("12,50" first, "3.75" last) has none: each
// cell is read on its own, "1,250" as 1 250 kr, including the rows read while
// the file still seemed to write decimal commas (and "1,250" was no amount).
TEST_F(LedgerPipelineTest, AFileShowingBothMarksIsReadCellByCellForEveryRow)
{
    QByteArray csv = header + "62;1;2024-03-05;5090;1100;2750;UTV;7100;12,50;comma\r\n";
    const int rows = 10'000;
    for (int i = 0; i < rows; ++i)
        csv += "62;" + QByteArray::number(i + 2) + ";2024-03-05;5090;1100;2750;UTV;7100;1,250;x\r\n";
    csv += "62;" + QByteArray::number(rows + 2) + ";2024-03-05;5090;1100;2750;UTV;7100;3.75;dot\r\n";
    const QString path = write(QStringLiteral("both-marks.csv"), csv);

    // The writing again reports its progress and can be cancelled too.
    const QByteArray hash = test::fileHash(doc->path());
    qint64 last = 0;
    bool again = false;
    const ImportResult cancelled = import(path, {}, [&](qint64 done, qint64) {
        again = again || done < last; // counting from the start again: the rows are being rewritten
        last = done;
        return !again;
    });
    EXPECT_TRUE(again);
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_EQ(test::fileHash(doc->path()), hash);

    const ImportResult r = import(path);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, rows + 2);
    const Money expected = Money::fromOre(1250 + qint64(rows) * 125'000 + 375);
    EXPECT_EQ(r.total, expected);
    EXPECT_EQ(Ledger(doc->store()).totals().total, before.total + expected);
    expectDaySumsAgree();
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("SELECT count(*) FROM import_batch WHERE rows_imported = %1;")
                                             .arg(rows + 2)),
              QStringLiteral("1")); // one batch: the first writing left nothing behind
}

// A row repeating the voucher and line of a rejected row is rejected too,
// although it was written before the repeat could be known.
TEST_F(LedgerPipelineTest, ARepeatOfARejectedRowIsRejectedToo)
{
    const QByteArray csv = header + "71;1;2023-02-30;5090;1100;2750;UTV;7100;10,00;bad day\r\n"
                           + "71;1;2023-02-10;5090;1100;2750;UTV;7100;20,00;same voucher and line\r\n"
                           + "72;1;2023-02-11;5090;1100;2750;UTV;7100;30,00;fine\r\n";
    ImportOptions options;
    options.skipInvalid = true;
    const ImportResult r = import(write(QStringLiteral("repeat.csv"), csv), options);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.imported, 1);
    EXPECT_EQ(r.total, Money::fromKronor(30));
    EXPECT_EQ(r.rejectedLines(), (QList<qint64>{2, 3}));
    ASSERT_EQ(r.rejected.size(), 2);
    EXPECT_TRUE(r.rejected.at(1).message.contains(QStringLiteral("already on line 2")))
        << r.rejected.at(1).message.toStdString();
    EXPECT_EQ(Ledger(doc->store()).totals().count, before.count + 1);
    expectDaySumsAgree();
}

// A file that fails at its very end (an unterminated quote) after thousands
// of rows were written leaves the plan byte for byte as it was.
TEST_F(LedgerPipelineTest, AFileBrokenAtItsEndLeavesThePlanAsItWas)
{
    QByteArray csv = header;
    for (int i = 0; i < 9000; ++i)
        csv += "81;" + QByteArray::number(i + 1) + ";2024-01-02;5090;1100;2750;UTV;7100;5,00;x\r\n";
    csv += "82;1;2024-01-02;5090;1100;2750;UTV;7100;5,00;\"never closed\r\n";
    const QString path = write(QStringLiteral("broken-end.csv"), csv);
    const QByteArray hash = test::fileHash(doc->path());
    const ImportResult r = import(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("broken-end.csv: "))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("line 9002"))) << r.error.toStdString();
    EXPECT_EQ(test::fileHash(doc->path()), hash);
    EXPECT_EQ(Ledger(doc->store()).totals().count, before.count);
}

// Day sums that disagree with the transactions (a file edited by hand, or
// damaged) are damage: verified fully, the plan is refused; verified in the
// background (as the application opens plans), it becomes read-only and says why.
TEST_F(LedgerPipelineTest, DaySumsThatDisagreeWithTheTransactionsAreDamage)
{
    const QString path = doc->path();
    doc.reset();
    test::sqlite3(path, QStringLiteral("UPDATE ledger_day SET amount = amount + 1 WHERE id = (SELECT min(id) FROM ledger_day);"));
    const QByteArray hash = test::fileHash(path);
    QString error;
    EXPECT_FALSE(PlanDocument::open(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("day sums"))) << error.toStdString();

    auto reopened = PlanDocument::open(path, &error, PlanDocument::Access::ReadWrite,
                                       PlanDocument::Verification::Background);
    ASSERT_TRUE(reopened) << error.toStdString();
    QString problem;
    EXPECT_FALSE(reopened->waitForVerification(&problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("day sums"))) << problem.toStdString();
    EXPECT_TRUE(reopened->isReadOnly());
    reopened.reset();
    EXPECT_EQ(test::fileHash(path), hash);
}

// The day sums carry the ledger's foreign keys to the plan: the file itself
// refuses to lose an organisation that spending is booked on, even to a tool
// that goes around the application's own refusal.
TEST_F(LedgerPipelineTest, TheFileKeepsAnOrganisationThatSpendingIsBookedOn)
{
    Organisation unit;
    unit.name = QStringLiteral("Nattvandrarna");
    unit.code = QStringLiteral("8800");
    EditCommand *insert = commands::insert(*doc, unit, CommandText::verbatim(QStringLiteral("Add organisation")));
    const Id id = insert->createdId();
    ASSERT_TRUE(doc->execute(insert));
    const ImportResult r = import(write(QStringLiteral("night.csv"),
                                        header + "91;1;2024-05-01;5090;8800;2750;ORD;7100;500,00;vandring\r\n"));
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    const QString path = doc->path();
    doc.reset();
    const QString deleteIt = QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM organisation WHERE id = %1;").arg(id);
    test::sqlite3(path, deleteIt);
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1;").arg(id)),
              QStringLiteral("1"));
    // Nothing else holds it: without the spending it goes.
    test::sqlite3(path, QStringLiteral("DELETE FROM ledger_day WHERE organisation_id = %1;").arg(id));
    test::sqlite3(path, deleteIt);
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("SELECT count(*) FROM organisation WHERE id = %1;").arg(id)),
              QStringLiteral("0"));
}
