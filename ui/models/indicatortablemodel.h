#pragma once

#include "charts/indicatorchartpainter.h"

#include <QAbstractTableModel>

namespace horisont {

/// The indicator chart's numbers as a table, beside the chart and for a
/// screen reader: a row per year (IndicatorSeries::years), a column per
/// series (the whole municipality first), then the target and the baseline.
/// "–" where the chart draws nothing. Read-only.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setChartData(const IndicatorChartData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<IndicatorSeries::Year> m_years;
};

} // namespace horisont
