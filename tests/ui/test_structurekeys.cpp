// The structure's Delete key: in an open name editor it edits the text,
// on a row without an editor it deletes the item, and the two are never
// confused. Driven by real key events on the main window's structure view.
#include "document/plandocument.h"
#include "mainwindow.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/structureview.h"
#include "models/structuremodel.h"

#include <QAction>
#include <QLineEdit>
#include <QTreeView>
#include <QtTest>

using namespace horisont;

class TestStructureKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("plan.horisont"));
        QFile::remove(m_path);
        auto doc = test::createDemo(m_dir, QStringLiteral("plan.horisont"));
        QVERIFY(doc);
    }

    void deleteInTheNameEditorEditsTextAndOnTheRowDeletes()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PlanDocument &doc = *window.document();
        window.showView(MainWindow::Structure);
        auto *structure = static_cast<StructureView *>(window.view(MainWindow::Structure));
        QTreeView *tree = structure->tree();
        const Intervention in = *doc.plan().all<Intervention>().begin();
        window.selection()->select(EntityKind::Intervention, in.id);
        tree->setFocus();
        const auto activities = doc.plan().all<Activity>().size();

        // A new activity opens its name for typing; Delete there edits the text.
        QTest::keyClick(tree, Qt::Key_Insert, Qt::ControlModifier);
        QCOMPARE(doc.plan().all<Activity>().size(), activities + 1);
        const Id added = doc.plan().all<Activity>().items().back().id;
        QLineEdit *editor = openEditor(structure);
        QVERIFY(editor);
        QVERIFY(editor->hasFocus());
        editor->setCursorPosition(0);
        const QString typed = editor->text();
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->text(), typed.mid(1));
        QVERIFY(doc.plan().find<Activity>(added));
        // All of it selected, Delete empties the text, and still deletes nothing.
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->text(), QString());
        QVERIFY(doc.plan().find<Activity>(added));
        QTest::keyClicks(editor, QStringLiteral("Uppstartsmote"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(doc.plan().find<Activity>(added)->name, QStringLiteral("Uppstartsmote"));

        // An editor that takes no text (the status list, the areas, the
        // accountable organisation, a date) never lets Delete reach the item.
        window.selection()->select(EntityKind::Intervention, in.id);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Insert); // a new intervention (no spending: a Delete would go through)
        const Id newIntervention = doc.plan().all<Intervention>().items().back().id;
        QVERIFY(openEditor(structure));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        const std::pair<EntityKind, Id> items[] = {{EntityKind::Activity, added}, {EntityKind::Activity, added},
                                                    {EntityKind::Intervention, newIntervention},
                                                    {EntityKind::Intervention, newIntervention}};
        const int columns[] = {StructureModel::Status, StructureModel::Start, StructureModel::Areas, StructureModel::Responsible};
        for (int i = 0; i < 4; ++i) {
            const auto [kind, id] = items[i];
            window.selection()->select(kind, id);
            tree->setFocus();
            const QModelIndex cell = tree->currentIndex().siblingAtColumn(columns[i]);
            tree->setCurrentIndex(cell);
            tree->edit(cell);
            QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != tree);
            QVERIFY(tree->isAncestorOf(QApplication::focusWidget())); // the editor has the key
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
            QCoreApplication::processEvents();
            QVERIFY2(doc.plan().contains(kind, id), qPrintable(QString::number(columns[i])));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        }

        // On the row, with no editor open, Delete deletes: one undoable step.
        window.selection()->select(EntityKind::Activity, added);
        tree->setFocus();
        const int steps = doc.undoStack()->index();
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(!doc.plan().find<Activity>(added));
        QCOMPARE(doc.undoStack()->index(), steps + 1);
        QCOMPARE_FILE_TO_MEMORY(doc);
    }

private:
    static QLineEdit *openEditor(StructureView *structure)
    {
        QLineEdit *open = nullptr;
        for (int i = 0; i < 50 && !open; ++i) {
            for (QLineEdit *candidate : structure->tree()->viewport()->findChildren<QLineEdit *>())
                open = candidate->isVisible() ? candidate : open;
            if (!open)
                QTest::qWait(10);
        }
        return open;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestStructureKeys)
#include "test_structurekeys.moc"
