// Organisations and areas on the Umeå demo plan, driven offscreen: every
// edit is on disk when it returns, and undo restores the plan exactly.
#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "models/areamodel.h"
#include "models/classificationhistorymodel.h"
#include "models/organisationmodel.h"
#include "selection/planselection.h"
#include "today.h"
#include "uitestsupport.h"
#include "views/areasview.h"
#include "views/organisationsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace horisont;

namespace {
QPushButton *button(QWidget *root, const QString &name)
{
    for (QPushButton *b : root->findChildren<QPushButton *>()) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}

Id areaNamed(const Plan &plan, const QString &name)
{
    return test::idNamed<Area>(plan, name);
}
} // namespace


class TestOrganisations : public test::DemoQtTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // A new plan's list: the organisation's name and kind are read whole,
    // not "Soci…" and "F…"; a width the user sets survives the view.
    void columnsFitTheirTextAndKeepTheUsersWidths()
    {
        QTemporaryDir dir;
        auto doc = test::createPlan(dir);
        QVERIFY(doc);
        PlanSelection selection;
        auto view = std::make_unique<OrganisationsView>(*doc, selection);
        view->resize(1024, 600);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        OrganisationModel *model = view->model();
        QTest::mouseClick(view->addButton(), Qt::LeftButton);
        const int row = model->rowCount() - 1;
        const QString name = QStringLiteral("Socialförvaltningen, individ- och familjeomsorgen");
        QVERIFY(model->setData(model->index(row, OrganisationModel::Name), name));
        QTableView *table = view->table();
        const auto fits = [table](int column, const QString &text) {
            return table->columnWidth(column) >= table->fontMetrics().horizontalAdvance(text);
        };
        QTRY_VERIFY2(fits(OrganisationModel::Name, name), qPrintable(QString::number(table->columnWidth(0))));
        const QString kind = model->index(row, OrganisationModel::Kind).data().toString();
        QVERIFY(!kind.isEmpty());
        QTRY_VERIFY(fits(OrganisationModel::Kind, kind));
        // A huge text makes no huge column.
        QVERIFY(model->setData(model->index(row, OrganisationModel::Name), name.repeated(3)));
        QApplication::processEvents();
        QVERIFY(table->columnWidth(OrganisationModel::Name) <= table->fontMetrics().averageCharWidth() * 60);

        // The user widens the short name; the view made anew keeps it.
        table->horizontalHeader()->resizeSection(OrganisationModel::ShortName, 333);
        view = std::make_unique<OrganisationsView>(*doc, selection);
        view->resize(1024, 600);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QApplication::processEvents();
        QCOMPARE(view->table()->columnWidth(OrganisationModel::ShortName), 333);
        QTRY_VERIFY(view->table()->columnWidth(OrganisationModel::Name) > 0);
        view.reset();
        QSettings().clear();
    }

    void addEditDeleteAndUndoEachStep()
    {
        PlanSelection selection;
        OrganisationsView view(*m_doc, selection);
        view.show();
        OrganisationModel *model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        const Plan &plan = m_doc->plan();
        const int before = model->rowCount();
        QList<QList<Record>> states{plan.snapshot()};

        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QTest::mouseClick(view.addButton(), Qt::LeftButton);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->rowCount(), before + 1);
        const int row = model->rowCount() - 1; // rows are in creation order
        const Id id = model->organisationAt(row);
        QVERIFY(plan.find<Organisation>(id));
        QCOMPARE(view.table()->currentIndex().row(), row);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(model->setData(model->index(row, OrganisationModel::Name), QStringLiteral("Trygghetsrådet")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model->index(row, OrganisationModel::Name));
        QCOMPARE(plan.find<Organisation>(id)->name, QStringLiteral("Trygghetsrådet"));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();

        QVERIFY(model->setData(model->index(row, OrganisationModel::Kind), int(OrganisationKind::ExternalPartner)));
        QCOMPARE(plan.find<Organisation>(id)->kind, OrganisationKind::ExternalPartner);
        QCOMPARE(model->index(row, OrganisationModel::Kind).data().toString(),
                 Labels::organisationKind(OrganisationKind::ExternalPartner));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();

        const Id umeabra = model->organisationAt(0);
        QVERIFY(model->setData(model->index(row, OrganisationModel::PartOf), qlonglong(umeabra)));
        QCOMPARE(model->index(row, OrganisationModel::PartOf).data().toString(),
                 QStringLiteral("Kommunledningskontoret – Umeåbrå"));
        // Named after the field and the item, not after the column (parent_id).
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change parent organisation of «Trygghetsrådet»"));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();
        // No cycles: Umeåbrå cannot become part of its own part.
        QVERIFY(!model->setData(model->index(0, OrganisationModel::PartOf), qlonglong(id)));
        QVERIFY(!model->lastError().isEmpty());
        QVERIFY(!model->possibleParents(umeabra).contains(id));
        // An unchanged value is no edit.
        QVERIFY(!model->setData(model->index(row, OrganisationModel::Code), QString()));
        QCOMPARE(m_doc->undoStack()->count(), 4);

        view.table()->selectRow(row);
        QVERIFY(view.deleteButton()->isEnabled());
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!plan.find<Organisation>(id));
        QCOMPARE(model->rowCount(), before);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);

        for (int step = int(states.size()) - 1; step >= 0; --step) {
            m_doc->undoStack()->undo();
            QCOMPARE(plan.snapshot(), states.at(step));
            QCOMPARE_FILE_TO_MEMORY(*m_doc);
        }
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(resets.count(), 0);
    }

    void deleteRefusalIsShownWithItsReason()
    {
        PlanSelection selection;
        OrganisationsView view(*m_doc, selection);
        view.show();
        OrganisationModel *model = view.model();
        int bookedRow = -1;
        QString expected;
        for (int row = 0; row < model->rowCount() && bookedRow < 0; ++row) {
            QString error;
            std::unique_ptr<EditCommand> probe(
                commands::remove(*m_doc, EntityKind::Organisation, {model->organisationAt(row)}, CommandText::verbatim(QStringLiteral("x")), &error));
            if (!probe) {
                bookedRow = row;
                expected = error;
            }
        }
        QVERIFY2(bookedRow >= 0, "the demo ledger books on some organisation");
        const QList<Record> before = m_doc->plan().snapshot();
        view.table()->selectRow(bookedRow);
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view.findChild<QMessageBox *>()) != nullptr);
        QCOMPARE(box->text(), expected);
        box->close();
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void kindAndPartOfAreChosenFromLists()
    {
        PlanSelection selection;
        OrganisationsView view(*m_doc, selection);
        view.show();
        OrganisationModel *model = view.model();
        view.table()->edit(model->index(1, OrganisationModel::Kind));
        auto *combo = view.table()->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(2), Labels::organisationKind(OrganisationKind::ExternalPartner));
        QVERIFY_EVERY_CONTROL_NAMED(&view);
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QCOMPARE(m_doc->plan().find<Organisation>(model->organisationAt(1))->kind, OrganisationKind::MunicipalCompany);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);

        QTRY_VERIFY(!view.table()->viewport()->findChild<QComboBox *>());
        view.table()->edit(model->index(1, OrganisationModel::PartOf));
        combo = view.table()->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), model->rowCount()); // none + every other organisation
        QCOMPARE(combo->currentIndex(), 0);          // none
        combo->setCurrentIndex(combo->findData(qlonglong(model->organisationAt(0))));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(m_doc->plan().find<Organisation>(model->organisationAt(1))->parentId, model->organisationAt(0));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void readOnlyDocumentDisablesEditing()
    {
        QString error;
        auto readOnly = PlanDocument::open(m_doc->path(), &error, PlanDocument::Access::ReadOnly);
        QVERIFY(readOnly && readOnly->isReadOnly());
        PlanSelection selection;
        OrganisationsView organisations(*readOnly, selection);
        organisations.show();
        QVERIFY(!organisations.addButton()->isEnabled());
        QVERIFY(!organisations.deleteButton()->isEnabled());
        QVERIFY(!(organisations.model()->flags(organisations.model()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!organisations.model()->setData(organisations.model()->index(0, 0), QStringLiteral("x")));
        AreasView areas(*readOnly, selection);
        areas.show();
        areas.setCurrentArea(areas.areaModel()->areaAt(0));
        QVERIFY(!button(&areas, QStringLiteral("Add area"))->isEnabled());
        QVERIFY(!button(&areas, QStringLiteral("Add history entry"))->isEnabled());
        QVERIFY(!(areas.historyModel()->flags(areas.historyModel()->index(0, 0)) & Qt::ItemIsEditable));
    }

    void areasKeepAClassificationHistory()
    {
        PlanSelection selection;
        AreasView view(*m_doc, selection);
        view.show();
        AreaModel *areas = view.areaModel();
        ClassificationHistoryModel *history = view.historyModel();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(areas, mode), t2(history, mode);
        const Plan &plan = m_doc->plan();
        const Id ersboda = areaNamed(plan, QStringLiteral("Ersboda"));
        view.setCurrentArea(ersboda);
        QCOMPARE(selection.id(), ersboda);
        QCOMPARE(history->rowCount(), 2);
        const int areaRow = areas->rowOf(ersboda);
        const QModelIndex today = areas->index(areaRow, AreaModel::CurrentClassification);
        QCOMPARE(today.data().toString(), Labels::classification(Classification::None));
        QList<QList<Record>> states{plan.snapshot()};

        QSignalSpy inserted(history, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(history, &QAbstractItemModel::modelReset);
        QTest::mouseClick(button(&view, QStringLiteral("Add history entry")), Qt::LeftButton);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(history->rowCount(), 3);
        const Id entry = history->entryAt(2); // from today: the newest
        QCOMPARE(plan.find<AreaClassification>(entry)->from, horisont::today()); // HORISONT_TODAY here, not the clock
        QCOMPARE(plan.find<AreaClassification>(entry)->areaId, ersboda);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();

        QSignalSpy areaChanged(areas, &QAbstractItemModel::dataChanged);
        QVERIFY(history->setData(history->index(2, ClassificationHistoryModel::ClassificationColumn),
                                 int(Classification::Vulnerable)));
        QCOMPARE(areaChanged.count(), 1);
        QCOMPARE(areaChanged.at(0).at(0).toModelIndex(), today);
        QCOMPARE(today.data().toString(), Labels::classification(Classification::Vulnerable));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();

        QVERIFY(history->setData(history->index(2, ClassificationHistoryModel::SourceColumn),
                                 QStringLiteral("Polisens lägesbild 2025")));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        states << plan.snapshot();

        // Dating it back to 2020 moves it between the 2018 and 2021 entries, and today it is the 2021 one again.
        QSignalSpy moved(history, &QAbstractItemModel::rowsMoved);
        QVERIFY(history->setData(history->index(2, ClassificationHistoryModel::FromColumn), QDate(2020, 6, 1)));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(history->entryAt(1), entry);
        QCOMPARE(history->index(1, ClassificationHistoryModel::FromColumn).data().toString(), QStringLiteral("2020-06-01"));
        QCOMPARE(today.data().toString(), Labels::classification(Classification::None));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);

        history->setAreaId(areaNamed(plan, QStringLiteral("Mariehem")));
        QCOMPARE(history->rowCount(), 1);
        history->setAreaId(ersboda);
        QCOMPARE(history->rowCount(), 3);

        for (int step = int(states.size()) - 1; step >= 0; --step) {
            m_doc->undoStack()->undo();
            QCOMPARE(plan.snapshot(), states.at(step));
            QCOMPARE_FILE_TO_MEMORY(*m_doc);
        }
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void areasAreAddedAndDeleted()
    {
        PlanSelection selection;
        AreasView view(*m_doc, selection);
        view.show();
        AreaModel *areas = view.areaModel();
        const QList<Record> before = m_doc->plan().snapshot();
        QTest::mouseClick(button(&view, QStringLiteral("Add area")), Qt::LeftButton);
        QCOMPARE(areas->rowCount(), int(m_doc->plan().all<Area>().size()));
        const Id added = view.currentArea();
        QVERIFY(m_doc->plan().find<Area>(added));
        QVERIFY(areas->setData(areas->index(areas->rowOf(added), AreaModel::Name), QStringLiteral("Holmsund")));
        QVERIFY(areas->setData(areas->index(areas->rowOf(added), AreaModel::Code), QStringLiteral("HOL")));
        QVERIFY(!(areas->flags(areas->index(0, AreaModel::CurrentClassification)) & Qt::ItemIsEditable));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        // Deleting Ersboda takes its history and its links to interventions with it.
        view.setCurrentArea(areaNamed(m_doc->plan(), QStringLiteral("Ersboda")));
        view.areasTable()->selectRow(view.areasTable()->currentIndex().row());
        QTest::mouseClick(button(&view, QStringLiteral("Delete area")), Qt::LeftButton);
        QCOMPARE(areaNamed(m_doc->plan(), QStringLiteral("Ersboda")), NoId);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        for (int i = 0; i < 4; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        // An edit after an undo (which drops the redoable commands) works like any other.
        QTest::mouseClick(button(&view, QStringLiteral("Add area")), Qt::LeftButton);
        QVERIFY(m_doc->plan().find<Area>(view.currentArea()));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void accessibilityNamesAreComplete()
    {
        PlanSelection selection;
        OrganisationsView organisations(*m_doc, selection);
        organisations.show();
        QVERIFY_EVERY_CONTROL_NAMED(&organisations);
        organisations.table()->edit(organisations.model()->index(0, OrganisationModel::Name));
        QVERIFY(organisations.table()->viewport()->findChild<QLineEdit *>());
        QVERIFY_EVERY_CONTROL_NAMED(&organisations);

        AreasView areas(*m_doc, selection);
        areas.show();
        areas.setCurrentArea(areas.areaModel()->areaAt(0));
        areas.historyTable()->edit(areas.historyModel()->index(0, ClassificationHistoryModel::FromColumn));
        QVERIFY_EVERY_CONTROL_NAMED(&areas);
    }

};

QTEST_MAIN(TestOrganisations)
#include "test_organisations.moc"
