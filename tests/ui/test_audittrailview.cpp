// The audit trail view on the Umeå demo plan, driven offscreen: its filters
// by source, organisation and period, the chosen change in full and its item
// offered to the property panel, sorting and export; and what allocations
// and forecasts, which have no name, are called.
#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "labels/labels.h"
#include "ledger/importremoval.h"
#include "models/audittrailmodel.h"
#include "uitestsupport.h"
#include "views/audittrailview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace horisont;

class TestAuditTrailView : public test::DemoQtTest
{
    Q_OBJECT
    void prepare() override
    {
        m_utv = test::idWithCode<FundingSource>(m_doc->plan(), QStringLiteral("UTV"));
        m_intervention = test::idWithCode<Intervention>(m_doc->plan(), QStringLiteral("7100"));
        QVERIFY(m_utv != NoId && m_intervention != NoId);
    }

private Q_SLOTS:
    void auditTrailViewFilters()
    {
        const Plan &plan = m_doc->plan();
        const Id bra = test::idWithCode<FundingSource>(plan, QStringLiteral("BRA"));
        QString error;
        const Id accountable = allocations::accountableOrganisation(plan, m_intervention);
        auto set = [&](Id source, int year, qint64 kronor, const QString &reason) {
            EditCommand *c = allocations::setCell(*m_doc, allocations::findCell(plan, source, m_intervention, NoId, year),
                                                  Money::fromKronor(kronor), reason, &error);
            QVERIFY2(c && m_doc->execute(c), qPrintable(error));
        };
        // The demo starts with a trail of its own (its ledger import among
        // others); each filter's count is taken before the edits.
        auto countOf = [&](const AuditFilter &filter) { return int(budgetAuditTrail(m_doc->store(), plan, filter).size()); };
        AuditFilter utvOnly;
        utvOnly.sourceId = m_utv;
        AuditFilter accountableOnly;
        accountableOnly.organisationId = accountable;
        const int baseline = countOf({});
        const int utvBaseline = countOf(utvOnly);
        const int accountableBaseline = countOf(accountableOnly);
        set(m_utv, 2030, 1000, QStringLiteral("UTV reason"));
        set(bra, 2030, 2000, QStringLiteral("BRA reason"));

        AuditTrailView view(*m_doc);
        view.show();
        QSortFilterProxyModel *rows = view.sortedModel();
        QCOMPARE(rows->rowCount(), baseline + 2);
        // Newest first: the BRA change.
        QCOMPARE(rows->index(0, AuditTrailModel::ReasonColumn).data().toString(), QStringLiteral("BRA reason"));
        view.sourceChoice()->setCurrentIndex(view.sourceChoice()->findData(QVariant::fromValue(m_utv)));
        QCOMPARE(rows->rowCount(), utvBaseline + 1);
        QCOMPARE(rows->index(0, AuditTrailModel::ReasonColumn).data().toString(), QStringLiteral("UTV reason"));
        QVERIFY(rows->index(0, AuditTrailModel::ItemColumn).data().toString().contains(QStringLiteral("UTV 2030")));
        QCOMPARE(rows->index(0, AuditTrailModel::AfterColumn).data(AuditTrailModel::SortRole).toLongLong(), qint64(100000));
        // The chosen change in full below the table; a new filter clears it.
        auto *details = view.findChild<QLabel *>(QStringLiteral("rowDetails"));
        QVERIFY(details);
        QSignalSpy chosen(&view, &AuditTrailView::itemChosen);
        view.table()->setCurrentIndex(rows->index(0, 0));
        QVERIFY2(details->text().contains(QStringLiteral("UTV reason")), qPrintable(details->text()));
        // …and the allocation it changed is offered to the property panel.
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).value<EntityKind>(), EntityKind::Allocation);
        QVERIFY(m_doc->plan().find<Allocation>(chosen.first().at(1).value<Id>()));
        QVERIFY(details->text().contains(QStringLiteral("UTV 2030")));
        view.sourceChoice()->setCurrentIndex(0);
        QVERIFY(!details->text().contains(QStringLiteral("UTV reason")));
        view.organisationChoice()->setCurrentIndex(view.organisationChoice()->findData(QVariant::fromValue(accountable)));
        QCOMPARE(rows->rowCount(), accountableBaseline + 2);
        // A later edit appears without asking.
        set(m_utv, 2031, 3000, QStringLiteral("Later"));
        QTRY_COMPARE(rows->rowCount(), accountableBaseline + 3);
        // Period: up to yesterday holds nothing (the demo was made today); today holds everything.
        view.toDate()->setDate(QDate::currentDate().addDays(-1));
        QCOMPARE(rows->rowCount(), 0);
        view.toDate()->setDate(QDate::currentDate());
        view.fromDate()->setDate(QDate::currentDate());
        QCOMPARE(rows->rowCount(), accountableBaseline + 3);
        // Sort by reason, export as shown.
        view.table()->sortByColumn(AuditTrailModel::ReasonColumn, Qt::AscendingOrder);
        QStringList reasons;
        for (int r = 0; r < rows->rowCount(); ++r)
            reasons << rows->index(r, AuditTrailModel::ReasonColumn).data().toString();
        QCOMPARE(reasons.last(), QStringLiteral("UTV reason"));
        QVERIFY(reasons.indexOf(QStringLiteral("BRA reason")) < reasons.indexOf(QStringLiteral("Later")));
        QVERIFY(reasons.indexOf(QStringLiteral("BRA reason")) >= 0);
        const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
        QVERIFY2(view.exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.indexOf(QStringLiteral("BRA reason")) < text.indexOf(QStringLiteral("Later")));
        QVERIFY(text.contains(QStringLiteral("1000.00")));
        const QString xlsx = m_dir->filePath(QStringLiteral("audit.xlsx"));
        QVERIFY2(view.exportTo(xlsx, &error), qPrintable(error));
        QVERIFY(QFileInfo(xlsx).size() > 0);
    }

    void anAllocationIsCalledByWhatItFunds()
    {
        // Allocations and forecasts have no name: the property panel, the
        // change log and the audit trail call them by source, year, intervention and organisation.
        const Plan &plan = m_doc->plan();
        const Allocation &first = *plan.all<Allocation>().begin();
        const QString name = Labels::entityName(plan, EntityKind::Allocation, first.id);
        const FundingSource *source = plan.find<FundingSource>(first.sourceId);
        const Intervention *intervention = plan.find<Intervention>(first.interventionId);
        QVERIFY(source && intervention);
        QVERIFY2(name.startsWith(QStringLiteral("%1 %2 · %3 %4").arg(source->code).arg(first.year)
                                     .arg(intervention->code, intervention->name)),
                 qPrintable(name));
        const Forecast &forecast = *plan.all<Forecast>().begin();
        QCOMPARE(Labels::entityName(plan, EntityKind::Forecast, forecast.id),
                 QStringLiteral("ORD %1").arg(forecast.year));
    }

    void aLedgerImportIsRemovedFromThePlan()
    {
        const QList<ImportBatch> before = importBatches(m_doc->store());
        QVERIFY(!before.isEmpty()); // the demo's ledger
        const ImportBatch &demoImport = before.first();
        AuditTrailView view(*m_doc);
        view.show();
        QSortFilterProxyModel *rows = view.sortedModel();
        auto rowOf = [&](const QString &action) {
            for (int r = 0; r < rows->rowCount(); ++r) {
                if (rows->index(r, AuditTrailModel::ActionColumn).data().toString() == action)
                    return r;
            }
            return -1;
        };
        const int importRow = rowOf(QStringLiteral("Ledger import"));
        QVERIFY(importRow >= 0);
        // Only an import can be removed.
        view.table()->setCurrentIndex(rows->index(importRow == 0 ? 1 : 0, 0));
        QVERIFY(!view.removeImportButton()->isEnabled());
        view.table()->setCurrentIndex(rows->index(importRow, 0));
        QVERIFY(view.removeImportButton()->isEnabled());

        // Cancelling changes nothing; confirming takes the rows out, logged.
        QString question;
        test::answerNextMessageBox(QMessageBox::Cancel, &question);
        view.removeImportButton()->click();
        QVERIFY2(question.contains(demoImport.fileName), qPrintable(question));
        QCOMPARE(importBatches(m_doc->store()).size(), before.size());
        const Money spentBefore = m_doc->ledgerTotals().total;
        QVERIFY(spentBefore != Money());
        QSignalSpy status(&view, &AuditTrailView::statusMessage);
        test::answerNextMessageBox(QMessageBox::Yes, &question);
        view.removeImportButton()->click();
        QCOMPARE(importBatches(m_doc->store()).size(), before.size() - 1);
        QCOMPARE(m_doc->ledgerTotals().total, spentBefore - demoImport.total);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().at(0).toString().contains(demoImport.fileName));
        // The trail shows the removal with what was removed, not the import any more.
        QTRY_VERIFY(rowOf(QStringLiteral("Ledger import removed")) >= 0);
        QCOMPARE(rowOf(QStringLiteral("Ledger import")), -1);
        const int removedRow = rowOf(QStringLiteral("Ledger import removed"));
        QCOMPARE(rows->index(removedRow, AuditTrailModel::BeforeColumn).data(AuditTrailModel::SortRole).toLongLong(),
                 demoImport.total.ore());
        view.table()->setCurrentIndex(rows->index(removedRow, 0));
        QVERIFY(!view.removeImportButton()->isEnabled());
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void everyInteractiveWidgetIsNamed()
    {
        AuditTrailView audit(*m_doc);
        audit.show();
        QVERIFY_EVERY_CONTROL_NAMED(&audit);
    }

private:
    Id m_utv = NoId;
    Id m_intervention = NoId;
};

QTEST_MAIN(TestAuditTrailView)
#include "test_audittrailview.moc"
