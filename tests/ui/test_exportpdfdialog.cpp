// File ▸ Export PDF… on the demo plan: the choices reach the pack, the
// print preview paints the pack (and is closed by the test), an export
// writes a PDF with progress, and Cancel in the middle of an export leaves
// an earlier file at the target byte for byte as it was.
#include "dialogs/exportpdfdialog.h"
#include "document/plandocument.h"
#include "uitestsupport.h"
#include "processes.h"
#include "versions/planversions.h"
#include "versions/planscenarios.h"
#include "report/pdfpack.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QTimer>
#include <QtTest>

using namespace horisont;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QComboBox *combo(ExportPdfDialog &dialog, const QString &accessibleName)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    return nullptr;
}

void choose(QComboBox *box, const QVariant &data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}
} // namespace

class TestExportPdfDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choicesReachThePackAndSectionsFollowThePack()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        ExportPdfDialog dialog(*doc);
        choose(combo(dialog, QStringLiteral("Pack")), int(PdfPackOptions::Pack::Controller));
        choose(combo(dialog, QStringLiteral("Paper size")), int(QPageSize::A3));
        choose(combo(dialog, QStringLiteral("Orientation")), int(QPageLayout::Landscape));
        choose(combo(dialog, QStringLiteral("Language of the pack")), QStringLiteral("en"));
        dialog.show();
        // The controller pack's sections are shown, the steering pack's timeline is not.
        auto *audit = dialog.findChild<QCheckBox *>(QStringLiteral("section-audit"));
        auto *timeline = dialog.findChild<QCheckBox *>(QStringLiteral("section-timeline"));
        QVERIFY(audit && timeline);
        QVERIFY(audit->isVisible());
        QVERIFY(!timeline->isVisible());
        audit->setChecked(false);
        PdfPackOptions o = dialog.options();
        QCOMPARE(o.pack, PdfPackOptions::Pack::Controller);
        QCOMPARE(o.paper, QPageSize::A3);
        QCOMPARE(o.orientation, QPageLayout::Landscape);
        QCOMPARE(o.language, QStringLiteral("en"));
        QVERIFY(!(o.sections & PdfPackOptions::AuditTrail));
        QVERIFY(o.sections & PdfPackOptions::Allocations);
        QVERIFY(!(o.sections & PdfPackOptions::Timeline));
        // The full pack shows every section.
        choose(combo(dialog, QStringLiteral("Pack")), int(PdfPackOptions::Pack::Full));
        QVERIFY(timeline->isVisible());
        o = dialog.options();
        QVERIFY(o.sections & PdfPackOptions::Logic);
        QVERIFY2(!(o.sections & PdfPackOptions::AuditTrail), "the user's choice is kept");
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);
    }

    // The Changes section from the window: the plan's versions and scenarios
    // to compare with, none at first; choosing one adds the section's pages.
    void changesSinceAVersionOrAScenario()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        QString error;
        QVERIFY2(planversions::freeze(*doc, QStringLiteral("Antagen"), {}, QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        QVERIFY2(planscenarios::create(*doc, QStringLiteral("Längre"), QString(), QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        ExportPdfDialog dialog(*doc);
        QComboBox *compare = combo(dialog, QStringLiteral("Changes since"));
        QVERIFY(compare && compare->isEnabled());
        QCOMPARE(compare->count(), 3); // none, the version, the scenario
        QVERIFY(dialog.options().compareWith.isEmpty());
        choose(compare, QStringLiteral("Antagen"));
        QCOMPARE(dialog.options().compareWith, QStringLiteral("Antagen"));
        choose(compare, QStringLiteral("Längre"));
        QCOMPARE(dialog.options().compareWith, QStringLiteral("Längre"));
        PdfPackOptions options = dialog.options();
        options.language = QStringLiteral("en");
        const QString pdf = dir.filePath(QStringLiteral("changes.pdf"));
        PdfPack pack(*doc, options);
        QVERIFY2(pack.exportTo(pdf, &error), qPrintable(error));
        const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
        QVERIFY2(text.contains(QStringLiteral("Changes since «Längre»")), qPrintable(text.left(400)));
    }

    void previewPaintsThePackAndIsClosed()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        ExportPdfDialog dialog(*doc);
        choose(combo(dialog, QStringLiteral("Pack")), int(PdfPackOptions::Pack::Steering));
        bool sawPreview = false;
        // The preview is modal: close it from the event loop it runs.
        QTimer closer;
        closer.setInterval(50);
        connect(&closer, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *preview = qobject_cast<QPrintPreviewDialog *>(w); preview && preview->isVisible()) {
                    sawPreview = true;
                    preview->reject();
                }
            }
        });
        closer.start();
        dialog.preview();
        closer.stop();
        QVERIFY(sawPreview);
        QVERIFY2(dialog.previewPageCount() >= 4, qPrintable(QString::number(dialog.previewPageCount())));
    }

    void exportWritesAPdfAndCancelLeavesTheEarlierFile()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        ExportPdfDialog dialog(*doc);
        choose(combo(dialog, QStringLiteral("Pack")), int(PdfPackOptions::Pack::Full));
        choose(combo(dialog, QStringLiteral("Language of the pack")), QStringLiteral("sv"));
        const QString path = dir.filePath(QStringLiteral("pack.pdf"));
        QList<int> steps;
        int total = 0;
        connect(&dialog, &ExportPdfDialog::exportProgress, [&](int done, int all) {
            steps << done;
            total = all;
        });
        QVERIFY(dialog.exportTo(path));
        QVERIFY(steps.size() > 5);
        QCOMPARE(steps.last(), total);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == QByteArrayLiteral("%PDF-"));
        pdf.close();
        const QByteArray earlier = hashOf(path);

        // Cancel half-way (after the layout, while pages are painted).
        choose(combo(dialog, QStringLiteral("Language of the pack")), QStringLiteral("en"));
        bool cancelled = false;
        connect(&dialog, &ExportPdfDialog::exportProgress, [&](int done, int all) {
            if (!cancelled && done >= all / 2) {
                auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
                QVERIFY(progress);
                progress->cancel();
                cancelled = true;
            }
        });
        steps.clear();
        QVERIFY(!dialog.exportTo(path));
        QVERIFY(cancelled);
        QVERIFY2(steps.last() < total, "the export stopped at the cancel");
        QCOMPARE(hashOf(path), earlier);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("pack.pdf*")}, QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestExportPdfDialog)
#include "test_exportpdfdialog.moc"
