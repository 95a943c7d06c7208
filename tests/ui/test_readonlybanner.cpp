// The read-only bar keeps looking at the lock: it offers "Open for Editing"
// once the other Horisont has closed the plan, and "Break the Lock…" (after a
// confirmation naming the holder) when a Horisont on another computer of a
// network share left its lock behind.
#include "document/plandocument.h"
#include "document/planlock.h"
#include "mainwindow.h"
#include "processes.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace horisont;

class TestReadOnlyBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plan.horisont"));
        QFile::remove(m_path);
        QFile::remove(planlock::lockPath(m_path));
        auto doc = test::createDemo(m_dir, QStringLiteral("plan.horisont"));
        QVERIFY(doc);
    }

    void offersToOpenForEditingOnceTheOtherHorisontHasClosed()
    {
        auto other = std::make_unique<MainWindow>();
        QVERIFY(other->openPlan(m_path));
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(window.document()->isReadOnly());
        auto *open = window.findChild<QPushButton *>(QStringLiteral("openForEditing"));
        auto *breakLock = window.findChild<QPushButton *>(QStringLiteral("breakLock"));
        QVERIFY(open && breakLock);
        QVERIFY(!open->isVisible());
        QVERIFY(!breakLock->isVisible()); // a live Horisont on this computer is not to be broken

        other.reset();
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 5000);
        auto *text = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(text->text().contains(QStringLiteral("no longer open")));
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(!window.document()->isReadOnly());
        QVERIFY(!text->isVisible());
    }

    // The same with a real second Horisont: the bar names its process while it
    // runs, and once it is gone (here killed, so its lock file stays behind)
    // the bar offers to open the plan for editing, which takes the lock.
    void followsASecondHorisontProcessUntilItIsGone()
    {
        QProcess other;
        other.setProcessEnvironment(test::horisontEnvironment());
        other.start(test::horisontExecutable(), {m_path});
        QVERIFY2(other.waitForStarted(10000), qPrintable(other.errorString()));
        const qint64 otherPid = other.processId();
        QTRY_VERIFY_WITH_TIMEOUT(planlock::holder(m_path).has_value() && planlock::holder(m_path)->pid == otherPid,
                                 30000);

        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(window.document()->isReadOnly());
        auto *text = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        auto *open = window.findChild<QPushButton *>(QStringLiteral("openForEditing"));
        QVERIFY(text && open);
        QVERIFY2(text->text().contains(QStringLiteral("process %1").arg(otherPid)), qPrintable(text->text()));
        QVERIFY(!open->isVisible());
        QTest::qWait(3500); // a poll while the other process lives changes nothing
        QVERIFY(!open->isVisible());

        other.kill();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(QFile::exists(planlock::lockPath(m_path))); // killed: its lock file is left behind
        QTRY_VERIFY_WITH_TIMEOUT(open->isVisible(), 5000);
        QVERIFY(text->text().contains(QStringLiteral("no longer open")));
        QVERIFY(!text->text().contains(QString::number(otherPid)));
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(!window.document()->isReadOnly());
        QCOMPARE(planlock::holder(m_path)->pid, QCoreApplication::applicationPid());
    }

    void breaksALockLeftOnAnotherComputerAfterConfirming()
    {
        QFile lock(planlock::lockPath(m_path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4711\nhorisont\nws-crashed-elsewhere\n"); // QLockFile's format: pid, application, host
        lock.close();
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(window.document()->isReadOnly());
        auto *breakLock = window.findChild<QPushButton *>(QStringLiteral("breakLock"));
        QVERIFY(breakLock->isVisible());

        // Cancelling the confirmation leaves everything as it was.
        QString question;
        test::answerNextMessageBox(QMessageBox::Cancel, &question);
        QTest::mouseClick(breakLock, Qt::LeftButton);
        QVERIFY(question.contains(QStringLiteral("process 4711 on ws-crashed-elsewhere")));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(planlock::holder(m_path).has_value());

        test::answerNextMessageBox(QMessageBox::Yes, &question);
        QTest::mouseClick(breakLock, Qt::LeftButton);
        QVERIFY(!window.document()->isReadOnly());
        const auto holder = planlock::holder(m_path);
        QVERIFY(holder.has_value());
        QCOMPARE(holder->pid, QCoreApplication::applicationPid()); // the lock is this window's now
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestReadOnlyBanner)
#include "test_readonlybanner.moc"
