#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "budget/moneygrid.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
constexpr double CellPadding = 4.0;
} // namespace

void yearGrid(PackDocument &doc, PackContext &context, const MoneyGrid &grid, int firstYear,
              const QString &rowHeader)
{
    const int years = grid.columnCount();
    auto amount = [&](Money m) { return m.format(context.locale, Money::Style::Plain); };
    // The rows with money in the years shown, their totals, and the widest amount.
    std::vector<int> rowsShown;
    for (int r = 0; r < grid.rowCount(); ++r) {
        for (int c = 0; c < years; ++c) {
            if (grid.cell(r, c) != Money()) {
                rowsShown.push_back(r);
                break;
            }
        }
    }
    if (rowsShown.empty() || years == 0) {
        doc.paragraph(Tr::tr("Nothing is allocated in the years covered."));
        return;
    }
    const QFontMetricsF bold(doc.font(8.5, true));
    double amountWidth = bold.horizontalAdvance(amount(grid.total()));
    for (int r : rowsShown)
        amountWidth = std::max(amountWidth, bold.horizontalAdvance(amount(grid.rowTotal(r))));
    amountWidth = std::max(amountWidth, bold.horizontalAdvance(QStringLiteral("0000"))) + 2 * CellPadding + 6;
    const double labelWidth = std::clamp(doc.width() * 0.26, 150.0, 260.0);
    // As many years per table as fit beside the labels (and the Total column).
    const int perTable = std::max(1, int((doc.width() - labelWidth - amountWidth) / amountWidth));
    const int tables = (years + perTable - 1) / perTable;
    const int each = (years + tables - 1) / tables; // even chunks: 15 years in 5+5+5, not 6+6+3
    for (int first = 0; first < years; first += each) {
        const int last = std::min(years, first + each) - 1;
        const bool withTotal = last == years - 1;
        QList<PackDocument::Column> columns{{rowHeader, labelWidth}};
        for (int c = first; c <= last; ++c)
            columns.push_back({grid.columns().value(c, QString::number(firstYear + c)), amountWidth, true});
        if (withTotal)
            columns.push_back({Tr::tr("Total"), amountWidth, true});
        QList<QStringList> rows;
        for (int r : rowsShown) {
            QStringList row{grid.rows()[std::size_t(r)].label};
            for (int c = first; c <= last; ++c)
                row << amount(grid.cell(r, c));
            if (withTotal)
                row << amount(grid.rowTotal(r));
            rows << row;
        }
        QStringList totals{Tr::tr("Total")};
        for (int c = first; c <= last; ++c)
            totals << amount(grid.columnTotal(c));
        if (withTotal)
            totals << amount(grid.total());
        rows << totals;
        if (tables > 1)
            doc.paragraph(Tr::tr("Budget years %1–%2").arg(firstYear + first).arg(firstYear + last), 9.5, true, 4);
        double used = 0;
        for (const PackDocument::Column &c : columns)
            used += c.percent;
        doc.table(columns, rows, true, std::min(100.0, 100.0 * used / doc.width()));
    }
}

} // namespace horisont::sections
