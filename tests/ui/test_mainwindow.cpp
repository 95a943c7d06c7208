// The real main window on the demo plan, driven like a user would: create a
// phase, an intervention and an activity, assign A and R in the RACI matrix,
// watch the problems panel, undo back to the opened state, redo everything.
// The file on disk matches memory at every step.
#include "document/plandocument.h"
#include "edit/structurecommands.h"
#include "mainwindow.h"
#include "models/entitytablemodel.h"
#include "models/problemsmodel.h"
#include "models/racimodel.h"
#include "models/structuremodel.h"
#include "properties/fieldeditor.h"
#include "properties/propertypanel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/entitylistview.h"
#include "views/fundingview.h"
#include "views/problemsview.h"
#include "views/raciview.h"
#include "views/structureview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace horisont;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::demoPlanWithFreshSettings(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void theCoreFlowIsUndoableBackToTheOpenedState()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PlanDocument &doc = *window.document();
        doc.setUserName(QStringLiteral("tester"));
        const QList<Record> opened = doc.plan().snapshot();
        auto matchesDisk = [&] { return test::diskSnapshot(m_path) == doc.plan().snapshot(); };

        auto *structure = static_cast<StructureView *>(window.view(MainWindow::Structure));
        window.showView(MainWindow::Structure);
        const auto phasesBefore = doc.plan().all<Phase>().size();

        // A phase, named in place.
        structure->addPhaseAction()->trigger();
        QCOMPARE(doc.plan().all<Phase>().size(), phasesBefore + 1);
        // The new phase's name is open for typing right away.
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = structure->tree()->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Fas 5 uppfoljning"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(doc.plan().all<Phase>().items().back().name, QStringLiteral("Fas 5 uppfoljning"));
        const Phase phase = doc.plan().all<Phase>().items().back();
        QCOMPARE(window.selection()->id(), phase.id);
        QVERIFY(matchesDisk());

        // An intervention in it, then an activity in that.
        structure->addInterventionAction()->trigger();
        const Intervention intervention = doc.plan().all<Intervention>().items().back();
        QCOMPARE(intervention.phaseId, phase.id);
        structure->addActivityAction()->trigger();
        const Activity activity = doc.plan().all<Activity>().items().back();
        QCOMPARE(activity.interventionId, intervention.id);
        QVERIFY(matchesDisk());

        // The problems panel sees the intervention without an accountable organisation.
        auto *problems = static_cast<ProblemsView *>(window.view(MainWindow::Problems));
        auto hasFinding = [&](const char *code, Id id) {
            for (int r = 0; r < problems->model()->rowCount(); ++r) {
                const Finding &f = problems->model()->findingAt(r);
                if (f.code == QLatin1String(code) && f.id == id)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(hasFinding("accountable-missing", intervention.id));
        // The overview shows the same check, not one of its own: every check runs once per edit.
        QVERIFY(window.view(MainWindow::Overview));
        QCOMPARE(window.findChildren<ProblemsModel *>().size(), 1);

        // A and R in the RACI matrix, typed on the cells.
        window.showView(MainWindow::Responsibilities);
        auto *raci = static_cast<RaciView *>(window.view(MainWindow::Responsibilities));
        const auto &orgs = doc.plan().all<Organisation>().items();
        const Id accountable = orgs.at(0).id;
        const Id responsible = orgs.at(1).id;
        const int row = raci->model()->rowOf(intervention.id);
        QVERIFY(row >= 0);
        raci->matrix()->setFocus();
        raci->matrix()->setCurrentIndex(raci->model()->index(row, raci->model()->columnOf(accountable)));
        QTest::keyClick(raci->matrix(), Qt::Key_A);
        raci->matrix()->setCurrentIndex(raci->model()->index(row, raci->model()->columnOf(responsible)));
        QTest::keyClick(raci->matrix(), Qt::Key_R);
        int roles = 0;
        for (const Responsibility &r : doc.plan().all<Responsibility>()) {
            if (r.interventionId == intervention.id)
                roles += (r.organisationId == accountable && r.role == RaciRole::Accountable)
                         + (r.organisationId == responsible && r.role == RaciRole::Responsible);
        }
        QCOMPARE(roles, 2);
        QVERIFY(matchesDisk());
        QTRY_VERIFY(!hasFinding("accountable-missing", intervention.id));

        // Undo everything: the plan and the file are as opened, and no further.
        const QList<Record> edited = doc.plan().snapshot();
        const int commands = doc.undoStack()->count();
        QVERIFY(commands >= 6);
        for (int i = 0; i < commands + 3; ++i) // extra presses must do nothing
            doc.undoStack()->undo();
        QCOMPARE(doc.plan().snapshot(), opened);
        QVERIFY(matchesDisk());
        QTRY_VERIFY(hasFinding("accountable-missing", intervention.id) == false);

        for (int i = 0; i < commands; ++i)
            doc.undoStack()->redo();
        QCOMPARE(doc.plan().snapshot(), edited);
        QVERIFY(matchesDisk());
    }

    void propertyPanelEditsTheSelectedItem()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        PlanDocument &doc = *window.document();
        const Intervention in = *doc.plan().all<Intervention>().begin();
        window.selection()->select(EntityKind::Intervention, in.id);
        FieldEditor *name = window.propertyPanel()->editorFor(QStringLiteral("name"));
        QVERIFY(name);
        auto *line = qobject_cast<QLineEdit *>(name->widget());
        QCOMPARE(line->text(), in.name);
        line->setText(QStringLiteral("Nytt namn"));
        line->setModified(true);
        Q_EMIT line->editingFinished();
        QCOMPARE(doc.plan().find<Intervention>(in.id)->name, QStringLiteral("Nytt namn"));
        // Edit ▸ Undo names the field as the form does ("Project code"), not as the file's column ("code"),
        // and the item; the change log reads the same.
        auto *code = qobject_cast<QLineEdit *>(window.propertyPanel()->editorFor(columns::code)->widget());
        code->setText(QStringLiteral("7999"));
        code->setModified(true);
        Q_EMIT code->editingFinished();
        QCOMPARE(doc.plan().find<Intervention>(in.id)->code, QStringLiteral("7999"));
        const QString changed = QStringLiteral("Change project code of «%1»").arg(doc.plan().find<Intervention>(in.id)->name);
        QCOMPARE(doc.undoStack()->undoText(), changed);
        QCOMPARE(doc.store().changeLog(1).first().command.toString(), changed);
        doc.undoStack()->undo();

        // An end before the start is refused and the stored value comes back.
        auto *end = qobject_cast<QLineEdit *>(window.propertyPanel()->editorFor(QStringLiteral("end"))->widget());
        const QString before = end->text();
        end->setText(in.start.addYears(-1).toString(Qt::ISODate));
        end->setModified(true);
        Q_EMIT end->editingFinished();
        QCOMPARE(doc.plan().find<Intervention>(in.id)->end, in.end);
        QCOMPARE(end->text(), before);
        QCOMPARE_FILE_TO_MEMORY(doc);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().find<Intervention>(in.id)->name, in.name);
    }

    void propertyEditorsOfferWhatTheSchemaAllows()
    {
        // The spin boxes take their range from core's schema (one home for
        // the rule), and a required reference offers no "(none)".
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        PlanDocument &doc = *window.document();
        const auto spin = [&](const char *field) {
            FieldEditor *editor = window.propertyPanel()->editorFor(QString::fromLatin1(field));
            return editor ? qobject_cast<QSpinBox *>(editor->widget()) : nullptr;
        };
        window.selection()->select(EntityKind::Programme, doc.plan().programme().id);
        QSpinBox *month = spin("fiscal_year_start_month");
        QVERIFY(month);
        QCOMPARE(month->minimum(), 1);
        QCOMPARE(month->maximum(), 12);
        window.selection()->select(EntityKind::Risk, doc.plan().all<Risk>().begin()->id);
        QSpinBox *likelihood = spin("likelihood");
        QVERIFY(likelihood);
        QCOMPARE(likelihood->minimum(), 1);
        QCOMPARE(likelihood->maximum(), 5);
        window.selection()->select(EntityKind::Activity, doc.plan().all<Activity>().begin()->id);
        FieldEditor *intervention = window.propertyPanel()->editorFor(QStringLiteral("intervention_id"));
        QVERIFY(intervention);
        auto *combo = qobject_cast<QComboBox *>(intervention->widget());
        QVERIFY(combo);
        QCOMPARE(combo->findData(QVariant()), -1);
        QCOMPARE(combo->count(), int(doc.plan().all<Intervention>().size()));
    }

    void structureModelPassesTheTesterAndEmitsFineGrainedSignals()
    {
        QString error;
        auto doc = PlanDocument::open(m_path, &error);
        QVERIFY2(doc, qPrintable(error));
        StructureModel model(*doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        const Activity a = *doc->plan().all<Activity>().begin();
        const QModelIndex name = model.indexOf(EntityKind::Activity, a.id, StructureModel::Name);
        QVERIFY(model.setData(name, QStringLiteral("Omdöpt")));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).value<QModelIndex>(), name);
        QVERIFY(model.setData(model.indexOf(EntityKind::Activity, a.id, StructureModel::End), a.start.addDays(9)));
        QCOMPARE(doc->plan().find<Activity>(a.id)->end, a.start.addDays(10));
        // An end before the start is refused with a reason.
        QSignalSpy refused(&model, &StructureModel::editRefused);
        QVERIFY(!model.setData(model.indexOf(EntityKind::Activity, a.id, StructureModel::End), a.start.addDays(-3)));
        QCOMPARE(refused.count(), 1);
        // Areas: exactly the chosen ones, as one command, one cell changed.
        const QModelIndex areas = model.indexOf(EntityKind::Intervention, a.interventionId, StructureModel::Areas);
        changes.clear();
        const Id firstArea = doc->plan().all<Area>().begin()->id;
        QVERIFY(model.setData(areas, QVariantList{qlonglong(firstArea)}));
        QCOMPARE(model.data(areas, Qt::EditRole).toList(), QVariantList{qlonglong(firstArea)});
        QVERIFY(model.data(areas).toString() == doc->plan().find<Area>(firstArea)->name);
        QVERIFY(doc->execute(structure::addActivity(*doc, a.interventionId, QStringLiteral("Ny"), false)));
        QCOMPARE(inserts.count(), 1);
        QVERIFY(doc->execute(structure::move(*doc, EntityKind::Activity, doc->plan().all<Activity>().items().back().id, -1)));
        QVERIFY(moves.count() >= 1);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(resets.count(), 0);
    }

    void dragAndDropMovesAnInterventionToAnotherPhase()
    {
        QString error;
        auto doc = PlanDocument::open(m_path, &error);
        QVERIFY2(doc, qPrintable(error));
        StructureModel model(*doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Record> before = doc->plan().snapshot();
        const auto &phases = doc->plan().all<Phase>().items();
        const Intervention moved = *doc->plan().all<Intervention>().begin();
        const Phase &target = moved.phaseId == phases.back().id ? phases.front() : phases.back();
        const QModelIndex source = model.indexOf(EntityKind::Intervention, moved.id);
        std::unique_ptr<QMimeData> data(model.mimeData({source}));
        const QModelIndex phaseIndex = model.indexOf(EntityKind::Phase, target.id);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, phaseIndex));
        // An intervention cannot be dropped among activities or at the top level.
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, phaseIndex);
        QCOMPARE(doc->plan().find<Intervention>(moved.id)->phaseId, target.id);
        QCOMPARE(model.indexOf(EntityKind::Intervention, moved.id).parent(), phaseIndex);
        QCOMPARE(model.indexOf(EntityKind::Intervention, moved.id).row(), 0);
        QVERIFY(moves.count() >= 1);
        QCOMPARE_FILE_TO_MEMORY(*doc);
        doc->undoStack()->undo();
        QCOMPARE(doc->plan().snapshot(), before);
    }

    void keyboardOutdentsAndIndents()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PlanDocument &doc = *window.document();
        auto *structure = static_cast<StructureView *>(window.view(MainWindow::Structure));
        window.showView(MainWindow::Structure);
        const Activity activity = *doc.plan().all<Activity>().begin();
        const auto interventions = doc.plan().all<Intervention>().size();
        window.selection()->select(EntityKind::Activity, activity.id);
        structure->tree()->setFocus();
        QTest::keyClick(structure->tree(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(doc.plan().all<Intervention>().size(), interventions + 1);
        QCOMPARE(window.selection()->kind(), EntityKind::Intervention);
        QCOMPARE(doc.plan().find<Intervention>(window.selection()->id())->name, activity.name);
        QCOMPARE_FILE_TO_MEMORY(doc);
        QTest::keyClick(structure->tree(), Qt::Key_Right, Qt::AltModifier); // and back in
        QCOMPARE(doc.plan().all<Intervention>().size(), interventions);
        QCOMPARE(window.selection()->kind(), EntityKind::Activity);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.plan().find<Activity>(activity.id));
    }

    void listsAddItemsThatThePropertyPanelEdits()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        PlanDocument &doc = *window.document();
        const QList<Record> before = doc.plan().snapshot();
        auto *funding = static_cast<FundingView *>(window.view(MainWindow::Funding));
        const auto allocations = doc.plan().all<Allocation>().size();
        funding->allocations()->add();
        QCOMPARE(doc.plan().all<Allocation>().size(), allocations + 1);
        const Allocation added = doc.plan().all<Allocation>().items().back();
        // Required references start filled in, so the new row is complete at once.
        QVERIFY(doc.plan().find<FundingSource>(added.sourceId));
        QVERIFY(doc.plan().find<Intervention>(added.interventionId));
        QVERIFY(doc.plan().find<Organisation>(added.organisationId));
        QCOMPARE(window.selection()->kind(), EntityKind::Allocation);
        QCOMPARE(window.selection()->id(), added.id);
        auto *amount = qobject_cast<QLineEdit *>(window.propertyPanel()->editorFor(QStringLiteral("amount"))->widget());
        QVERIFY(amount);
        amount->setText(QStringLiteral("125 000,50 kr"));
        amount->setModified(true);
        Q_EMIT amount->editingFinished();
        QCOMPARE(doc.plan().find<Allocation>(added.id)->amount, Money::fromOre(12'500'050));
        QCOMPARE(funding->allocations()->model()->rowCount(), int(allocations + 1));
        QCOMPARE_FILE_TO_MEMORY(doc);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().snapshot(), before);
    }

    void everyViewNamesItsControls()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        window.selection()->select(EntityKind::Intervention, window.document()->plan().all<Intervention>().begin()->id);
        for (int v = 0; v < MainWindow::ViewCount; ++v) {
            window.showView(MainWindow::View(v));
            const QStringList unnamed = test::unnamedInteractiveWidgets(window.view(MainWindow::View(v)));
            QVERIFY2(unnamed.isEmpty(), qPrintable(window.viewTitle(MainWindow::View(v)) + QStringLiteral(": ")
                                                   + unnamed.join(QStringLiteral(", "))));
        }
        QVERIFY_EVERY_CONTROL_NAMED(&window);
    }

    void secondWindowShowsWhyItIsReadOnly()
    {
        MainWindow first;
        QVERIFY(first.openPlan(m_path));
        MainWindow second;
        QVERIFY(second.openPlan(m_path));
        second.show();
        QVERIFY(second.document()->isReadOnly());
        auto *banner = second.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("another Horisont")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
