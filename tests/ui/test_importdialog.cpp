// The import dialog on the demo plan with the real sample ledger export:
// preview without writing, then import, then a second import adds nothing.
#include "dialogs/importdialog.h"
#include "document/plandocument.h"
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
