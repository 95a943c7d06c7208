#include "models/indicatortablemodel.h"

#include <QLocale>

namespace horisont {

IndicatorTableModel::IndicatorTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void IndicatorTableModel::setChartData(const IndicatorChartData &data)
{
    beginResetModel();
    m_header = QStringList{tr("Year")};
    for (const IndicatorSeries::Series &series : data.actual)
        m_header << series.name;
    m_header << data.targetLabel << data.baselineLabel;
    m_years = data.years();
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_years.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const IndicatorSeries::Year &year = m_years[index.row()];
    if (index.column() == 0)
        return QString::number(year.year);
    const int series = index.column() - 1;
    const std::optional<double> value = series < year.values.size()    ? year.values[series]
                                        : series == year.values.size() ? year.target
                                                                       : year.baseline;
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QStringLiteral("–");
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_header.size())
        return m_header[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace horisont
