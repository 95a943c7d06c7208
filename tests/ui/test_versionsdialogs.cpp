// Versions in the window: Freeze Version… shows core's freezeProblem as it is
// typed and freezes through planversions::freeze; Versions… lists them,
// deletes a snapshot (never a decided version) and opens one read-only in a
// window of its own that shows the plan as it was frozen.
#include "uitestsupport.h"

#include "edit/commands.h"
#include "mainwindow.h"
#include "versions/freezeversiondialog.h"
#include "versions/versionsdialog.h"
#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace horisont;

class TestVersionsDialogs : public test::DemoQtTest
{
    Q_OBJECT

    const QString budget = QStringLiteral("Budget 2025");
    const VersionDecision decided{QStringLiteral("Kommunstyrelsen"), QDate(2024, 3, 12), QStringLiteral("KS 2024/117")};

    void freeze(const QString &name, const VersionDecision &decision)
    {
        QString error;
        QVERIFY2(planversions::freeze(*m_doc, name, decision, QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void freezesADecidedVersionAsTyped()
    {
        FreezeVersionDialog dialog(*m_doc);
        dialog.show();
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);
        QVERIFY(!dialog.freezeButton()->isEnabled()); // no name yet
        QTest::keyClicks(dialog.nameEdit(), budget);
        QVERIFY(dialog.freezeButton()->isEnabled()); // a snapshot is fine
        QTest::keyClicks(dialog.bodyEdit(), decided.body);
        QVERIFY(!dialog.freezeButton()->isEnabled()); // a decision needs its date
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("date of the decision")));
        dialog.dateEdit()->setDate(decided.date);
        QTest::keyClicks(dialog.referenceEdit(), decided.reference);
        QVERIFY(dialog.freezeButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->isHidden());
        QTest::mouseClick(dialog.freezeButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto version = planversions::find(m_doc->store(), budget);
        QVERIFY(version);
        QCOMPARE(version->decision.body, decided.body);
        QCOMPARE(version->decision.date, decided.date);
        QCOMPARE(version->decision.reference, decided.reference);
        QCOMPARE(planversions::list(m_doc->store()).size(), 1);
    }

    // The empty date's calendar opens at today's month, not at 1899; picking a
    // day there sets it.
    void anEmptyDatesCalendarOpensAtToday()
    {
        FreezeVersionDialog dialog(*m_doc);
        dialog.show();
        QDateEdit *date = dialog.dateEdit();
        QVERIFY(!optionalDate(*date).isValid());
        QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 6, date->height() / 2)); // on the arrow
        QCalendarWidget *calendar = date->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), 2026); // HORISONT_TODAY=2026-11-25
        QCOMPARE(calendar->monthShown(), 11);
        QVERIFY(!optionalDate(*date).isValid()); // opening changed nothing
        calendar->setSelectedDate(QDate(2026, 11, 3));
        Q_EMIT calendar->clicked(QDate(2026, 11, 3));
        QCOMPARE(optionalDate(*date), QDate(2026, 11, 3));
    }

    void refusesANameAlreadyTaken()
    {
        freeze(budget, decided);
        FreezeVersionDialog dialog(*m_doc);
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), budget);
        QVERIFY(!dialog.freezeButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->isVisible());
        QCOMPARE(dialog.problemLabel()->text(), planversions::freezeProblem(m_doc->store(), budget, {}));
        QVERIFY(dialog.problemLabel()->text().contains(budget));
    }

    void listsVersionsAndDeletesOnlyASnapshot()
    {
        freeze(budget, decided);
        freeze(QStringLiteral("Draft"), {});
        VersionsDialog dialog(*m_doc);
        dialog.show();
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, VersionsDialog::NameColumn)->text(), budget);
        QCOMPARE(dialog.table()->item(0, VersionsDialog::DecisionColumn)->text(),
                 planversions::decisionText(decided));
        QCOMPARE(dialog.table()->item(1, VersionsDialog::DecisionColumn)->text(), planversions::decisionText({}));

        QVERIFY(dialog.choose(budget));
        QVERIFY(dialog.openButton()->isEnabled());
        QVERIFY(!dialog.deleteButton()->isEnabled());

        QVERIFY(dialog.choose(QStringLiteral("Draft")));
        QVERIFY(dialog.deleteButton()->isEnabled());
        QString question;
        test::answerNextMessageBox(QMessageBox::Cancel, &question);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QVERIFY(question.contains(QStringLiteral("Draft")));
        QCOMPARE(planversions::list(m_doc->store()).size(), 2);

        test::answerNextMessageBox(QMessageBox::Yes, &question);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QCOMPARE(planversions::list(m_doc->store()).size(), 1);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(planversions::find(m_doc->store(), budget));
    }

    void opensAVersionReadOnlyAsItWasFrozen()
    {
        const QString frozenName = m_doc->plan().programme().name;
        freeze(budget, decided);
        QVERIFY(m_doc->execute(commands::setField(*m_doc, EntityKind::Programme, m_doc->plan().programme().id,
                                                  QStringLiteral("name"), QStringLiteral("Renamed after freezing"))));

        VersionsDialog dialog(*m_doc);
        QVERIFY(dialog.choose(budget));
        std::unique_ptr<MainWindow> window(dialog.openChosen());
        QVERIFY(window);
        PlanDocument *shown = window->document();
        QVERIFY(shown);
        QVERIFY(shown->shownVersion());
        QCOMPARE(shown->shownVersion()->name, budget);
        QVERIFY(shown->isReadOnly());
        QCOMPARE(shown->plan().programme().name, frozenName);
        QCOMPARE(m_doc->plan().programme().name, QStringLiteral("Renamed after freezing"));
        QVERIFY(window->windowTitle().contains(budget));
        auto *banner = window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(shown->readOnlyReason()));
        QVERIFY(banner->text().contains(budget));
        auto *freezeAction = window->findChild<QAction *>(QStringLiteral("freezeVersion"));
        QVERIFY(freezeAction && !freezeAction->isEnabled());
    }

    void anUnknownVersionOpensNoWindow()
    {
        QString message;
        test::answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!MainWindow::openVersionWindow(m_doc->path(), QStringLiteral("No such")));
        QVERIFY(message.contains(QStringLiteral("No such")));
    }
};

QTEST_MAIN(TestVersionsDialogs)
#include "test_versionsdialogs.moc"
