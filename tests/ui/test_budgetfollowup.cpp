// The budget follow-up view on the demo plan with the real 2023 ledger
// sample imported while the view is open (the ledger is read on a worker
// thread, also when the view is closed mid-read): totals shown to the öre, grain and
// dimension switches, a forecast typed in and undone, the grant state, and
// charts whose series hold exactly the numbers of the tables beside them.
#include "budget/forecastreport.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "ledger/import/csvreader.h"
#include "ledger/import/ledgerimport.h"
#include "models/forecastmodel.h"
#include "models/moneygridmodel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "versions/planversions.h"
#include "views/budgetfollowupview.h"
#include "charts/followupcharts.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QChart>
#include <QFontMetrics>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QAbstractProxyModel>
#include <QLineEdit>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace horisont;

namespace {
const QString sample = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");
const Money sampleTotal = Money::fromOre(82'720'973);

int columnHeaded(const QAbstractItemModel *model, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == header)
            return c;
    return -1;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

Money oreAt(const QAbstractItemModel *model, int row, int column)
{
    return Money::fromOre(model->index(row, column).data(MoneyGridModel::OreRole).toLongLong());
}

/// The sum of a chart's values in öre: the chart plots kronor, so each value is rounded back.
qint64 ore(double kronor)
{
    return qRound64(kronor * 100.0);
}
} // namespace

class TestBudgetFollowUp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    std::unique_ptr<PlanSelection> selection;
    std::unique_ptr<BudgetFollowUpView> view;

    Id utv() const
    {
        for (const FundingSource &s : doc->plan().all<FundingSource>())
            if (s.code == QLatin1String("UTV")) return s.id;
        return NoId;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir.isValid());
        doc = test::createDemo(dir, QStringLiteral("followup-%1.horisont").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(doc);
        selection = std::make_unique<PlanSelection>();
        view = std::make_unique<BudgetFollowUpView>(*doc, *selection);
        view->resize(1200, 700);
        view->show();
        // Imported while the view is open: the view reads spending again.
        const ImportResult r = LedgerImport::import(*doc, sample, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.total, sampleTotal);
        QTRY_VERIFY(!view->isReadingLedger());
        view->refreshNow();
    }

    void cleanup()
    {
        view.reset();
        selection.reset();
        doc.reset();
    }

    void totalsShowTheSampleInEveryGrainAndDimension()
    {
        choose(view->year(), 2023);
        const QString spentText = sampleTotal.format(QLocale());
        for (int grain = 0; grain < 3; ++grain) {
            view->grain()->setCurrentIndex(grain);
            for (int dimension = 0; dimension < 3; ++dimension) {
                view->dimension()->setCurrentIndex(dimension);
                view->refreshNow();
                MoneyGridModel *model = view->followUpModel();
                const QString period = grain == 0 ? QStringLiteral("2023") : QStringLiteral("Total");
                const int spent = columnHeaded(model, period + QStringLiteral("\nSpent"));
                QVERIFY2(spent > 0, qPrintable(period));
                const int totals = model->totalsRow();
                QCOMPARE(model->index(totals, 0).data().toString(), QStringLiteral("Total"));
                QCOMPARE(model->index(totals, spent).data().toString(), spentText);
                QCOMPARE(oreAt(model, totals, spent), sampleTotal);
                // The view shows one column group per period and one for the total.
                QCOMPARE(model->columnCount(), 1 + 4 * (grain == 0 ? 1 : grain == 1 ? 4 : 13));
            }
        }
        const auto *shown = qobject_cast<const QAbstractProxyModel *>(view->followUpTable()->model());
        QVERIFY(shown);
        QCOMPARE(shown->sourceModel(), view->followUpModel());
    }

    // Scrolled fully right, each row's label is still at the table's left
    // edge: wide tables (all years, tertials, the grants) keep their labels.
    void rowLabelsStayInViewWhenScrolledRight()
    {
        view->resize(1024, 600);
        const auto labelsStay = [](QTableView *table, const MoneyGridModel *model) {
            QTRY_VERIFY(table->isVisible());
            QScrollBar *bar = table->horizontalScrollBar();
            QVERIFY2(bar->maximum() > 0, "the table should be wider than the window");
            bar->setValue(bar->maximum());
            QApplication::processEvents();
            QHeaderView *labels = table->verticalHeader();
            QVERIFY(labels->isVisible());
            QVERIFY(labels->width() > table->fontMetrics().averageCharWidth() * 8);
            QVERIFY(labels->mapTo(table, QPoint(0, 0)).x() <= table->frameWidth());
            // What is painted at x≈0 on the first row is that row's label.
            QCOMPARE(labels->logicalIndexAt(QPoint(2, labels->sectionViewportPosition(0) + 2)), 0);
            QCOMPARE(table->model()->headerData(0, Qt::Vertical).toString(), model->index(0, 0).data().toString());
            QVERIFY(!model->index(0, 0).data().toString().isEmpty());
            // The first amount column has scrolled away; the label has not.
            QVERIFY(table->columnViewportPosition(0) < 0);
        };
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Actuals);
        choose(view->year(), 0); // all years
        view->grain()->setCurrentIndex(0);
        view->refreshNow();
        labelsStay(view->followUpTable(), view->followUpModel());
        choose(view->year(), 2023);
        view->grain()->setCurrentIndex(1); // tertials
        view->refreshNow();
        labelsStay(view->followUpTable(), view->followUpModel());
        view->resize(700, 600);
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Grants);
        labelsStay(view->grantTable(), view->grantModel());
    }

    void overspendingIsRedAndCarriesItsSign()
    {
        choose(view->year(), 2023);
        view->grain()->setCurrentIndex(2); // month: the even share of a year against a month's invoices
        view->dimension()->setCurrentIndex(0);
        view->refreshNow();
        MoneyGridModel *model = view->followUpModel();
        int negatives = 0;
        for (int c = 1; c < model->columnCount(); ++c) {
            if (!model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().endsWith(QStringLiteral("Variance")))
                continue;
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, c);
                if (oreAt(model, r, c).isNegative()) {
                    ++negatives;
                    QVERIFY(index.data().toString().startsWith(QLatin1Char('-')));
                    QVERIFY(index.data(Qt::ForegroundRole).isValid());
                } else {
                    QVERIFY(!index.data(Qt::ForegroundRole).isValid());
                }
            }
        }
        QVERIFY(negatives > 0);
        // % used is a ratio of the two amounts beside it.
        const int used = columnHeaded(model, QStringLiteral("Total\n% used"));
        QVERIFY(used > 0);
        QVERIFY(model->index(model->totalsRow(), used).data().toString().endsWith(QLatin1Char('%')));
    }

    void anAllocationEditUpdatesTheGridFromMemory()
    {
        choose(view->year(), 2023);
        view->grain()->setCurrentIndex(0);
        view->dimension()->setCurrentIndex(0);
        view->refreshNow();
        MoneyGridModel *model = view->followUpModel();
        const int allocated = columnHeaded(model, QStringLiteral("2023\nAllocated"));
        const Money before = oreAt(model, model->totalsRow(), allocated);
        const Allocation *a = nullptr;
        for (const Allocation &x : doc->plan().all<Allocation>())
            if (x.year == 2023) { a = &x; break; }
        QVERIFY(a);
        const Money newAmount = a->amount + Money::fromKronor(1000);
        QVERIFY(doc->execute(commands::setField(*doc, EntityKind::Allocation, a->id, QStringLiteral("amount"),
                                                qlonglong(newAmount.ore()))));
        QCoreApplication::processEvents(); // the view recomputes once per event-loop pass
        QCOMPARE(oreAt(model, model->totalsRow(), allocated), before + Money::fromKronor(1000));
        doc->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(oreAt(model, model->totalsRow(), allocated), before);
    }

    void theDecidedBudgetStandsBesideTheAllocationOnceAVersionIsDecided()
    {
        choose(view->year(), 2023);
        view->grain()->setCurrentIndex(0);
        view->dimension()->setCurrentIndex(0);
        view->refreshNow();
        MoneyGridModel *model = view->followUpModel();
        QVERIFY(!view->showDecided()->isEnabled()); // no decided version yet
        QCOMPARE(model->columnCount(), 1 + 4);
        const int allocated = columnHeaded(model, QStringLiteral("2023\nAllocated"));
        const Money before = oreAt(model, model->totalsRow(), allocated);

        QString error;
        QVERIFY2(planversions::freeze(*doc, QStringLiteral("Budget 2023"),
                                      {QStringLiteral("Kommunfullmäktige"), QDate(2022, 11, 21), QStringLiteral("KF 2022/90")},
                                      QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        doc->versionsWereChanged();
        QCoreApplication::processEvents();
        view->refreshNow();
        QVERIFY(view->showDecided()->isEnabled());
        QCOMPARE(model->columnCount(), 1 + 6);
        const int decided = columnHeaded(model, QStringLiteral("2023\nDecided («Budget 2023»)"));
        const int change = columnHeaded(model, QStringLiteral("2023\nAllocated − decided"));
        QVERIFY(decided > 0 && change > 0);
        QCOMPARE(oreAt(model, model->totalsRow(), decided), before);
        QCOMPARE(oreAt(model, model->totalsRow(), change), Money());

        // An allocation raised after the decision: the change shows beside the decided amount.
        const Allocation *a = nullptr;
        for (const Allocation &x : doc->plan().all<Allocation>())
            if (x.year == 2023) { a = &x; break; }
        QVERIFY(a);
        QVERIFY(doc->execute(commands::setField(*doc, EntityKind::Allocation, a->id, QStringLiteral("amount"),
                                                qlonglong((a->amount + Money::fromKronor(2500)).ore()))));
        QCoreApplication::processEvents();
        QCOMPARE(oreAt(model, model->totalsRow(), decided), before);
        QCOMPARE(oreAt(model, model->totalsRow(), allocated), before + Money::fromKronor(2500));
        QCOMPARE(oreAt(model, model->totalsRow(), change), Money::fromKronor(2500));

        // Hidden on request.
        view->showDecided()->setChecked(false);
        QCOMPARE(model->columnCount(), 1 + 4);
    }

    void aFigureTooLargeToComputeIsSaidNotThrown()
    {
        // 999 rows just under the bound of one amount, in January: the
        // ledger stays within what it may hold (10^16 kr), but the run-rate
        // of one completed month (× 12) passes 64 bits. Before, the view
        // wrapped it into a wrong figure (or threw through the event loop).
        const QByteArray today = qgetenv("HORISONT_TODAY");
        qputenv("HORISONT_TODAY", "2026-02-15");
        QByteArray csv = "Ver.nr;Rad;Datum;Belopp;Ansvar;Projekt\n";
        for (int i = 1; i <= 999; ++i)
            csv += QByteArray::number(i) + ";1;2026-01-15;9999999999999,00;1100;7100\n";
        const QString huge = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const ImportResult r = LedgerImport::import(*doc, huge, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY(!view->isReadingLedger());
        QSignalSpy messages(view.get(), &BudgetFollowUpView::statusMessage);
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Forecasts);
        choose(view->forecastScope(), qlonglong(NoId));
        view->refreshNow();
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("too large")),
                 qPrintable(messages.last().at(0).toString()));
        // The rest of the view goes on: the other tabs show their figures.
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Grants);
        view->refreshNow();
        QVERIFY(view->isVisible());
        qputenv("HORISONT_TODAY", today);
    }

    void aTypedForecastIsOneUndoableCommand()
    {
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Forecasts);
        choose(view->forecastScope(), qlonglong(utv()));
        ForecastModel *model = view->forecastModel();
        int row2023 = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ForecastModel::Year).data().toString() == QLatin1String("2023")) row2023 = r;
        QVERIFY(row2023 >= 0);
        QVERIFY(model->index(row2023, ForecastModel::Forecast).data().toString().isEmpty());

        // Typed into the table as a user does: select the cell, type, Enter.
        QTableView *table = view->forecastTable();
        view->activateWindow();
        table->setFocus();
        table->setCurrentIndex(model->index(row2023, ForecastModel::Forecast));
        QTest::keyClicks(table, QStringLiteral("1")); // the first key opens the editor
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral(" 250 000"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        const Forecast *f = findForecast(doc->plan(), utv(), 2023);
        QVERIFY(f);
        QCOMPARE(f->amount, Money::fromKronor(1'250'000));
        QTRY_COMPARE(model->index(row2023, ForecastModel::Forecast).data().toString(),
                     Money::fromKronor(1'250'000).format(QLocale()));
        bool onDisk = false;
        for (const Record &record : test::diskSnapshot(doc->path()))
            onDisk = onDisk || (record.kind == EntityKind::Forecast && record.id == f->id);
        QVERIFY(onDisk);
        QVERIFY(doc->undoStack()->canUndo());

        doc->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(!findForecast(doc->plan(), utv(), 2023));
        QVERIFY(model->index(row2023, ForecastModel::Forecast).data().toString().isEmpty());

        // 2023 has ended (today is 2026-11-25): the suggestion is what was spent, and the button takes it.
        QCOMPARE(model->table().years[std::size_t(row2023)].basis, ForecastBasis::Actual);
        const Money suggestion = Money::fromOre(model->index(row2023, ForecastModel::Suggestion).data(ForecastModel::OreRole).toLongLong());
        QCOMPARE(suggestion, Money::fromOre(model->index(row2023, ForecastModel::Spent).data(ForecastModel::OreRole).toLongLong()));
        table->setCurrentIndex(model->index(row2023, ForecastModel::Suggestion));
        QTest::mouseClick(view->takeSuggestionButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(findForecast(doc->plan(), utv(), 2023));
        QCOMPARE(findForecast(doc->plan(), utv(), 2023)->amount, suggestion);
        doc->undoStack()->undo();
        QVERIFY(!findForecast(doc->plan(), utv(), 2023));
    }

    void grantStateShowsCeilingAndWhatIsLeft()
    {
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Grants);
        MoneyGridModel *model = view->grantModel();
        int row = -1;
        for (int r = 0; r < model->grid().rowCount(); ++r)
            if (model->grid().rows()[std::size_t(r)].id == utv()) row = r;
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 1).data().toString(), Money::fromKronor(6'000'000).format(QLocale()));
        QCOMPARE(model->index(row, 2).data().toString(), Money::fromKronor(5'700'000).format(QLocale()));
        QCOMPARE(model->index(row, 8).data().toString(), QStringLiteral("ended")); // UTV ran to 2025-12-31
        // Grants and ceiling-less budgets are not summed: no totals row.
        QCOMPARE(model->totalsRow(), -1);
        QCOMPARE(model->rowCount(), int(doc->plan().all<FundingSource>().size()));
    }

    void chartsHoldTheNumbersOfTheirTables()
    {
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Charts);
        FollowUpCharts *charts = view->charts();

        // Allocations stacked by source, spending as a line.
        QChart *allocations = charts->chart(FollowUpCharts::Allocations);
        QCOMPARE(allocations->series().size(), 2);
        auto *bars = qobject_cast<QStackedBarSeries *>(allocations->series().at(0));
        auto *spent = qobject_cast<QLineSeries *>(allocations->series().at(1));
        QVERIFY(bars && spent);
        MoneyGridModel *table = charts->model(FollowUpCharts::Allocations);
        QCOMPARE(bars->count(), table->grid().rowCount());
        qint64 barSum = 0, tableSum = 0;
        for (QBarSet *set : bars->barSets())
            for (int i = 0; i < set->count(); ++i) barSum += ore(set->at(i));
        for (int c = 1; c < table->columnCount(); ++c)
            tableSum += oreAt(table, table->totalsRow(), c).ore();
        QCOMPARE(barSum, tableSum);
        qint64 lineSum = 0, spentSum = 0;
        for (const QPointF &p : spent->points()) lineSum += ore(p.y());
        for (int c = 1; c < table->columnCount(); ++c)
            spentSum += oreAt(table, table->totalsRow() + 1, c).ore();
        QCOMPARE(lineSum, spentSum);
        QCOMPARE(spentSum, doc->ledgerTotals().total.ore());
        // Years after this one (the tests' today is 2026-11-25) have not happened:
        // no spending point on the line and "–", no amount, in the table.
        const int current = int(table->grid().columns().indexOf(QStringLiteral("2026")));
        QVERIFY(current >= 0 && current + 1 < table->grid().columnCount());
        QCOMPARE(spent->count(), current + 1);
        for (const QPointF &p : spent->points())
            QVERIFY(p.x() <= current);
        const int spendingRow = table->totalsRow() + 1;
        QCOMPARE(table->index(spendingRow, current + 1).data().toString(),
                 Money::fromOre(oreAt(table, spendingRow, current + 1).ore()).format(QLocale()));
        QCOMPARE(table->index(spendingRow, current + 2).data().toString(), QStringLiteral("–"));
        QVERIFY(!table->index(spendingRow, current + 2).data(MoneyGridModel::OreRole).isValid());

        // Cumulative spending of the chosen grant: the last point is the table's last cumulative amount.
        choose(charts->grant(), qlonglong(utv()));
        QChart *grant = charts->chart(FollowUpCharts::Grant);
        auto *cumulative = qobject_cast<QLineSeries *>(grant->series().at(0));
        QVERIFY(cumulative);
        MoneyGridModel *grantTable = charts->model(FollowUpCharts::Grant);
        QCOMPARE(cumulative->count(), grantTable->columnCount() - 1);
        QCOMPARE(ore(cumulative->points().last().y()), oreAt(grantTable, 1, grantTable->columnCount() - 1).ore());
        QCOMPARE(grant->series().size(), 2); // and the ceiling

        // Variance per organisation.
        choose(charts->varianceYear(), 2023);
        QChart *variance = charts->chart(FollowUpCharts::Variance);
        auto *hbars = qobject_cast<QHorizontalStackedBarSeries *>(variance->series().at(0));
        QVERIFY(hbars);
        MoneyGridModel *varianceTable = charts->model(FollowUpCharts::Variance);
        qint64 chartVariance = 0;
        for (QBarSet *set : hbars->barSets())
            for (int i = 0; i < set->count(); ++i) chartVariance += ore(set->at(i));
        QCOMPARE(chartVariance, oreAt(varianceTable, varianceTable->totalsRow(), 3).ore());
        QCOMPARE(oreAt(varianceTable, varianceTable->totalsRow(), 2), sampleTotal);

        // The amounts along the bottom stay readable however narrow the window: their
        // labels fit side by side in the plot, and the last has room beyond its end.
        charts->tabs()->setCurrentIndex(FollowUpCharts::Variance);
        for (int width : {1200, 640}) {
            view->resize(width, 600);
            QTest::qWait(100); // the axis is fitted after the chart's layout
            QCategoryAxis *amounts = nullptr;
            for (QAbstractAxis *axis : variance->axes(Qt::Horizontal))
                amounts = qobject_cast<QCategoryAxis *>(axis);
            QVERIFY(amounts);
            const QFontMetrics metrics(amounts->labelsFont());
            int widest = 0;
            for (const QString &label : amounts->categoriesLabels())
                widest = std::max(widest, metrics.horizontalAdvance(label));
            QVERIFY2(amounts->count() >= 3, qPrintable(QString::number(width)));
            QVERIFY2(amounts->count() * widest <= variance->plotArea().width(),
                     qPrintable(amounts->categoriesLabels().join(QLatin1Char(' '))));
            QVERIFY(variance->margins().right() >= widest / 2);
        }
        view->resize(1200, 700);
    }

    void theLedgerIsReadInTheBackgroundBehindABusyIndicator()
    {
        BudgetFollowUpView fresh(*doc, *selection);
        fresh.show();
        QSignalSpy read(&fresh, &BudgetFollowUpView::ledgerRead);
        // The constructor returned without reading: the read ends on a later event-loop pass.
        QVERIFY(fresh.isReadingLedger());
        QVERIFY(fresh.ledgerBusyIndicator()->isVisible());
        QCOMPARE(fresh.followUpModel()->grid().rowCount(), 0); // no grid that says nothing was spent
        QVERIFY(read.wait(10000));
        QVERIFY(!fresh.isReadingLedger());
        QVERIFY(!fresh.ledgerBusyIndicator()->isVisible());
        choose(fresh.year(), 2023);
        fresh.refreshNow();
        choose(view->year(), 2023);
        view->refreshNow();
        MoneyGridModel *model = fresh.followUpModel();
        QCOMPARE(oreAt(model, model->totalsRow(), columnHeaded(model, QStringLiteral("2023\nSpent"))),
                 oreAt(view->followUpModel(), view->followUpModel()->totalsRow(),
                       columnHeaded(view->followUpModel(), QStringLiteral("2023\nSpent"))));

        // An import reads the ledger again, in the background too.
        doc->ledgerChanged();
        QVERIFY(fresh.isReadingLedger());
        QVERIFY(fresh.ledgerBusyIndicator()->isVisible());
        QVERIFY(read.wait(10000));
        QVERIFY(!fresh.ledgerBusyIndicator()->isVisible());
    }

    void closingTheViewWhileItReadsTheLedgerIsSafe()
    {
        for (int i = 0; i < 5; ++i) {
            auto closing = std::make_unique<BudgetFollowUpView>(*doc, *selection);
            QVERIFY(closing->isReadingLedger());
            if (i % 2)
                doc->ledgerChanged(); // a second read queued behind the first
            closing.reset();
            QTest::qWait(20); // any "done" the worker posted must not reach the dead view
        }
        // The plan is still there and another view reads it.
        BudgetFollowUpView after(*doc, *selection);
        QTRY_VERIFY(!after.isReadingLedger());
        QVERIFY(after.followUpModel()->grid().rowCount() > 0);
    }

    void exportWritesTheTableShown()
    {
        choose(view->year(), 2023);
        view->grain()->setCurrentIndex(0);
        view->dimension()->setCurrentIndex(0);
        view->refreshNow();
        QVERIFY(view->exportButton()->isEnabled());
        const QString csvPath = dir.filePath(QStringLiteral("shown.csv"));
        QString error;
        QVERIFY2(view->exportTo(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QStringList> records;
        CsvError csvError;
        CsvFormat format;
        QVERIFY(CsvReader::read(
            csv.readAll(), CsvOptions{QLatin1Char(';'), std::nullopt},
            [&](const CsvRecord &r) {
                records << r.fields;
                return true;
            },
            &format, &csvError));
        MoneyGridModel *model = view->followUpModel();
        QCOMPARE(records.size(), model->rowCount() + 1); // the header and every row shown
        QCOMPARE(records[0].size(), model->columnCount());
        const int spent = records[0].indexOf(QStringLiteral("2023 Spent"));
        QVERIFY2(spent > 0, qPrintable(records[0].join(QLatin1Char('|'))));
        QCOMPARE(records.last().value(0), QStringLiteral("Total"));
        QCOMPARE(Money::parse(records.last().value(spent), QLatin1Char('.')), std::optional<Money>(oreAt(model, model->totalsRow(), spent)));
        QCOMPARE(records.last().value(model->columnCount() - 1), model->index(model->totalsRow(), model->columnCount() - 1).data().toString());

        view->tabs()->setCurrentIndex(BudgetFollowUpView::Grants);
        const QString xlsx = dir.filePath(QStringLiteral("grants.xlsx"));
        QVERIFY2(view->exportTo(xlsx, &error), qPrintable(error));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(4) == "PK\x03\x04");

        // The charts have their own tables beside them, but no grid of the view's to export.
        view->tabs()->setCurrentIndex(BudgetFollowUpView::Charts);
        QVERIFY(!view->exportButton()->isEnabled());
        QVERIFY(!view->exportTo(dir.filePath(QStringLiteral("charts.csv")), &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("charts.csv"))));
    }

    void everyControlHasAnAccessibleName()
    {
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            view->tabs()->setCurrentIndex(tab);
            QVERIFY_EVERY_CONTROL_NAMED(view.get());
        }
    }
};

QTEST_MAIN(TestBudgetFollowUp)
#include "test_budgetfollowup.moc"
