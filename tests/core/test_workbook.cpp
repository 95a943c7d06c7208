// The workbook read back from its XLSX: every follow-up sheet has its totals
// where the window's Budget against actual has them — the whole range as the
// last column group, the totals row last — and the tertial sheets hold the
// tertials of every year, adding up to the whole range.
#include "testsupport.h"
#include "xlsxcells.h"

#include "export/exportgrids.h"
#include "export/xlsxexport.h"

#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

/// One sheet's non-empty cells by (row, column), both from 1.
using Cells = QMap<QPair<int, int>, QString>;

/// The cells of every sheet of a workbook, by sheet name.
QMap<QString, Cells> readBack(const QString &path)
{
    QString error;
    const QString text = test::xlsxCells(path, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    QMap<QString, Cells> sheets;
    QString sheet;
    static const QRegularExpression ref(QStringLiteral("^([A-Z]+)([0-9]+)\t(.*)$"));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('['))) {
            sheet = line.mid(1, line.size() - 2);
            continue;
        }
        const QRegularExpressionMatch m = ref.match(line);
        if (!m.hasMatch())
            continue;
        int column = 0;
        for (QChar c : m.captured(1))
            column = column * 26 + (c.unicode() - 'A' + 1);
        sheets[sheet][{m.captured(2).toInt(), column}] = m.captured(3);
    }
    return sheets;
}

int lastRow(const Cells &cells)
{
    int last = 0;
    for (auto it = cells.begin(); it != cells.end(); ++it)
        last = std::max(last, it.key().first);
    return last;
}

int lastColumn(const Cells &cells)
{
    int last = 0;
    for (auto it = cells.begin(); it != cells.end(); ++it)
        last = std::max(last, it.key().second);
    return last;
}

/// A cell's amount: a number as written, or a formula's cached result. A
/// spreadsheet number is a double ("644771.4300000001"): read to the öre.
Money amountOf(const QString &cell)
{
    static const QRegularExpression cached(QStringLiteral("\\[(.*)\\]$"));
    const QRegularExpressionMatch m = cached.match(cell);
    const QString number = m.hasMatch() ? m.captured(1) : cell;
    const std::optional<Money> amount = Money::parse(QString::number(number.toDouble(), 'f', 2), QLatin1Char('.'));
    EXPECT_TRUE(amount) << cell.toStdString();
    return amount.value_or(Money());
}

} // namespace

TEST(Workbook, FollowUpSheetsPutTheirTotalsLastAsTheWindowDoesAndTertialsAddUp)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const Money allocated =
        Money::fromOre(test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM allocation")).toLongLong());
    const Money spent = Money::fromOre(
        test::sqlite3(doc->path(), QStringLiteral("SELECT sum(amount) FROM ledger_transaction")).toLongLong());
    const QString path = dir.filePath(QStringLiteral("grids.xlsx"));
    GridSource source(*doc);
    QString error;
    ASSERT_TRUE(writeXlsx(path, buildExportGrids(source), &error)) << error.toStdString();
    const QMap<QString, Cells> sheets = readBack(path);
    ASSERT_EQ(sheets.size(), qsizetype(exportGrids().size()));

    for (const char *title :
         {"Follow-up by year, source", "Follow-up by year, organisation", "Follow-up by year, intervention",
          "Tertial follow-up, source", "Tertial follow-up, organisation", "Tertial follow-up, intervention"}) {
        SCOPED_TRACE(title);
        ASSERT_TRUE(sheets.contains(QString::fromLatin1(title)));
        const Cells &cells = sheets[QString::fromLatin1(title)];
        const int columns = lastColumn(cells), rows = lastRow(cells);
        const bool tertials = QByteArray(title).startsWith("Tertial");
        // The periods first — T1 of the first year leads a tertial sheet — and the whole range last.
        EXPECT_EQ(cells.value({1, 2}),
                  tertials ? QStringLiteral("Allocated T1 2018") : QStringLiteral("Allocated 2018"));
        EXPECT_EQ(cells.value({1, columns - 2}), QStringLiteral("Allocated Total"));
        EXPECT_EQ(cells.value({1, columns - 1}), QStringLiteral("Spent Total"));
        EXPECT_EQ(cells.value({1, columns}), QStringLiteral("Variance Total"));
        // The totals row last, summing the rows above as formulas.
        EXPECT_EQ(cells.value({rows, 1}), QStringLiteral("Total"));
        EXPECT_TRUE(cells.value({rows, columns - 2}).startsWith(QStringLiteral("=SUM(")))
            << cells.value({rows, columns - 2}).toStdString();
        EXPECT_EQ(amountOf(cells.value({rows, columns - 2})), allocated);
        EXPECT_EQ(amountOf(cells.value({rows, columns - 1})), spent);
        // Every row's periods add up to its whole range.
        for (int r = 2; r <= rows; ++r) {
            Money periodsAllocated, periodsSpent;
            for (int c = 2; c < columns - 2; c += 3) {
                periodsAllocated += amountOf(cells.value({r, c}));
                periodsSpent += amountOf(cells.value({r, c + 1}));
            }
            EXPECT_EQ(periodsAllocated, amountOf(cells.value({r, columns - 2}))) << cells.value({r, 1}).toStdString();
            EXPECT_EQ(periodsSpent, amountOf(cells.value({r, columns - 1}))) << cells.value({r, 1}).toStdString();
        }
        // Three tertials for each year of the year sheets.
        const int yearGroups = (lastColumn(sheets[QStringLiteral("Follow-up by year, source")]) - 1) / 3 - 1;
        EXPECT_EQ((columns - 1) / 3 - 1, tertials ? 3 * yearGroups : yearGroups);
    }
}
