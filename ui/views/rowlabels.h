#pragma once

#include <QSortFilterProxyModel>

class QTableView;

namespace horisont {

/// Row labels that stay in view when a wide table scrolls sideways: the
/// table's vertical header holds them (it never scrolls right), long labels
/// are elided there and whole in the tooltip, rows are one line high.
/// The allocation grid's model gives its labels as vertical header data.
void keepRowLabelsInView(QTableView *table);

/// For a model whose first column holds the row labels: shows `model` in
/// `table` with that column moved into the vertical header (kept in view as
/// above). The other columns keep their order; rows are not sorted. Returns
/// the proxy, owned by the table.
class LabelColumnAsRowHeader : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static LabelColumnAsRowHeader *install(QTableView *table, QAbstractItemModel *model);

    explicit LabelColumnAsRowHeader(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
};

} // namespace horisont
