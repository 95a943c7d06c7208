#include "export/exporttable.h"

#include "budget/moneygrid.h"

#include <QCoreApplication>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Export)
};
} // namespace

ExportTable tableFromGrid(const MoneyGrid &grid, const QString &labelHeader, TotalsColumn totalsColumn)
{
    const bool withTotalsColumn = totalsColumn == TotalsColumn::Yes;
    ExportTable table;
    table.header << labelHeader << grid.columns();
    if (withTotalsColumn)
        table.header << Tr::tr("Total");
    table.totalsRow = true;
    table.totalsColumn = withTotalsColumn;
    for (int r = 0; r < grid.rowCount(); ++r) {
        std::vector<ExportCell> row{grid.rows()[std::size_t(r)].label};
        for (Money m : grid.rows()[std::size_t(r)].cells)
            row.emplace_back(m);
        if (withTotalsColumn)
            row.emplace_back(grid.rowTotal(r));
        table.rows.push_back(std::move(row));
    }
    std::vector<ExportCell> totals{Tr::tr("Total")};
    for (int c = 0; c < grid.columnCount(); ++c)
        totals.emplace_back(grid.columnTotal(c));
    if (withTotalsColumn)
        totals.emplace_back(grid.total());
    table.rows.push_back(std::move(totals));
    return table;
}

QString cellText(const ExportCell &cell, const QLocale &locale)
{
    return std::visit(
        [&](const auto &value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, QString>)
                return value;
            else if constexpr (std::is_same_v<T, Money>)
                return value.format(locale);
            else if constexpr (std::is_same_v<T, QDate>)
                return value.toString(Qt::ISODate);
            else
                return QString::number(value); // a year reads 2025, not 2 025
        },
        cell);
}

} // namespace horisont
