#include "models/exporttablemodel.h"

namespace horisont {

void ExportTableModel::setTable(ExportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ExportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ExportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant ExportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_table.rows.size())
        return {};
    const auto &row = m_table.rows[std::size_t(index.row())];
    if (std::size_t(index.column()) >= row.size())
        return {};
    const ExportCell &cell = row[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell, QLocale());
    case Qt::TextAlignmentRole:
        if (std::holds_alternative<Money>(cell) || std::holds_alternative<qint64>(cell))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ExportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.header.size())
        return m_table.header.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace horisont
