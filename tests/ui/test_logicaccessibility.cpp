// The programme logic without a mouse, on the Umeå demo plan: the indicator
// chart's table twin follows the indicator chosen with the keyboard and holds
// the chart's numbers; an intervention is linked to a cause or goal, and
// unlinked, with keys only (Ctrl+L / Ctrl+Shift+L, a list that filters as
// one types, Enter), each one undoable command.
#include "charts/indicatorchartview.h"
#include "document/plandocument.h"
#include "logicviewfixture.h"
#include "models/indicatortablemodel.h"
#include "programmelogic/logicdiagram.h"
#include "programmelogic/logiclinkdialog.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/logicview.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace horisont;
using test::interventionWithCode;

namespace {
/// The dialog the diagram opened, once it shows.
LogicLinkDialog *openDialog(LogicDiagram *diagram)
{
    for (LogicLinkDialog *dialog : diagram->findChildren<LogicLinkDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

int visibleRows(QListWidget *list)
{
    int n = 0;
    for (int row = 0; row < list->count(); ++row)
        n += list->item(row)->isHidden() ? 0 : 1;
    return n;
}
} // namespace

class TestLogicAccessibility : public test::LogicViewFixture
{
    Q_OBJECT
private Q_SLOTS:
    void theIndicatorChartHasATableOfItsNumbers()
    {
        IndicatorChartView *charts = m_view->charts();
        m_view->tabs()->setCurrentWidget(charts);
        QComboBox *list = charts->indicatorList();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        const Id indicator = test::idNamed<Indicator>(
            m_doc->plan(), QStringLiteral("Andel som känner sig otrygga i sitt bostadsområde"));
        const int wanted = list->findData(QVariant::fromValue(indicator));
        QVERIFY(wanted >= 0);
        // Choose it with the arrow keys, as a keyboard user does.
        while (list->currentIndex() != wanted)
            QTest::keyClick(list, list->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(charts->indicator(), indicator);
        const IndicatorTableModel *model = charts->tableModel();
        QCOMPARE(charts->table()->model(), model);
        // Year, the whole municipality, Ersboda, Ålidhem, target, baseline.
        QCOMPARE(model->columnCount(), 6);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Year"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Whole municipality"));
        QCOMPARE(model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Target"));
        QCOMPARE(model->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Baseline"));
        QCOMPARE(model->rowCount(), int(charts->data().years().size()));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("2019")); // the baseline year first
        QCOMPARE(model->index(0, 5).data().toString(), QLocale().toString(23.0));
        int row2025 = -1, row2026 = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            row2025 = model->index(r, 0).data().toString() == QStringLiteral("2025") ? r : row2025;
            row2026 = model->index(r, 0).data().toString() == QStringLiteral("2026") ? r : row2026;
        }
        QVERIFY(row2025 >= 0 && row2026 >= 0);
        QCOMPARE(model->index(row2025, 1).data().toString(), QLocale().toString(21.9));
        QCOMPARE(model->index(row2026, 4).data().toString(), QLocale().toString(18.0));
        QCOMPARE(model->index(row2026, 5).data().toString(), QStringLiteral("–"));
        // Tab reaches the table; the arrow keys read it row by row.
        QTest::keyClick(list, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(charts->table()));
        charts->table()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(charts->table(), Qt::Key_Down);
        QCOMPARE(charts->table()->currentIndex().row(), 1);
        QVERIFY(!charts->table()->accessibleName().isEmpty());
        QVERIFY_EVERY_CONTROL_NAMED(charts);
    }

    void ctrlLLinksTheSelectedInterventionToAGoalChosenByTyping()
    {
        const Plan &plan = m_doc->plan();
        const Id iv = interventionWithCode(plan, QStringLiteral("7100"));
        const Goal *goal = nullptr;
        for (const Goal &g : plan.all<Goal>())
            goal = !goal && test::linksBetween(plan, iv, g.id) == 0 ? &g : goal;
        QVERIFY(goal);
        const Id goalId = goal->id;
        const QString goalName = goal->name;
        m_diagram->setFocus();
        QVERIFY(m_diagram->selectItem(EntityKind::Intervention, iv));
        QTest::keyClick(m_diagram, Qt::Key_L, Qt::ControlModifier);
        LogicLinkDialog *dialog = openDialog(m_diagram);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->filter()->hasFocus()); // typing goes to the filter at once
        const int all = visibleRows(dialog->list());
        QVERIFY(all >= 2);
        // Type a word of the goal's name (QTest types ASCII only), then arrow down to it.
        QString word;
        for (const QString &w : goalName.split(QLatin1Char(' ')))
            word = w.size() > word.size() && QRegularExpression(QStringLiteral("^[A-Za-z]+$")).match(w).hasMatch()
                       ? w
                       : word;
        QVERIFY2(word.size() >= 4, qPrintable(goalName));
        QTest::keyClicks(dialog->filter(), word);
        QVERIFY(visibleRows(dialog->list()) < all);
        for (int step = 0; step < all && dialog->chosen().id != goalId; ++step)
            QTest::keyClick(dialog->filter(), Qt::Key_Down);
        QCOMPARE(dialog->chosen().kind, EntityKind::Goal);
        QCOMPARE(dialog->chosen().id, goalId);
        const int commands = m_doc->undoStack()->count();
        QTest::keyClick(dialog->filter(), Qt::Key_Return);
        QTRY_VERIFY(!openDialog(m_diagram));
        QCOMPARE(test::linksBetween(plan, iv, goalId), 1);
        QCOMPARE(m_doc->undoStack()->count(), commands + 1);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        m_doc->undoStack()->undo();
        QCOMPARE(test::linksBetween(plan, iv, goalId), 0);
    }

    void ctrlShiftLUnlinksWithTheArrowKeysAndEnter()
    {
        const Plan &plan = m_doc->plan();
        const Id iv = interventionWithCode(plan, QStringLiteral("7140"));
        int before = 0;
        for (const InterventionGoal &l : plan.all<InterventionGoal>())
            before += l.interventionId == iv ? 1 : 0;
        for (const InterventionCause &l : plan.all<InterventionCause>())
            before += l.interventionId == iv ? 1 : 0;
        QVERIFY(before >= 2);
        m_diagram->setFocus();
        QVERIFY(m_diagram->selectItem(EntityKind::Intervention, iv));
        QTest::keyClick(m_diagram, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        LogicLinkDialog *dialog = openDialog(m_diagram);
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), before); // every link of the intervention
        QCOMPARE(dialog->list()->currentRow(), 0);
        QTest::keyClick(dialog->filter(), Qt::Key_Down); // the arrows move in the list from the filter
        QCOMPARE(dialog->list()->currentRow(), 1);
        const LogicLinkEditor::Choice chosen = dialog->chosen();
        QVERIFY(chosen.kind == EntityKind::InterventionGoal || chosen.kind == EntityKind::InterventionCause);
        QSignalSpy messages(m_diagram, &LogicDiagram::statusMessage);
        QTest::keyClick(dialog->filter(), Qt::Key_Enter);
        QTRY_VERIFY(!openDialog(m_diagram));
        QVERIFY(!messages.isEmpty());
        const auto exists = [&] {
            return chosen.kind == EntityKind::InterventionGoal ? plan.find<InterventionGoal>(chosen.id) != nullptr
                                                               : plan.find<InterventionCause>(chosen.id) != nullptr;
        };
        QVERIFY2(!exists(), qPrintable(messages.last().first().toString()));
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("Removed the link")));
        m_doc->undoStack()->undo();
        QVERIFY(exists());
    }

    void escapeChangesNothingAndWithoutAnInterventionTheStatusSaysWhy()
    {
        const Plan &plan = m_doc->plan();
        m_diagram->setFocus();
        QSignalSpy messages(m_diagram, &LogicDiagram::statusMessage);
        QTest::keyClick(m_diagram, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!openDialog(m_diagram));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("Select an intervention")));
        QVERIFY(m_diagram->selectItem(EntityKind::Intervention, interventionWithCode(plan, QStringLiteral("7100"))));
        QTest::keyClick(m_diagram, Qt::Key_L, Qt::ControlModifier);
        LogicLinkDialog *dialog = openDialog(m_diagram);
        QVERIFY(dialog);
        QVERIFY_EVERY_CONTROL_NAMED(dialog);
        const int commands = m_doc->undoStack()->count();
        QTest::keyClick(dialog->filter(), Qt::Key_Escape);
        QTRY_VERIFY(!openDialog(m_diagram));
        QCOMPARE(m_doc->undoStack()->count(), commands);
        // The context menu (the Menu key) offers both.
        QVERIFY(m_diagram->actions().contains(m_diagram->linkAction()));
        QVERIFY(m_diagram->actions().contains(m_diagram->unlinkAction()));
        QCOMPARE(m_diagram->contextMenuPolicy(), Qt::ActionsContextMenu);
    }
};

QTEST_MAIN(TestLogicAccessibility)
#include "test_logicaccessibility.moc"
