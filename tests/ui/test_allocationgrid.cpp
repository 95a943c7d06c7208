// The allocation grid, the spread helper and "Mark as decided" on the Umeå
// demo plan, driven offscreen: typing amounts, exact undo, the plan and the
// file agreeing.
#include "dialogs/spreaddialog.h"
#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "edit/structurecommands.h"
#include "models/allocationgridmodel.h"
#include "models/sourcesummarymodel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/allocationgridview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <memory>

using namespace horisont;
using horisont::test::interventionWithCode;

using test::allocationsIn;
using test::sourceWithCode;

namespace {

/// Types into the current cell as a user does: the first key opens the
/// editor, the rest go to it, Return commits. The delegate commits on Return
/// through a queued call, so the event loop runs once before returning.
void typeIntoCurrentCell(QTableView *grid, const QString &text)
{
    QTest::keyClicks(grid, text.left(1));
    QLineEdit *editor = nullptr; // the open one: a closed editor lingers until deferred deletion
    for (QLineEdit *candidate : grid->viewport()->findChildren<QLineEdit *>())
        editor = candidate->isVisible() ? candidate : editor;
    QVERIFY(editor);
    QTest::keyClicks(editor, text.mid(1));
    QCOMPARE(editor->text(), text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void chooseSource(AllocationGridView &view, Id source)
{
    view.sourceChoice()->setCurrentIndex(view.sourceChoice()->findData(QVariant::fromValue(source)));
}

} // namespace

class TestAllocationGrid : public test::DemoQtTest
{
    Q_OBJECT
    void prepare() override
    {
        m_utv = sourceWithCode(m_doc->plan(), QStringLiteral("UTV"));
        m_intervention = interventionWithCode(m_doc->plan(), QStringLiteral("7100"));
        QVERIFY(m_utv != NoId && m_intervention != NoId);
    }

private Q_SLOTS:
    void columnsAreTheHorizonsYearsWithTotals()
    {
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        AllocationGridModel *model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->firstYear(), 2018);
        QCOMPARE(model->lastYear(), 2032);
        QCOMPARE(model->columnCount(), 16);
        QCOMPARE(model->headerData(model->totalColumn(), Qt::Horizontal).toString(), QStringLiteral("Total"));
        qint64 all = 0;
        for (const Allocation &a : m_doc->plan().all<Allocation>())
            all += a.amount.ore();
        const QModelIndex grand = model->index(model->totalRow(), model->totalColumn());
        QCOMPARE(grand.data(AllocationGridModel::AmountRole).toLongLong(), all);
        // Organisations as rows give the same total.
        view.rowsChoice()->setCurrentIndex(1);
        QCOMPARE(model->rows(), AllocationGridModel::Rows::ByOrganisation);
        QCOMPARE(model->index(model->totalRow(), model->totalColumn()).data(AllocationGridModel::AmountRole).toLongLong(), all);
        // The UTV line of the summary: 6 000 000 kr ceiling, allocated and left adding up.
        SourceSummaryModel *summary = view.summary();
        const int utvRow = summary->rowOf(m_utv);
        const qint64 ceiling = summary->index(utvRow, SourceSummaryModel::CeilingColumn).data(SourceSummaryModel::AmountRole).toLongLong();
        const qint64 allocated = summary->index(utvRow, SourceSummaryModel::AllocatedColumn).data(SourceSummaryModel::AmountRole).toLongLong();
        const qint64 left = summary->index(utvRow, SourceSummaryModel::LeftColumn).data(SourceSummaryModel::AmountRole).toLongLong();
        QCOMPARE(ceiling, qint64(600000000));
        QCOMPARE(left, ceiling - allocated);
        const int ordRow = summary->rowOf(sourceWithCode(m_doc->plan(), QStringLiteral("ORD")));
        QCOMPARE(summary->index(ordRow, SourceSummaryModel::LeftColumn).data().toString(), QStringLiteral("no ceiling"));
    }

    void typingAnAmountAddsAnAllocationAndUndoRestores()
    {
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AllocationGridModel *model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseSource(view, m_utv);
        view.reasonEdit()->setText(QStringLiteral("Steering group 2026-11-20"));
        const Plan &plan = m_doc->plan();
        const QList<Record> before = plan.snapshot();
        const QModelIndex cell = interventionCell(model, 2030);
        QCOMPARE(cell.data().toString(), QString());
        const qint64 totalBefore = model->index(model->totalRow(), model->totalColumn()).data(AllocationGridModel::AmountRole).toLongLong();

        view.grid()->setCurrentIndex(cell);
        typeIntoCurrentCell(view.grid(), QStringLiteral("150 000"));

        const QList<Allocation> added = allocationsIn(plan, m_utv, m_intervention, 2030);
        QVERIFY2(added.size() == 1, qPrintable(view.message()->text()));
        QCOMPARE(added.first().amount, Money::fromKronor(150000));
        QCOMPARE(added.first().status, AllocationStatus::Planned);
        QCOMPARE(added.first().organisationId, allocations::accountableOrganisation(plan, m_intervention));
        QCOMPARE(cell.data(AllocationGridModel::AmountRole).toLongLong(), qint64(15000000));
        QCOMPARE(model->index(model->totalRow(), model->totalColumn()).data(AllocationGridModel::AmountRole).toLongLong(),
                 totalBefore + 15000000);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QStringLiteral("Steering group 2026-11-20"));

        // Typing over it changes the same allocation.
        view.grid()->setCurrentIndex(cell);
        typeIntoCurrentCell(view.grid(), QStringLiteral("200000"));
        QCOMPARE(allocationsIn(plan, m_utv, m_intervention, 2030).first().amount, Money::fromKronor(200000));
        QCOMPARE(allocationsIn(plan, m_utv, m_intervention, 2030).first().id, added.first().id);

        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(plan.snapshot(), before);
        QCOMPARE(test::diskSnapshot(m_doc->path()), before);
        QCOMPARE(cell.data().toString(), QString());
    }

    void aReasonGoesWithTheNextChangeOnly()
    {
        // A reason explains one change: typed once, it is written with the
        // next edit and its redo, never with later edits or with an undo.
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        chooseSource(view, m_utv);
        AllocationGridModel *model = view.model();
        view.reasonEdit()->setFocus();
        QTest::keyClicks(view.reasonEdit(), QStringLiteral("Steering group 2026-11-20"));
        view.grid()->setFocus();
        view.grid()->setCurrentIndex(interventionCell(model, 2030));
        typeIntoCurrentCell(view.grid(), QStringLiteral("150 000"));
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QStringLiteral("Steering group 2026-11-20"));
        QCOMPARE(view.reasonEdit()->text(), QString()); // used: the field is empty again
        QCOMPARE(model->reason(), QString());

        // The next edit, with nothing typed, carries no reason.
        view.grid()->setCurrentIndex(interventionCell(model, 2031));
        typeIntoCurrentCell(view.grid(), QStringLiteral("20 000"));
        QCOMPARE(m_doc->store().changeLog(1).first().action, QStringLiteral("do"));
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QString());

        // Undoing the first change is not done for its reason; redoing it is.
        QVERIFY(m_doc->undo());
        QVERIFY(m_doc->undo());
        QCOMPARE(m_doc->store().changeLog(1).first().action, QStringLiteral("undo"));
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QString());
        QVERIFY(m_doc->redo());
        QCOMPARE(m_doc->store().changeLog(1).first().action, QStringLiteral("redo"));
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QStringLiteral("Steering group 2026-11-20"));

        // Spread and Mark as decided use the reason up as well.
        view.reasonEdit()->setText(QStringLiteral("Council decision"));
        view.grid()->selectionModel()->select(interventionCell(model, 2030), QItemSelectionModel::ClearAndSelect);
        QVERIFY(view.markSelectionDecided(m_doc->plan().all<Decision>().begin()->id));
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QStringLiteral("Council decision"));
        QCOMPARE(view.reasonEdit()->text(), QString());
        // A refused edit leaves the reason for the change it was meant for.
        view.reasonEdit()->setText(QStringLiteral("Kept"));
        QVERIFY(!model->setData(interventionCell(model, 2032), QStringLiteral("-5")));
        QCOMPARE(view.reasonEdit()->text(), QStringLiteral("Kept"));
    }

    void aBadAmountIsRefusedNamingTheCell()
    {
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        view.show();
        chooseSource(view, m_utv);
        AllocationGridModel *model = view.model();
        const QList<Record> before = m_doc->plan().snapshot();
        const QModelIndex cell = interventionCell(model, 2030);
        QVERIFY(!model->setData(cell, QStringLiteral("12 abc")));
        QVERIFY(view.message()->isVisibleTo(&view));
        QVERIFY2(view.message()->text().contains(QStringLiteral("2030")), qPrintable(view.message()->text()));
        QVERIFY(view.message()->text().contains(QStringLiteral("12 abc")));
        QVERIFY(!model->setData(cell, QStringLiteral("-5 000")));
        QVERIFY(view.message()->text().contains(QStringLiteral("negative")));
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void emptyCellsNeedASourceAndZeroRemoves()
    {
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        AllocationGridModel *model = view.model();
        QCOMPARE(model->source(), NoId);
        const QModelIndex empty = interventionCell(model, 2031);
        QVERIFY(!(model->flags(empty) & Qt::ItemIsEditable));
        QVERIFY(!(model->flags(model->index(model->totalRow(), 0)) & Qt::ItemIsEditable));
        // A filled cell with all sources is editable; 0 removes its allocations.
        const Allocation &any = *m_doc->plan().all<Allocation>().begin();
        const QModelIndex filled = model->index(model->rowOf(any.interventionId), model->columnOfYear(any.year));
        QVERIFY(model->flags(filled) & Qt::ItemIsEditable);
        const QList<Id> ids = model->allocationsAt(filled);
        QVERIFY(model->setData(filled, QStringLiteral("0")));
        for (Id id : ids)
            QVERIFY(!m_doc->plan().find<Allocation>(id));
        QCOMPARE(filled.data().toString(), QString());
        m_doc->undoStack()->undo();
        // Undo puts them back where a fresh open would: in id order, so a
        // later spread gives its leftover öre to the same allocation.
        QCOMPARE(model->allocationsAt(filled), ids);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        const QList<Id> everything = model->allocationsAt(model->index(model->totalRow(), model->totalColumn()));
        QVERIFY(everything.size() > ids.size());
        QVERIFY(std::is_sorted(everything.begin(), everything.end()));
    }

    void typingIntoACellWithoutASourceSaysWhatToDo()
    {
        // With all sources shown an empty cell cannot take money: typing
        // there says so at the grid (and in the status bar) and changes nothing.
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy status(&view, &AllocationGridView::statusMessage);
        AllocationGridModel *model = view.model();
        QCOMPARE(model->source(), NoId);
        const QModelIndex empty = interventionCell(model, 2031);
        QVERIFY(model->allocationsAt(empty).isEmpty());
        view.grid()->setFocus();
        view.grid()->setCurrentIndex(empty);
        const QList<Record> before = m_doc->plan().snapshot();
        QTest::keyClicks(view.grid(), QStringLiteral("1"));
        QVERIFY(view.message()->isVisibleTo(&view));
        QVERIFY2(view.message()->text().contains(QStringLiteral("Choose the funding source")), qPrintable(view.message()->text()));
        QVERIFY(view.message()->text().contains(QStringLiteral("2031")));
        QCOMPARE(status.size(), 1);
        QCOMPARE(view.grid()->currentIndex(), empty); // no keyboard search jumped elsewhere
        QCOMPARE(m_doc->plan().snapshot(), before);
        // Double-clicking says the same.
        view.message()->hide();
        view.grid()->scrollTo(empty);
        const QPoint centre = view.grid()->visualRect(empty).center();
        QTest::mouseClick(view.grid()->viewport(), Qt::LeftButton, {}, centre); // a double click's first press
        QTest::mouseDClick(view.grid()->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(view.message()->isVisibleTo(&view));
        // Once a source is chosen the same cell takes the amount.
        chooseSource(view, m_utv);
        view.grid()->setCurrentIndex(interventionCell(model, 2031));
        typeIntoCurrentCell(view.grid(), QStringLiteral("5 000"));
        QCOMPARE(allocationsIn(m_doc->plan(), m_utv, m_intervention, 2031).size(), qsizetype(1));
    }

    void aPlanWithoutSourcesSaysToAddOne()
    {
        QTemporaryDir dir;
        auto doc = test::createPlan(dir);
        QVERIFY(doc);
        EditCommand *phase = structure::addPhase(*doc, QStringLiteral("Fas 1"), QDate(2026, 11, 25));
        const Id phaseId = phase->createdId();
        QVERIFY(doc->execute(phase));
        QVERIFY(doc->execute(structure::addIntervention(*doc, phaseId, QStringLiteral("Trygghetsvandringar"))));
        PlanSelection selection;
        AllocationGridView view(*doc, selection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AllocationGridModel *model = view.model();
        QVERIFY(model->rowCount() >= 2);
        view.grid()->setFocus();
        view.grid()->setCurrentIndex(model->index(0, 0));
        QTest::keyClicks(view.grid(), QStringLiteral("5"));
        QVERIFY2(view.message()->text().contains(QStringLiteral("no funding source yet")), qPrintable(view.message()->text()));
        QVERIFY(view.message()->text().contains(QStringLiteral("Sources and allocations")));
    }

    void markingCellsDecidedShowsThemAndUndoes()
    {
        PlanSelection selection;
        AllocationGridView view(*m_doc, selection);
        view.show();
        chooseSource(view, m_utv);
        AllocationGridModel *model = view.model();
        const Plan &plan = m_doc->plan();
        QVERIFY(model->setData(interventionCell(model, 2030), QStringLiteral("10 000")));
        QVERIFY(model->setData(interventionCell(model, 2031), QStringLiteral("20 000")));
        const QModelIndex a = interventionCell(model, 2030);
        const QModelIndex b = interventionCell(model, 2031);
        QCOMPARE(a.data(AllocationGridModel::DecidedRole).toInt(), int(AllocationGridModel::Decided::None));
        view.grid()->selectionModel()->select(QItemSelection(a, b), QItemSelectionModel::ClearAndSelect);
        const Decision &decision = *plan.all<Decision>().begin();
        view.reasonEdit()->setText(QStringLiteral("KS decision"));
        const int commandsBefore = m_doc->undoStack()->count();
        QVERIFY(view.markSelectionDecided(decision.id));
        QCOMPARE(m_doc->undoStack()->count(), commandsBefore + 1);
        for (const QModelIndex &cell : {a, b}) {
            QCOMPARE(cell.data(AllocationGridModel::DecidedRole).toInt(), int(AllocationGridModel::Decided::All));
            QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
            QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(decision.reference), qPrintable(cell.data(Qt::ToolTipRole).toString()));
            for (Id id : model->allocationsAt(cell)) {
                QCOMPARE(plan.find<Allocation>(id)->status, AllocationStatus::Decided);
                QCOMPARE(plan.find<Allocation>(id)->decisionId, decision.id);
            }
        }
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QStringLiteral("KS decision"));
        m_doc->undoStack()->undo();
        QCOMPARE(a.data(AllocationGridModel::DecidedRole).toInt(), int(AllocationGridModel::Decided::None));
    }

    void everyInteractiveWidgetIsNamed()
    {
        PlanSelection selection;
        AllocationGridView grid(*m_doc, selection);
        grid.show();
        QVERIFY_EVERY_CONTROL_NAMED(&grid);
        SpreadDialog dialog(*m_doc, m_intervention, NoId, NoId, 2018, 2032, 2030, QString());
        dialog.show();
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);
    }

private:
    /// The grid cell of the test's intervention in `year`.
    QModelIndex interventionCell(const AllocationGridModel *model, int year) const
    {
        return model->index(model->rowOf(m_intervention), model->columnOfYear(year));
    }

    Id m_utv = NoId;
    Id m_intervention = NoId;
};

QTEST_MAIN(TestAllocationGrid)
#include "test_allocationgrid.moc"
