#pragma once

#include "export/exporttable.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace horisont {

/// A table core built (ExportTable) shown read-only: each cell as a person
/// reads it (cellText), amounts and numbers right-aligned.
class ExportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

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
