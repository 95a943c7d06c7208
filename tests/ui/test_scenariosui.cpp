// Scenarios in the window: New Scenario… shows core's nameProblem as it is
// typed and makes the scenario; working in it changes the title, shows the
// banner and leaves the plan untouched by edits; Compare Side by Side puts
// the plan and the scenario in columns; Promote to Plan (confirmed) makes it
// the plan.
#include "uitestsupport.h"

#include "edit/commands.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "models/exporttablemodel.h"
#include "scenarios/newscenariodialog.h"
#include "scenarios/scenariobanner.h"
#include "scenarios/scenariomenu.h"
#include "scenarios/sidebysidedialog.h"
#include "versions/planversions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace horisont;

class TestScenariosUi : public test::DemoQtTest
{
    Q_OBJECT

    const QString longer = QStringLiteral("15-year continuation");

    Id firstIntervention(const PlanDocument &doc) { return doc.plan().all<Intervention>().begin()->id; }

private Q_SLOTS:
    void makesAScenarioAsTyped()
    {
        QString error;
        QVERIFY(planversions::freeze(*m_doc, QStringLiteral("KS 2024"), {}, QDateTime::currentDateTimeUtc(), &error));
        NewScenarioDialog dialog(*m_doc);
        dialog.show();
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);
        QVERIFY(!dialog.createButton()->isEnabled());
        QCOMPARE(dialog.basisCombo()->count(), 2); // the plan and the one version
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("KS 2024"));
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("version")));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), longer);
        QVERIFY(dialog.createButton()->isEnabled());
        dialog.basisCombo()->setCurrentIndex(1);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto made = planscenarios::find(m_doc->store(), longer);
        QVERIFY(made);
        QCOMPARE(made->basedOn, QStringLiteral("KS 2024"));
    }

    void workingInAScenarioShowsItAndLeavesThePlanAlone()
    {
        QString error;
        QVERIFY(planscenarios::create(*m_doc, longer, QString(), QDateTime::currentDateTimeUtc(), &error));
        const QString path = m_doc->path();
        const Id intervention = firstIntervention(*m_doc);
        const QString original = m_doc->plan().find<Intervention>(intervention)->name;
        m_doc.reset();

        MainWindow window;
        QVERIFY(window.openPlan(path));
        window.show();
        ScenarioMenu &menu = *window.menus()->scenarioMenu();
        QVERIFY(!menu.promoteAction()->isEnabled());
        QVERIFY(window.scenarioBanner()->isHidden());

        menu.workIn(longer);
        PlanDocument &doc = *window.document();
        QVERIFY(doc.workingScenario());
        QVERIFY(window.windowTitle().contains(longer));
        QVERIFY(window.scenarioBanner()->isVisible());
        QVERIFY(window.scenarioBanner()->textLabel()->text().contains(longer));
        QVERIFY(menu.promoteAction()->isEnabled());
        QVERIFY(menu.promoteAction()->text().contains(longer));

        QVERIFY(commands::execute(doc, commands::setField(doc, EntityKind::Intervention, intervention,
                                                        QStringLiteral("name"), QStringLiteral("Tried in the scenario")),
                                  QString())
                    .applied());
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT name FROM intervention WHERE id = %1;").arg(intervention)),
                 original);

        // Side by side: the plan and the scenario in columns.
        {
            SideBySideDialog compare(doc, &window);
            QVERIFY_EVERY_CONTROL_NAMED(&compare);
            QCOMPARE(compare.model().columnCount(), 3);
            QVERIFY(compare.model().headerData(2, Qt::Horizontal).toString().contains(longer));
            compare.statesList()->item(1)->setCheckState(Qt::Unchecked); // the scenario out
            QCOMPARE(compare.model().columnCount(), 2);
            const QString csv = m_dir->filePath(QStringLiteral("side.csv"));
            QVERIFY2(compare.exportTo(csv, &error), qPrintable(error));
            QFile written(csv);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY(QString::fromUtf8(written.readAll()).contains(QStringLiteral("Allocated in all")));
        }

        // Promote, confirmed: the scenario is the plan, the banner goes.
        QString question;
        test::answerNextMessageBox(QMessageBox::Yes, &question);
        menu.promote();
        QVERIFY(question.contains(longer));
        QVERIFY(!window.document()->workingScenario());
        QVERIFY(window.scenarioBanner()->isHidden());
        QVERIFY(!window.windowTitle().contains(longer));
        QCOMPARE(window.document()->plan().find<Intervention>(intervention)->name, QStringLiteral("Tried in the scenario"));
        QCOMPARE(test::sqlite3(path, QStringLiteral("SELECT name FROM intervention WHERE id = %1;").arg(intervention)),
                 QStringLiteral("Tried in the scenario"));
        QCOMPARE(planversions::list(window.document()->store()).size(), 1); // the plan as it was
    }
};

QTEST_MAIN(TestScenariosUi)
#include "test_scenariosui.moc"
