// The import dialog on the demo plan with the real sample ledger export:
// preview without writing, then import, then a second import adds nothing.
#include "dialogs/importdialog.h"
#include "document/plandocument.h"
#include "model/halfopen.h"
#include "models/problemsmodel.h"
#include "uitestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace horisont;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
const QString sample = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewWritesNothingAndImportWritesEverything()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        ProblemsModel problems(*doc);
        const Money before = doc->ledgerTotals().total;
        const qint64 rowsBefore = doc->ledgerTotals().count;
        ImportDialog dialog(*doc);
        dialog.setFile(sample);
        const QByteArray untouched = hashOf(doc->path());
        QVERIFY(dialog.preview());
        QCOMPARE(hashOf(doc->path()), untouched);
        QCOMPARE(dialog.previewTable()->rowCount(), 70);
        QVERIFY2(dialog.summary().contains(QStringLiteral("70 rows read")), qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains(QStringLiteral("70 new")));
        auto *import = dialog.findChild<QPushButton *>();
        QVERIFY(import);
        QVERIFY(dialog.runImport());
        QCOMPARE(doc->ledgerTotals().count, rowsBefore + 70);
        QCOMPARE(doc->ledgerTotals().total, before + Money::fromOre(82'720'973));
        QVERIFY(dialog.summary().contains(QStringLiteral("Imported 70 rows")));
        // The same file again: nothing new.
        QVERIFY(dialog.preview());
        QVERIFY(dialog.summary().contains(QStringLiteral("0 new, 70 already in the plan")));
        dialog.show();
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);
    }

    // The preview marks each row dated outside the period of the intervention
    // its project code names — the same rows the problems panel's check counts
    // once they are imported: 1 of the sample's 70, summed here by sqlite3.
    void previewMarksRowsOutsideTheirInterventionsDates()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        ImportDialog dialog(*doc);
        dialog.setFile(sample);
        QVERIFY(dialog.preview());
        QTableWidget *table = dialog.previewTable();
        QCOMPARE(table->rowCount(), 70);
        int datesColumn = -1;
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Intervention's dates"))
                datesColumn = c;
        QVERIFY(datesColumn >= 0);
        int marked = 0;
        qint64 markedOre = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString mark = table->item(r, datesColumn)->text();
            if (mark.isEmpty())
                continue;
            ++marked;
            QVERIFY2(mark.contains(QStringLiteral("outside ")), qPrintable(mark));
            const QString project = table->item(r, 6)->text();
            const Intervention *in = nullptr;
            for (const Intervention &i : doc->plan().all<Intervention>())
                if (i.code == project) in = &i;
            QVERIFY(in);
            QVERIFY2(mark.endsWith(isoSpan(in->start, in->end)), qPrintable(mark)); // the last day, as Properties shows it
            const QDate date = QDate::fromString(table->item(r, 2)->text(), Qt::ISODate);
            QVERIFY(date < in->start || date >= in->end);
            const std::optional<Money> amount = Money::parse(table->item(r, 3)->text());
            QVERIFY2(amount, qPrintable(table->item(r, 3)->text()));
            markedOre += amount->ore();
        }
        QVERIFY2(dialog.summary().contains(QStringLiteral("1 of the rows shown")), qPrintable(dialog.summary()));

        // The same rows once imported, as sqlite3 counts them from the file.
        QVERIFY(dialog.runImport());
        const QStringList outside =
            test::sqlite3(doc->path(), QStringLiteral("SELECT count(*), sum(t.amount) FROM ledger_transaction t "
                                                      "JOIN intervention i ON i.id = t.intervention_id "
                                                      "WHERE t.date < i.start OR t.date >= i.end;"))
                .split(QLatin1Char('|'));
        QCOMPARE(outside.size(), 2);
        QCOMPARE(marked, outside[0].toInt());
        QCOMPARE(marked, 1); // the sample's one deliberate error (see README, "The demo plan")
        QCOMPARE(markedOre, outside[1].toLongLong());
        QCOMPARE(markedOre, qint64(725'267)); // 7 252,67 kr
    }

    void aBrokenFileIsReportedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        const QString broken = dir.filePath(QStringLiteral("broken.csv"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ver.nr;Rad;Bokf.datum;Belopp\n1;1;2023-02-30;100,00\n");
        f.close();
        ImportDialog dialog(*doc);
        dialog.setFile(broken);
        const QByteArray untouched = hashOf(doc->path());
        dialog.preview();
        QVERIFY(!dialog.runImport());
        QCOMPARE(hashOf(doc->path()), untouched);
        QVERIFY2(dialog.summary().contains(QStringLiteral("line 2")), qPrintable(dialog.summary()));
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
