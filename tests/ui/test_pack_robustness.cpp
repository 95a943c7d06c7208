// The figure engines, the spreadsheet exports and every PDF pack on plans no
// version of Horisont writes, but a file edited behind its back can hold
// (sqlite3 with foreign keys off): items deleted while allocations,
// responsibilities and links still point at them, enum values out of range,
// years no date has, and texts of a million characters. The loader is to
// refuse most of that; what draws and sums must not crash on it anyway. The
// damage is made in memory, as the store loads a plan, so that it reaches
// the engines whatever the loader will check.
#include "budget/budgetreport.h"
#include "budget/followupreport.h"
#include "budget/monthlyactuals.h"
#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/exportgrids.h"
#include "export/xlsxexport.h"
#include "model/schema.h"
#include "report/packdocument.h"
#include "report/pdfpack.h"
#include "uitestsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

#include <climits>

using namespace horisont;

namespace {

/// Replaces the plan in memory (not the file) with `records`, as the store's loader does.
void reload(Plan &plan, const QList<Record> &records)
{
    plan.beginLoad();
    for (const Record &r : records)
        withKind(r.kind, [&]<class T>() { plan.loadEntity(fromRecord<T>(r)); });
    plan.endLoad();
}

QList<Record> without(const QList<Record> &records, const QList<EntityKind> &gone)
{
    QList<Record> kept;
    for (const Record &r : records) {
        if (!gone.contains(r.kind))
            kept << r;
    }
    return kept;
}

/// Every enum field of every record set to `value`, a responsibility's role to `role`.
QList<Record> withEnumsOutOfRange(QList<Record> records, int value, int role)
{
    for (Record &r : records) {
        const KindInfo &info = kindInfo(r.kind);
        for (int f = 0; f < info.fields.size() && f < r.values.size(); ++f) {
            if (info.fields[f].type == FieldType::Enum)
                r.values[f] = r.kind == EntityKind::Responsibility && info.fields[f].name == QLatin1String("role") ? role
                                                                                                                   : value;
        }
    }
    return records;
}

Money allocatedIn(const Plan &plan, int firstYear, int lastYear)
{
    Money sum;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.year >= firstYear && a.year <= lastYear)
            sum += a.amount;
    }
    return sum;
}

Money spentInAllYears(const MonthlyActualsIndex &monthly)
{
    Money sum;
    for (int year = monthly.years().first; year <= monthly.years().second; ++year)
        sum += monthly.totalIn(year);
    return sum;
}

QStringList labelsOf(const MoneyGrid &grid)
{
    QStringList labels;
    for (const MoneyGrid::Row &row : grid.rows())
        labels << row.label;
    return labels;
}

} // namespace

class TestPackRobustness : public test::DemoQtTest
{
    Q_OBJECT

    QList<Record> m_demo;

    /// Every engine on the damaged plan: the money they show still adds up
    /// to what the plan and the ledger hold.
    void expectFiguresHold()
    {
        const Plan &plan = m_doc->plan();
        const MonthlyActualsIndex monthly = MonthlyActualsIndex::load(m_doc->store());
        const Money spent = spentInAllYears(monthly);
        for (BudgetDimension d : {BudgetDimension::Source, BudgetDimension::Organisation, BudgetDimension::Intervention}) {
            const MoneyGrid byYear = allocationsByYear(plan, d, 2018, 2032);
            QCOMPARE(byYear.total(), allocatedIn(plan, 2018, 2032));
            const MoneyGrid vs = budgetVsActual(plan, ActualsIndex::fromMonthly(monthly, d), d);
            QCOMPARE(vs.columnTotal(0), allocatedIn(plan, INT_MIN, INT_MAX));
            QCOMPARE(vs.columnTotal(1), spent);
            const FollowUpGrid followUp = budgetFollowUp(plan, monthly, d, FollowUpGrain::Month, 2018, 2032, QLocale::c());
            QVERIFY(followUp.grid.rowCount() >= 0);
        }
        GridSource source(*m_doc);
        const std::vector<ExportTable> tables = buildExportGrids(source);
        QCOMPARE(tables.size(), exportGrids().size());
        QString error;
        QVERIFY2(writeXlsx(m_dir->filePath(QStringLiteral("grids.xlsx")), tables, &error), qPrintable(error));
        for (const ExportTable &table : tables)
            QVERIFY2(writeCsv(m_dir->filePath(table.name + QStringLiteral(".csv")), table, QLocale(), &error),
                     qPrintable(error));
    }

    void expectPacksRender()
    {
        for (PdfPackOptions::Pack pack :
             {PdfPackOptions::Pack::Steering, PdfPackOptions::Pack::Controller, PdfPackOptions::Pack::Full}) {
            PdfPackOptions options;
            options.pack = pack;
            options.language = QStringLiteral("en");
            options.exportDate = QDate(2026, 11, 25);
            PdfPack pdf(*m_doc, options);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageLayout(options.pageLayout());
            writer.setResolution(150);
            QVERIFY(pdf.render(&writer));
            QVERIFY(pdf.pageCount() > 0);
        }
    }
    void prepare() override
    {
        m_demo = m_doc->plan().snapshot();
    }

private Q_SLOTS:
    void everyFundingSourceGone()
    {
        reload(m_doc->plan(), without(m_demo, {EntityKind::FundingSource}));
        QVERIFY(!m_doc->plan().all<Allocation>().empty());
        const MoneyGrid grid = allocationsByYear(m_doc->plan(), BudgetDimension::Source, 2018, 2032);
        QVERIFY2(labelsOf(grid).join(QLatin1Char('|')).contains(QStringLiteral("(unknown, id ")),
                 qPrintable(labelsOf(grid).join(QLatin1Char('|'))));
        expectFiguresHold();
        expectPacksRender();
    }

    void everyOrganisationGone()
    {
        reload(m_doc->plan(), without(m_demo, {EntityKind::Organisation}));
        expectFiguresHold();
        expectPacksRender();
    }

    void everyParentGone()
    {
        // What refers to something keeps referring to nothing.
        reload(m_doc->plan(),
               without(m_demo, {EntityKind::Decision, EntityKind::Organisation, EntityKind::Area, EntityKind::Phase,
                                EntityKind::Problem, EntityKind::Goal, EntityKind::Intervention,
                                EntityKind::FundingSource, EntityKind::Indicator}));
        expectFiguresHold();
        expectPacksRender();
    }

    void enumValuesOutOfRange()
    {
        reload(m_doc->plan(), withEnumsOutOfRange(m_demo, -5, 99));
        QCOMPARE(int(m_doc->plan().all<Responsibility>().begin()->role), 99);
        expectFiguresHold();
        expectPacksRender();
        reload(m_doc->plan(), withEnumsOutOfRange(m_demo, 1000, -5));
        expectPacksRender();
    }

    void yearsNoDateHas()
    {
        QList<Record> records = m_demo;
        int changed = 0;
        for (Record &r : records) {
            if (r.kind != EntityKind::Allocation && r.kind != EntityKind::Forecast)
                continue;
            const int year = kindInfo(r.kind).fieldIndex(QStringLiteral("year"));
            r.values[year] = changed++ % 2 ? INT_MAX : -5;
            if (changed == 4)
                break;
        }
        reload(m_doc->plan(), records);
        QElapsedTimer timer;
        timer.start();
        expectFiguresHold();
        expectPacksRender();
        QVERIFY2(timer.elapsed() < 60000, "a year of 2^31 made columns without end");
    }

    void aMillionCharactersAreElidedBeforeLayout()
    {
        const QString huge(1'000'000, QLatin1Char('x'));
        QFont font(QStringLiteral("DejaVu Sans"));
        QElapsedTimer timer;
        timer.start();
        PackDocument doc(QSizeF(700, 1000), font);
        doc.heading(huge);
        doc.paragraph(huge);
        doc.table({{QStringLiteral("Narrow"), 10}, {QStringLiteral("Wide"), 90}}, {{huge, huge}, {huge, QString()}});
        QImage page(700, 1000, QImage::Format_ARGB32);
        QPainter painter(&page);
        for (int i = 0; i < doc.pageCount(); ++i)
            doc.paintPage(&painter, i);
        painter.end();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        // Each block is cut to what fits its share of a page; a row is never cut across pages.
        QVERIFY2(doc.pageCount() <= 4, qPrintable(QString::number(doc.pageCount())));
    }
};

QTEST_MAIN(TestPackRobustness)
#include "test_pack_robustness.moc"
