// The RACI model on the Umeå demo plan: its cells, and fine-grained signals
// (no reset) while interventions and organisations come, go and move.
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/structurecommands.h"
#include "models/racimodel.h"
#include "uitestsupport.h"

using horisont::test::interventionWithCode;
using horisont::test::organisationNamed;

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace horisont;


class TestRaciModel : public test::DemoQtTest
{
    Q_OBJECT
private Q_SLOTS:
    void cellsShowRolesInRaciOrder()
    {
        RaciModel model(*m_doc);
        const Plan &plan = m_doc->plan();
        const QModelIndex cell = model.index(model.rowOf(interventionWithCode(plan, QStringLiteral("7100"))),
                                             model.columnOf(organisationNamed(plan, QStringLiteral("Umeåbrå"))));
        QCOMPARE(cell.data().toString(), QStringLiteral("R, A"));
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Responsible, Accountable"));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QVERIFY(model.headerData(model.rowOf(interventionWithCode(plan, QStringLiteral("7100"))), Qt::Vertical)
                    .toString()
                    .startsWith(QStringLiteral("7100 ")));
        QCOMPARE(model.headerData(cell.column(), Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Kommunledningskontoret – Umeåbrå"));
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    }

    void followsStructuralEditsWithoutReset()
    {
        RaciModel raci(*m_doc);
        QAbstractItemModelTester tester(&raci, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Plan &plan = m_doc->plan();

        // Structural edits and their undo, all under the tester.
        QSignalSpy resets(&raci, &QAbstractItemModel::modelReset);
        QSignalSpy rowsRemoved(&raci, &QAbstractItemModel::rowsRemoved);
        QSignalSpy columnsRemoved(&raci, &QAbstractItemModel::columnsRemoved);
        // A new intervention last in the first phase: its row comes after that phase's rows.
        const Id firstIntervention = raci.interventionAt(0);
        const Id firstPhase = plan.find<Intervention>(firstIntervention)->phaseId;
        int firstPhaseRows = 0;
        while (firstPhaseRows < raci.rowCount()
               && plan.find<Intervention>(raci.interventionAt(firstPhaseRows))->phaseId == firstPhase)
            ++firstPhaseRows;
        QSignalSpy rowsInserted(&raci, &QAbstractItemModel::rowsInserted);
        Intervention fresh;
        fresh.phaseId = firstPhase;
        fresh.name = QStringLiteral("Nattvandring");
        fresh.start = plan.find<Phase>(firstPhase)->start; // an intervention's dates are required
        fresh.end = plan.find<Phase>(firstPhase)->end;
        fresh.position = 1000;
        EditCommand *create = commands::insert(*m_doc, fresh, CommandText::verbatim(QStringLiteral("add")));
        const Id iv = create->createdId();
        QVERIFY(m_doc->execute(create));
        QCOMPARE(rowsInserted.count(), 1);
        QCOMPARE(raci.rowOf(iv), firstPhaseRows);
        QVERIFY(raci.setData(raci.index(firstPhaseRows, 0), QStringLiteral("r")));
        QCOMPARE(raci.index(firstPhaseRows, 0).data().toString(), QStringLiteral("R"));
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Intervention, {iv}, CommandText::verbatim(QStringLiteral("x")))));
        QCOMPARE(rowsRemoved.count(), 1);
        QCOMPARE(raci.rowOf(iv), -1);
        m_doc->undoStack()->undo();
        QCOMPARE(raci.rowOf(iv), firstPhaseRows);
        QCOMPARE(raci.index(firstPhaseRows, 0).data().toString(), QStringLiteral("R"));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(raci.rowOf(iv), -1);

        EditCommand *add = commands::insert(*m_doc, Organisation{NoId, QStringLiteral("Brandförsvaret"), {},
                                                                 OrganisationKind::Department, {}, NoId},
                                            CommandText::verbatim(QStringLiteral("add")));
        const Id added = add->createdId();
        QVERIFY(m_doc->execute(add));
        QCOMPARE(raci.columnOf(added), raci.columnCount() - 1);
        QCOMPARE(raci.headerData(raci.columnOf(added), Qt::Horizontal).toString(), QStringLiteral("Brandförsvaret"));
        const Id police = organisationNamed(plan, QStringLiteral("Polisen"));
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Organisation, {police}, CommandText::verbatim(QStringLiteral("x")))));
        QCOMPARE(columnsRemoved.count(), 1);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(raci.columnOf(added), -1);

        // Moving an intervention to the front of its phase moves its row.
        QSignalSpy moved(&raci, &QAbstractItemModel::rowsMoved);
        // The last row whose phase has another intervention before it.
        int lastRow = raci.rowCount() - 1;
        while (lastRow > 0
               && plan.find<Intervention>(raci.interventionAt(lastRow))->phaseId
                      != plan.find<Intervention>(raci.interventionAt(lastRow - 1))->phaseId)
            --lastRow;
        QVERIFY(lastRow > 0);
        const Intervention *last = plan.find<Intervention>(raci.interventionAt(lastRow));
        // Positions start at 0 (the schema's range): the front is the first
        // sibling's position with every sibling one further down.
        QList<Id> order{last->id};
        int firstRowOfPhase = lastRow;
        while (firstRowOfPhase > 0
               && plan.find<Intervention>(raci.interventionAt(firstRowOfPhase - 1))->phaseId == last->phaseId)
            --firstRowOfPhase;
        for (int row = firstRowOfPhase; row < lastRow; ++row)
            order << raci.interventionAt(row);
        QSignalSpy resetsWhileMoving(&raci, &QAbstractItemModel::modelReset);
        QVERIFY(m_doc->execute(structure::arrange(*m_doc, EntityKind::Intervention, last->phaseId, order, CommandText::verbatim(QStringLiteral("front")))));
        QVERIFY(moved.count() >= 1);
        QCOMPARE(resetsWhileMoving.count(), 0);
        QCOMPARE(raci.rowOf(last->id), firstRowOfPhase);
        m_doc->undoStack()->undo();
        QCOMPARE(raci.rowOf(last->id), lastRow);

        // Moving the first phase last reorders the rows in one layout change.
        QSignalSpy layouts(&raci, &QAbstractItemModel::layoutChanged);
        QVERIFY(m_doc->execute(commands::setField(*m_doc, EntityKind::Phase, firstPhase, QStringLiteral("position"), 1000)));
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(plan.find<Intervention>(raci.interventionAt(raci.rowCount() - 1))->phaseId, firstPhase);
        m_doc->undoStack()->undo();
        QCOMPARE(raci.interventionAt(0), firstIntervention);
        QCOMPARE(resets.count(), 0);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

};

QTEST_MAIN(TestRaciModel)
#include "test_racimodel.moc"
