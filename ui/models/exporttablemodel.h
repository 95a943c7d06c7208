#pragma once

#include "export/exporttable.h"

#include <QAbstractTableModel>

namespace horisont {

/// Shows a table that core made for the spreadsheet writers (ExportTable)
/// as it will be exported: the same header, rows and totals row, amounts
/// formatted for the UI language and right-aligned, years and counts as
/// plain numbers, dates as ISO dates. Read-only.
class ExportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// A cell's exact amount in öre (qlonglong); the same role as MoneyGridModel::OreRole.
    static constexpr int OreRole = Qt::UserRole + 1;

    explicit ExportTableModel(QObject *parent = nullptr);

    void setTable(ExportTable table);
    const ExportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ExportTable m_table;
};

} // namespace horisont
