#include "models/tableexport.h"

#include <QAbstractItemModel>

namespace horisont {

ExportTable tableAsShown(const QAbstractItemModel &model, int oreRole, bool lastRowIsTotals)
{
    ExportTable table;
    for (int c = 0; c < model.columnCount(); ++c)
        table.header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().replace(QLatin1Char('\n'),
                                                                                               QLatin1Char(' '));
    for (int r = 0; r < model.rowCount(); ++r) {
        std::vector<ExportCell> row;
        row.reserve(std::size_t(model.columnCount()));
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant ore = index.data(oreRole);
            const QString text = index.data(Qt::DisplayRole).toString();
            if (ore.isValid())
                row.emplace_back(Money::fromOre(ore.toLongLong()));
            else if (text.isEmpty())
                row.emplace_back(std::monostate());
            else
                row.emplace_back(text);
        }
        table.rows.push_back(std::move(row));
    }
    table.totalsRow = lastRowIsTotals && !table.rows.empty();
    return table;
}

} // namespace horisont
