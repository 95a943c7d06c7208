#include "models/exporttablemodel.h"

#include <QFont>
#include <QLocale>

namespace horisont {

ExportTableModel::ExportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

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
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const std::vector<ExportCell> &row = m_table.rows[std::size_t(index.row())];
    const ExportCell cell = std::size_t(index.column()) < row.size() ? row[std::size_t(index.column())] : ExportCell();
    const auto *money = std::get_if<Money>(&cell);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(cell, QLocale());
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(m_table.header.at(index.column()), cellText(cell, QLocale()));
    case Qt::TextAlignmentRole:
        return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_table.totalsRow && index.row() == rowCount() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case OreRole:
        return money ? QVariant(qlonglong(money->ore())) : QVariant();
    default:
        return {};
    }
}

QVariant ExportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.header.size())
        return m_table.header.at(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && !m_table.rows.empty()
        && std::size_t(section) < m_table.rows.front().size()
        && std::holds_alternative<Money>(m_table.rows.front()[std::size_t(section)]))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace horisont
