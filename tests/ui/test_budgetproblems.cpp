// The budget checks in the problems panel: a real ledger export imported into
// the demo plan puts spending beyond its allocation and rows outside their
// source's period in the list, each naming its item; activating a row selects
// that item. Offscreen, on a real plan file.
#include "ledger/import/ledgerimport.h"
#include "models/problemsmodel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/problemsview.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace horisont;

class TestBudgetProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void budgetFindingsAppearAfterAnImportAndGoToTheirItem()
    {
        QTemporaryDir dir;
        auto doc = test::createDemo(dir);
        QVERIFY(doc);
        PlanSelection selection;
        ProblemsModel problems(*doc);
        ProblemsView view(problems, selection);
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 0);

        // 30 000 kr more on the evaluation (7180) in 2020, and a UTV row before UTV's period.
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(test::writeFile(path, "Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\r\n"
                                      "93001;1;2020-11-05;6420;1100;2750;BRA;7180;30 000,00;Konsult UCER, tillägg\r\n"
                                      "93002;1;2019-12-30;5090;1100;2750;UTV;7180;1 000,00;Före perioden\r\n"));
        const ImportResult imported = LedgerImport::import(*doc, path, ImportOptions{});
        QVERIFY2(imported.ok, qPrintable(imported.error));

        ProblemsModel *model = view.model();
        auto rowOf = [&](const char *code) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->findingAt(r).code == QLatin1String(code))
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY(rowOf("spending-over-allocation") >= 0);
        QVERIFY(rowOf("organisation-spending-over-allocation") >= 0);
        QVERIFY(rowOf("transactions-outside-source-period") >= 0);

        const Finding spending = model->findingAt(rowOf("spending-over-allocation"));
        const Intervention *evaluation = doc->plan().find<Intervention>(spending.id);
        QVERIFY(evaluation);
        QCOMPARE(evaluation->code, QStringLiteral("7180"));
        const int row = rowOf("spending-over-allocation");
        QCOMPARE(model->index(row, ProblemsModel::Item).data().toString(),
                 QStringLiteral("Intervention: %1").arg(evaluation->name));
        QVERIFY(model->index(row, ProblemsModel::Problem).data().toString().contains(QStringLiteral("2020")));

        // Activating the source's row goes to the funding source.
        QSignalSpy goTo(&view, &ProblemsView::goToItem);
        view.setFilter(ProblemsView::Filter::All);
        QTableView *table = view.table();
        const int sourceRow = rowOf("transactions-outside-source-period");
        const Id source = model->findingAt(sourceRow).id;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, ProblemsModel::Problem);
            if (index.data().toString() == model->index(sourceRow, ProblemsModel::Problem).data().toString()) {
                view.activate(index);
                break;
            }
        }
        QCOMPARE(goTo.count(), 1);
        QCOMPARE(selection.kind(), EntityKind::FundingSource);
        QCOMPARE(selection.id(), source);
    }
};

QTEST_MAIN(TestBudgetProblems)
#include "test_budgetproblems.moc"
