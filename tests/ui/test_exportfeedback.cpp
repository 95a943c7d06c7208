// After an export the window says which file was written and offers to open
// it or its folder; the names it proposes are dated (HORISONT_TODAY) and per
// pack. Driven through the real File menu, dialogs and file dialogs.
#include "dialogs/exportnotice.h"
#include "dialogs/exportpdfdialog.h"
#include "document/plandocument.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace horisont;

namespace {
QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

/// Answers the modal dialogs that open while `trigger` runs: `answer` gets
/// each new one and closes it (returns true) or leaves it for later.
void answeringDialogs(const std::function<void()> &trigger, const std::function<bool(QWidget *)> &answer)
{
    QTimer timer;
    QSet<QWidget *> answered;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && clock.elapsed() > 30000) {
            modal->close(); // a dialog nobody answers fails the test rather than hanging it
            return;
        }
        if (modal && !answered.contains(modal) && answer(modal))
            answered.insert(modal);
    });
    timer.start(20);
    trigger();
}

/// Types `path` into a file dialog and accepts it, as a user does.
bool saveAs(QWidget *modal, const QString &path, QString *suggested)
{
    auto *files = qobject_cast<QFileDialog *>(modal);
    if (!files)
        return false;
    *suggested = QFileInfo(files->selectedFiles().value(0)).fileName();
    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")); // Qt's own file dialog
    if (!name)
        return false;
    name->setText(path); // typed at once: a completer popup would take the Return key
    static_cast<QDialog *>(files)->accept(); // as the Save button does
    return true;
}

QMessageBox *noticeOf(QWidget &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>(QStringLiteral("exportNotice"))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}
} // namespace

class TestExportFeedback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto doc = test::createDemo(m_dir);
        QVERIFY(doc);
        m_path = doc->path();
        QCOMPARE(qEnvironmentVariable("HORISONT_TODAY"), QStringLiteral("2026-11-25"));
    }

    void theSuggestedNamesAreDatedPerPack()
    {
        const QDate day(2026, 12, 4);
        QCOMPARE(packFileName(PdfPackOptions::Pack::Steering, day),
                 QStringLiteral("Steering group pack 2026-12-04.pdf"));
        QCOMPARE(packFileName(PdfPackOptions::Pack::Controller, day), QStringLiteral("Controller pack 2026-12-04.pdf"));
        QCOMPARE(packFileName(PdfPackOptions::Pack::Full, day), QStringLiteral("Full plan 2026-12-04.pdf"));
        QCOMPARE(workbookFileName(day), QStringLiteral("Budget tables 2026-12-04.xlsx"));

        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        ExportPdfDialog dialog(*doc);
        QComboBox *pack = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            pack = box->accessibleName() == QStringLiteral("Pack") ? box : pack;
        QVERIFY(pack);
        const QString folder = QFileInfo(doc->path()).absolutePath();
        const QStringList expected{QStringLiteral("Steering group pack 2026-11-25.pdf"),
                                   QStringLiteral("Controller pack 2026-11-25.pdf"),
                                   QStringLiteral("Full plan 2026-11-25.pdf")};
        for (int i = 0; i < pack->count(); ++i) {
            pack->setCurrentIndex(i);
            QCOMPARE(QFileInfo(dialog.suggestedPath()).fileName(), expected[i]);
            QCOMPARE(QFileInfo(dialog.suggestedPath()).absolutePath(), folder);
        }
    }

    void anExportFromTheMenuNamesTheFileAndOffersToOpenIt_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("workbook") << QStringLiteral("Export &Spreadsheet…") << QStringLiteral("tables.xlsx")
                                  << QStringLiteral("Budget tables 2026-11-25.xlsx");
        QTest::newRow("pack") << QStringLiteral("&Export PDF…") << QStringLiteral("pack.pdf")
                              << QStringLiteral("Steering group pack 2026-11-25.pdf");
    }

    void anExportFromTheMenuNamesTheFileAndOffersToOpenIt()
    {
        QFETCH(QString, action);
        QFETCH(QString, file);
        QFETCH(QString, suggested);
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *exportAction = actionNamed(window, action);
        QVERIFY(exportAction);
        const QString target = m_dir.filePath(file);
        QString proposed;
        answeringDialogs([&] { exportAction->trigger(); },
                         [&](QWidget *modal) {
                             // The PDF pack's dialog first: Export, as a user presses it.
                             if (auto *dialog = qobject_cast<ExportPdfDialog *>(modal)) {
                                 for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                                     if (b->accessibleName() == QStringLiteral("Export"))
                                         QMetaObject::invokeMethod(b, &QPushButton::click, Qt::QueuedConnection);
                                 }
                                 return true;
                             }
                             return saveAs(modal, target, &proposed);
                         });
        QCOMPARE(proposed, suggested);
        QVERIFY2(QFileInfo(target).size() > 0, qPrintable(window.statusBar()->currentMessage()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)),
                 qPrintable(window.statusBar()->currentMessage()));
        QMessageBox *notice = noticeOf(window);
        QVERIFY(notice);
        QVERIFY(!notice->isModal()); // it never blocks the window
        QVERIFY(notice->text().contains(file));
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("openFile")));
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("openFolder")));
        QVERIFY_EVERY_CONTROL_NAMED(notice);
        QTest::keyClick(notice, Qt::Key_Escape);
        QTRY_VERIFY(!noticeOf(window));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestExportFeedback)
#include "test_exportfeedback.moc"
