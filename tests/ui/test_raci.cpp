// The RACI matrix on the Umeå demo plan, driven offscreen: keyboard editing,
// exact undo, fine-grained model signals, the organisation filter, copying.
#include "document/plandocument.h"
#include "labels/labels.h"
#include "models/areamodel.h"
#include "models/classificationhistorymodel.h"
#include "models/organisationmodel.h"
#include "models/racimodel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"

using horisont::test::interventionWithCode;
using horisont::test::organisationNamed;
#include "views/raciview.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace horisont;

namespace {
QList<Responsibility> responsibilitiesOf(const Plan &plan, Id intervention, Id organisation)
{
    QList<Responsibility> result;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.interventionId == intervention && r.organisationId == organisation && r.activityId == NoId)
            result.append(r);
    }
    return result;
}

int visibleRows(const QTableView *table)
{
    int n = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        n += table->isRowHidden(row) ? 0 : 1;
    return n;
}

int visibleColumns(const QTableView *table)
{
    int n = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        n += table->isColumnHidden(column) ? 0 : 1;
    return n;
}
} // namespace

class TestRaci : public test::DemoQtTest
{
    Q_OBJECT

    /// The view under test, its models watched by QAbstractItemModelTester.
    void prepare() override
    {
        m_selection = std::make_unique<PlanSelection>();
        m_view = std::make_unique<RaciView>(*m_doc, *m_selection);
        m_watch = std::make_unique<test::ModelWatch>();
        m_watch->watchViewsUnder(m_view.get());
    }
    void release() override
    {
        m_watch.reset();
        m_view.reset();
        m_selection.reset();
    }

    std::unique_ptr<PlanSelection> m_selection;
    std::unique_ptr<RaciView> m_view;
    std::unique_ptr<test::ModelWatch> m_watch;

private Q_SLOTS:
    void modelsPassTheModelTester()
    {
        RaciModel raci(*m_doc);
        OrganisationModel organisations(*m_doc);
        AreaModel areas(*m_doc);
        ClassificationHistoryModel history(*m_doc);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(&raci, mode), t2(&organisations, mode), t3(&areas, mode), t4(&history, mode);
        history.setAreaId(areas.areaAt(0));
        const Plan &plan = m_doc->plan();
        QCOMPARE(raci.rowCount(), int(plan.all<Intervention>().size()));
        QCOMPARE(raci.columnCount(), int(plan.all<Organisation>().size()));
        QCOMPARE(organisations.rowCount(), int(plan.all<Organisation>().size()));
        QCOMPARE(areas.rowCount(), int(plan.all<Area>().size()));
        QCOMPARE(history.rowCount(), 2); // Ersboda: 2018 and 2021
        // A cell edit and its undo under all four testers.
        QVERIFY(raci.setData(raci.index(0, 0), QStringLiteral("I")));
        m_doc->undoStack()->undo();
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void typingALetterSetsTheRoleAndUndoRestores()
    {
        RaciView &view = *m_view;
        view.show();
        const Plan &plan = m_doc->plan();
        RaciModel *model = view.model();
        const Id iv = interventionWithCode(plan, QStringLiteral("7100"));
        const Id ucer = organisationNamed(plan, QStringLiteral("UCER"));
        const QModelIndex cell = model->index(model->rowOf(iv), model->columnOf(ucer));
        QCOMPARE(cell.data().toString(), QString());
        const QList<Record> before = plan.snapshot();
        view.matrix()->setCurrentIndex(cell);

        const QModelIndex both = model->index(model->rowOf(iv), model->columnOf(organisationNamed(plan, QStringLiteral("Umeåbrå"))));
        QCOMPARE(both.data().toString(), QStringLiteral("R, A"));

        // One accountable organisation (core's rule, as in the structure):
        // UCER's A takes the role from Umeåbrå, which stays responsible.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QTest::keyClick(view.matrix(), Qt::Key_A);
        QCOMPARE(changed.count(), 2);
        QSet<QModelIndex> announced;
        for (const QList<QVariant> &signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
            announced.insert(signal.at(0).toModelIndex());
        }
        QCOMPARE(announced, (QSet<QModelIndex>{cell, both}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(cell.data().toString(), QStringLiteral("A"));
        QCOMPARE(both.data().toString(), QStringLiteral("R"));
        const QList<Responsibility> set = responsibilitiesOf(plan, iv, ucer);
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.first().role, RaciRole::Accountable);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        QCOMPARE(m_doc->undoStack()->count(), 1);

        // Replacing a role by another is one command and one signal.
        view.matrix()->setCurrentIndex(both);
        changed.clear();
        QTest::keyClick(view.matrix(), Qt::Key_C);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(both.data().toString(), QStringLiteral("C"));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);

        changed.clear();
        m_doc->undoStack()->undo();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(both.data().toString(), QStringLiteral("R"));
        m_doc->undoStack()->undo();
        QCOMPARE(cell.data().toString(), QString());
        QCOMPARE(both.data().toString(), QStringLiteral("R, A"));
        QCOMPARE(plan.snapshot(), before);
        QCOMPARE(test::diskSnapshot(m_doc->path()), before);
        QCOMPARE(resets.count(), 0);
    }

    void deleteClearsTheCell()
    {
        RaciView &view = *m_view;
        view.show();
        const Plan &plan = m_doc->plan();
        RaciModel *model = view.model();
        const Id iv = interventionWithCode(plan, QStringLiteral("7100"));
        const Id police = organisationNamed(plan, QStringLiteral("Polisen"));
        const QModelIndex cell = model->index(model->rowOf(iv), model->columnOf(police));
        QCOMPARE(cell.data().toString(), QStringLiteral("C"));
        const QList<Record> before = plan.snapshot();
        view.matrix()->setCurrentIndex(cell);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QTest::keyClick(view.matrix(), Qt::Key_Delete);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), QString());
        QVERIFY(responsibilitiesOf(plan, iv, police).isEmpty());
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        // Backspace on an empty cell changes nothing and adds no command.
        QTest::keyClick(view.matrix(), Qt::Key_Backspace);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(plan.snapshot(), before);
        QCOMPARE(test::diskSnapshot(m_doc->path()), before);

        // Keys sent to the view itself act on the matrix it focuses.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_I);
        QCOMPARE(cell.data().toString(), QStringLiteral("I"));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void enterOpensAChoiceOfRoles()
    {
        RaciView &view = *m_view;
        view.show();
        const Plan &plan = m_doc->plan();
        RaciModel *model = view.model();
        const QModelIndex cell = model->index(model->rowOf(interventionWithCode(plan, QStringLiteral("7100"))),
                                              model->columnOf(organisationNamed(plan, QStringLiteral("UCER"))));
        view.matrix()->setCurrentIndex(cell);
        QTest::keyClick(view.matrix(), Qt::Key_Return);
        auto *editor = view.matrix()->viewport()->findChild<QComboBox *>();
        QVERIFY(editor);
        QVERIFY(!editor->accessibleName().isEmpty());
        QCOMPARE(editor->count(), 5);
        QVERIFY_EVERY_CONTROL_NAMED(&view);
        editor->setCurrentIndex(editor->findData(QStringLiteral("I")));
        Q_EMIT editor->activated(editor->currentIndex());
        QCOMPARE(cell.data().toString(), QStringLiteral("I"));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void readOnlyDocumentCannotBeEdited()
    {
        QString error;
        auto readOnly = PlanDocument::open(m_doc->path(), &error, PlanDocument::Access::ReadOnly);
        QVERIFY(readOnly && readOnly->isReadOnly());
        PlanSelection selection;
        RaciView view(*readOnly, selection);
        view.show();
        RaciModel *model = view.model();
        const QModelIndex cell = model->index(0, 0);
        QVERIFY(!(model->flags(cell) & Qt::ItemIsEditable));
        const QString before = cell.data().toString();
        view.matrix()->setCurrentIndex(cell);
        QTest::keyClick(view.matrix(), Qt::Key_I);
        QTest::keyClick(view.matrix(), Qt::Key_Delete);
        QVERIFY(!model->setData(cell, QStringLiteral("R")));
        QCOMPARE(cell.data().toString(), before);
        QCOMPARE(readOnly->undoStack()->count(), 0);
    }

    void filterShowsOneOrganisationAndItsList()
    {
        RaciView &view = *m_view;
        view.show();
        const Plan &plan = m_doc->plan();
        RaciModel *model = view.model();
        const Id fritid = organisationNamed(plan, QStringLiteral("Fritid"));
        auto *combo = view.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), model->columnCount() + 1);
        QVERIFY(!view.responsibilityList()->isVisible());
        combo->setCurrentIndex(combo->findData(qlonglong(fritid)));
        QCOMPARE(view.organisationFilter(), fritid);

        int interventions = 0;
        int responsibilities = 0;
        for (const Intervention &i : plan.all<Intervention>()) {
            const auto roles = responsibilitiesOf(plan, i.id, fritid);
            interventions += roles.isEmpty() ? 0 : 1;
            responsibilities += int(roles.size());
        }
        QCOMPARE(interventions, 3); // 7120, 7130, 7150
        QCOMPARE(visibleColumns(view.matrix()), 1);
        QVERIFY(!view.matrix()->isColumnHidden(model->columnOf(fritid)));
        QCOMPARE(visibleRows(view.matrix()), interventions);
        QTableWidget *list = view.responsibilityList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->rowCount(), responsibilities);
        QStringList roles;
        for (int row = 0; row < list->rowCount(); ++row)
            roles << list->item(row, 1)->text();
        QVERIFY(roles.contains(QStringLiteral("Accountable")));
        QVERIFY(roles.contains(QStringLiteral("Responsible")));
        QVERIFY_EVERY_CONTROL_NAMED(&view);

        // Copy gives the list with a header line.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(view.findChild<QPushButton *>(), Qt::LeftButton);
        const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), responsibilities + 1);
        QCOMPARE(lines.first(), QStringLiteral("Intervention\tRole\tPhase\tStart\tEnd"));
        const Intervention *i7130 = plan.find<Intervention>(interventionWithCode(plan, QStringLiteral("7130")));
        QVERIFY(QGuiApplication::clipboard()->text().contains(i7130->name));
        QCOMPARE(lines.at(1).count(QLatin1Char('\t')), 4);

        // Clearing the organisation's only role on an intervention hides the row and shortens the list.
        const QModelIndex cell = model->index(model->rowOf(i7130->id), model->columnOf(fritid));
        QCOMPARE(cell.data().toString(), QStringLiteral("A"));
        QVERIFY(model->setData(cell, QString()));
        QCOMPARE(visibleRows(view.matrix()), interventions - 1);
        QCOMPARE(list->rowCount(), responsibilities - 1);
        m_doc->undoStack()->undo();
        QCOMPARE(visibleRows(view.matrix()), interventions);
        QCOMPARE(list->rowCount(), responsibilities);

        combo->setCurrentIndex(0);
        QCOMPARE(view.organisationFilter(), NoId);
        QCOMPARE(visibleColumns(view.matrix()), model->columnCount());
        QCOMPARE(visibleRows(view.matrix()), model->rowCount());
        QVERIFY(!list->isVisible());
    }

    void copyPutsTheMatrixOnTheClipboard()
    {
        RaciView &view = *m_view;
        view.show();
        const Plan &plan = m_doc->plan();
        RaciModel *model = view.model();
        QGuiApplication::clipboard()->clear();
        view.matrix()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view.matrix(), Qt::Key_C, Qt::ControlModifier);
        const QString text = QGuiApplication::clipboard()->text();
        QCOMPARE(m_doc->undoStack()->count(), 0); // Ctrl+C is not "C" for Consulted
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model->rowCount() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("Intervention\t")));
        QVERIFY(lines.first().contains(QStringLiteral("\tUmeåbrå")));
        const Intervention *i7100 = plan.find<Intervention>(interventionWithCode(plan, QStringLiteral("7100")));
        QVERIFY(text.contains(i7100->name));
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), model->columnCount());
        QVERIFY(lines.at(model->rowOf(i7100->id) + 1).contains(QStringLiteral("\tR, A\t")));
    }

    void clickingACellSelectsTheIntervention()
    {
        RaciView &view = *m_view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RaciModel *model = view.model();
        const QModelIndex cell = model->index(2, 1);
        QTest::mouseClick(view.matrix()->viewport(), Qt::LeftButton, {}, view.matrix()->visualRect(cell).center());
        QCOMPARE(m_selection->kind(), EntityKind::Intervention);
        QCOMPARE(m_selection->id(), model->interventionAt(2));
        // Selecting elsewhere moves the matrix along.
        m_selection->select(EntityKind::Intervention, model->interventionAt(4));
        QCOMPARE(view.matrix()->currentIndex().row(), 4);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void everyInteractiveWidgetIsNamed()
    {
        RaciView &view = *m_view;
        view.show();
        QVERIFY_EVERY_CONTROL_NAMED(&view);
        view.setOrganisationFilter(view.model()->organisationAt(0));
        QVERIFY_EVERY_CONTROL_NAMED(&view);
    }

};

QTEST_MAIN(TestRaci)
#include "test_raci.moc"
