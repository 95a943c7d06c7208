// A pack or a workbook shows the plan file in one state: an import that
// another process commits while the export reads must not make one figure
// come from before it and another from after. The import is started once
// the export has begun reading; what the export shows must equal an export
// made before the import, and one made after it must show the import.
#include "document/plandocument.h"
#include "export/exportgrids.h"
#include "report/pdfpack.h"
#include "uitestsupport.h"

#include <QFile>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <functional>
#include <memory>

using namespace horisont;

namespace {

const QString sampleLedger = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");

/// `horisont import-actuals` of the sample ledger into `plan`, in a process of its own.
class Import
{
public:
    explicit Import(const QString &plan) : m_plan(plan)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HORISONT_LANG"), QStringLiteral("en"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(HORISONT_EXECUTABLE), {QStringLiteral("import-actuals"), plan, sampleLedger});
    }

    /// Waits until the import is writing (its journal exists) or has ended,
    /// then a little longer, so that it is committing or has committed.
    void waitUntilCommitting()
    {
        const QString journal = m_plan + QStringLiteral("-journal");
        for (int i = 0; i < 1000 && !QFile::exists(journal); ++i) {
            if (m_process.waitForFinished(20))
                return;
        }
        m_process.waitForFinished(700);
    }

    bool succeeded()
    {
        m_process.waitForFinished(60000);
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
            qWarning("import: %s", m_process.readAllStandardError().constData());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

private:
    QString m_plan;
    QProcess m_process;
};

QString pdfText(const QString &pdf)
{
    return test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
}

/// The full pack of `document` as text; `whileReading` runs after the first section.
QString packText(PlanDocument &document, const QString &pdf, const std::function<void()> &whileReading = {})
{
    PdfPackOptions options;
    options.pack = PdfPackOptions::Pack::Full;
    options.language = QStringLiteral("en");
    options.exportDate = QDate(2026, 11, 25);
    PdfPack pack(document, options);
    bool started = false;
    QString error;
    const bool written = pack.exportTo(pdf, &error, [&](int, int) {
        if (!started && whileReading) {
            started = true;
            whileReading();
        }
        return true;
    });
    if (!written)
        qWarning("export: %s", qPrintable(error));
    return written ? pdfText(pdf) : QString();
}

std::vector<std::vector<std::vector<ExportCell>>> gridRows(GridSource &source)
{
    std::vector<std::vector<std::vector<ExportCell>>> rows;
    for (const ExportTable &table : buildExportGrids(source))
        rows.push_back(table.rows);
    return rows;
}

} // namespace

class TestPackSnapshot : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_plan;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto created = test::createDemo(*m_dir);
        QVERIFY(created);
        m_plan = created->path();
    }

    void aPackShowsOneStateWhileAnImportCommits()
    {
        QString error;
        auto doc = PlanDocument::open(m_plan, &error, PlanDocument::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        const QString before = packText(*doc, m_dir->filePath(QStringLiteral("before.pdf")));
        QVERIFY(!before.isEmpty());

        std::unique_ptr<Import> import;
        const QString during = packText(*doc, m_dir->filePath(QStringLiteral("during.pdf")), [&] {
            import = std::make_unique<Import>(m_plan);
            import->waitUntilCommitting();
        });
        QVERIFY(import);
        QVERIFY(import->succeeded());
        QCOMPARE(during, before);

        const QString after = packText(*doc, m_dir->filePath(QStringLiteral("after.pdf")));
        QVERIFY(!after.isEmpty());
        QVERIFY2(after != before, "the import changed nothing the pack shows: the test proves nothing");
    }

    void aWorkbookShowsOneStateWhileAnImportCommits()
    {
        QString error;
        auto doc = PlanDocument::open(m_plan, &error, PlanDocument::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        std::vector<std::vector<std::vector<ExportCell>>> before, during, after;
        {
            GridSource source(*doc);
            before = gridRows(source);
        }
        std::unique_ptr<Import> import;
        {
            GridSource source(*doc); // the snapshot starts here, before anything is read
            import = std::make_unique<Import>(m_plan);
            import->waitUntilCommitting();
            during = gridRows(source);
        }
        QVERIFY(import->succeeded());
        QVERIFY(during == before);
        {
            GridSource source(*doc);
            after = gridRows(source);
        }
        QVERIFY2(after != before, "the import changed no grid: the test proves nothing");
    }
};

QTEST_MAIN(TestPackSnapshot)
#include "test_pack_snapshot.moc"
