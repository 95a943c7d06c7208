#include "models/moneygridmodel.h"

#include "budget/followupreport.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace horisont {

QList<MoneyGridModel::Column> MoneyGridModel::amountColumns(const MoneyGrid &grid)
{
    QList<Column> columns;
    for (int c = 0; c < grid.columnCount(); ++c)
        columns.append({Column::Amount, grid.columns().at(c), c});
    return columns;
}

MoneyGridModel::MoneyGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void MoneyGridModel::setGrid(const MoneyGrid &grid, const QList<Column> &columns, const QString &labelHeader)
{
    beginResetModel();
    m_grid = grid;
    m_columns = columns;
    m_labelHeader = labelHeader;
    endResetModel();
}

int MoneyGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount() + (m_totals ? 1 : 0) + m_extra.rowCount();
}

int MoneyGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString MoneyGridModel::formatPercent(double percent)
{
    return tr("%1%").arg(QLocale().toString(percent, 'f', 1));
}

std::optional<Money> MoneyGridModel::amountAt(int row, const Column &column) const
{
    auto cell = [&](int gridColumn) -> Money {
        if (row < m_grid.rowCount())
            return m_grid.cell(row, gridColumn);
        if (m_totals && row == m_grid.rowCount())
            return m_grid.columnTotal(gridColumn);
        const int extra = row - m_grid.rowCount() - (m_totals ? 1 : 0);
        return gridColumn < m_extra.columnCount() ? m_extra.cell(extra, gridColumn) : Money();
    };
    if (column.type == Column::Amount && column.gridColumn >= 0)
        return cell(column.gridColumn);
    if (column.type == Column::Percent)
        return cell(column.spentColumn); // the numerator, for OreRole
    return std::nullopt;
}

QString MoneyGridModel::displayText(int row, int column) const
{
    if (column == 0) {
        if (row < m_grid.rowCount())
            return m_grid.rows()[std::size_t(row)].label;
        if (m_totals && row == m_grid.rowCount())
            return tr("Total");
        return m_extra.rows()[std::size_t(row - m_grid.rowCount() - (m_totals ? 1 : 0))].label;
    }
    const Column &c = m_columns.at(column - 1);
    switch (c.type) {
    case Column::Amount:
        if (isBlank(row, c.gridColumn))
            return QStringLiteral("–");
        if (const auto amount = amountAt(row, c))
            return amount->format(QLocale());
        return {};
    case Column::Percent: {
        if (row >= m_grid.rowCount() && row != totalsRow())
            return {};
        const bool total = row == totalsRow();
        const Money allocated = total ? m_grid.columnTotal(c.allocatedColumn) : m_grid.cell(row, c.allocatedColumn);
        const Money spent = total ? m_grid.columnTotal(c.spentColumn) : m_grid.cell(row, c.spentColumn);
        const auto percent = percentUsed(allocated, spent);
        return percent ? formatPercent(*percent) : QStringLiteral("–");
    }
    case Column::Text:
        if (m_text && (row < m_grid.rowCount() || row == totalsRow()))
            return m_text(row == totalsRow() ? -1 : row, column);
        return {};
    }
    return {};
}

QVariant MoneyGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool summary = row >= m_grid.rowCount();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::AccessibleTextRole:
        // "Parks and streets, Variance 2023: −12 000 kr", as a screen reader should say it.
        return column == 0 ? displayText(row, 0)
                           : tr("%1, %2: %3").arg(displayText(row, 0), m_columns.at(column - 1).header,
                                                  displayText(row, column));
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (summary) {
            QFont bold;
            bold.setBold(row == totalsRow());
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column > 0 && m_columns.at(column - 1).variance) {
            const auto amount = amountAt(row, m_columns.at(column - 1));
            if (amount && amount->isNegative())
                return QBrush(QColor(0xb0, 0x1c, 0x1c)); // dark red: readable, and the minus sign says it too
        }
        return {};
    case OreRole:
        // A blank cell (no ceiling) has no amount, not a zero one.
        if (column > 0 && m_columns.at(column - 1).type == Column::Amount
            && !isBlank(row, m_columns.at(column - 1).gridColumn))
            if (const auto amount = amountAt(row, m_columns.at(column - 1)))
                return qlonglong(amount->ore());
        return {};
    case Qt::UserRole:
        return row < m_grid.rowCount() ? QVariant(qlonglong(m_grid.rows()[std::size_t(row)].id)) : QVariant();
    }
    return {};
}

QVariant MoneyGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_labelHeader;
    return section - 1 < m_columns.size() ? m_columns.at(section - 1).header : QString();
}

} // namespace horisont
