// Golden files for what the demo plan exports: every budget grid as CSV,
// the workbook's cells, and the text of the steering and controller packs
// (pdftotext -layout; the controller pack without its audit trail, which
// names the clock time and the account that made the demo). An unintended change of a figure or a word fails
// with a diff against tests/data/golden/; HORISONT_UPDATE_GOLDEN=1 rewrites
// the files instead (see the README's testing section).
//
// The demo is made by the real executable (`horisont new --demo umea`) and
// every command runs on the fixed day HORISONT_TODAY=2026-11-25, so the
// packs' "today", current phase and dates do not move with the calendar.
#include "golden.h"
#include "testsupport.h"
#include "xlsxcells.h"

#include "export/exportgrids.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const char *const Day = "2026-11-25";

#define EXPECT_MATCHES_GOLDEN(name, actual)                                                            \
    do {                                                                                               \
        const QString difference_ = test::compareWithGolden(name, actual);                             \
        EXPECT_TRUE(difference_.isEmpty()) << difference_.toStdString();                               \
    } while (false)

class Golden : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        qputenv("HORISONT_TODAY", Day); // the executable reads it through runHorisont's environment
        dir = new QTemporaryDir;
        plan = dir->filePath(QStringLiteral("umea.horisont"));
        const test::ProcessResult r = test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"),
                                                         QStringLiteral("umea"), plan});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }

    /// Runs an export of the demo into `file` and returns the file's path.
    static QString exported(const QStringList &command, const QString &file)
    {
        const QString path = dir->filePath(file);
        const test::ProcessResult r = test::runHorisont(command + QStringList{plan, QStringLiteral("-o"), path});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return path;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// A pack's text as pdftotext lays it out.
    static QByteArray packText(const QString &pack, const QString &language, const QStringList &options = {})
    {
        const QString pdf = exported(QStringList{QStringLiteral("export-pdf"), QStringLiteral("--pack"), pack,
                                                 QStringLiteral("--lang"), language} + options,
                                     QStringLiteral("%1-%2.pdf").arg(pack, language));
        const test::ProcessResult text =
            test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
        return test::goldenText(text.out);
    }

    static QTemporaryDir *dir;
    static QString plan;
};
QTemporaryDir *Golden::dir = nullptr;
QString Golden::plan;

TEST_F(Golden, EveryCsvGridOfTheDemo)
{
    for (const QString &grid : exportGridNames()) {
        SCOPED_TRACE(grid.toStdString());
        const QString csv = exported({QStringLiteral("export-csv"), QStringLiteral("--grid"), grid,
                                      QStringLiteral("--lang"), QStringLiteral("sv")},
                                     grid + QStringLiteral(".csv"));
        EXPECT_MATCHES_GOLDEN(QStringLiteral("csv/%1.csv").arg(grid), bytes(csv));
    }
}

TEST_F(Golden, TheWorkbooksCells)
{
    const QString xlsx = exported({QStringLiteral("export-xlsx"), QStringLiteral("--lang"), QStringLiteral("sv")},
                                  QStringLiteral("grids.xlsx"));
    QString error;
    const QString cells = test::xlsxCells(xlsx, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_MATCHES_GOLDEN(QStringLiteral("workbook-sv.txt"), cells.toUtf8());
}

TEST_F(Golden, TheSteeringPackInSwedishAndEnglish)
{
    EXPECT_MATCHES_GOLDEN(QStringLiteral("steering-sv.txt"), packText(QStringLiteral("steering"), QStringLiteral("sv")));
    EXPECT_MATCHES_GOLDEN(QStringLiteral("steering-en.txt"), packText(QStringLiteral("steering"), QStringLiteral("en")));
}

TEST_F(Golden, TheControllerPack)
{
    // Without its audit trail: that lists when and by whom the demo was made
    // (the clock and the account that ran the test); test_audittrail covers it.
    const QStringList figures{QStringLiteral("--sections"),
                              QStringLiteral("cover,summary,sources,allocations,actuals,forecast")};
    EXPECT_MATCHES_GOLDEN(QStringLiteral("controller-sv.txt"),
                          packText(QStringLiteral("controller"), QStringLiteral("sv"), figures));
}

TEST_F(Golden, AChangedFigureShowsAsADiff)
{
    if (test::updatingGoldens())
        GTEST_SKIP() << "rewriting the golden files";
    QByteArray changed = packText(QStringLiteral("steering"), QStringLiteral("sv"));
    ASSERT_TRUE(changed.contains("6 000 000")) << "the demo's grant no longer shows";
    changed.replace("6 000 000", "6 000 001");
    const QString difference = test::compareWithGolden(QStringLiteral("steering-sv.txt"), changed);
    EXPECT_TRUE(difference.contains(QStringLiteral("+")) && difference.contains(QStringLiteral("6 000 001")))
        << difference.toStdString();
    EXPECT_TRUE(difference.contains(QStringLiteral("HORISONT_UPDATE_GOLDEN=1"))) << difference.toStdString();
}

} // namespace
