#include "views/rowlabels.h"

#include <QHeaderView>
#include <QTableView>

namespace horisont {

void keepRowLabelsInView(QTableView *table)
{
    QHeaderView *header = table->verticalHeader();
    header->show();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // At most about 40 characters: a long name must not fill a small screen.
    header->setMaximumWidth(table->fontMetrics().averageCharWidth() * 40);
    header->setTextElideMode(Qt::ElideRight);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

LabelColumnAsRowHeader *LabelColumnAsRowHeader::install(QTableView *table, QAbstractItemModel *model)
{
    auto *proxy = new LabelColumnAsRowHeader(table);
    proxy->setSourceModel(model);
    table->setModel(proxy);
    keepRowLabelsInView(table);
    return proxy;
}

LabelColumnAsRowHeader::LabelColumnAsRowHeader(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void LabelColumnAsRowHeader::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() == 0)
                    Q_EMIT headerDataChanged(Qt::Vertical, topLeft.row(), bottomRight.row());
            });
}

bool LabelColumnAsRowHeader::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn > 0;
}

QVariant LabelColumnAsRowHeader::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal || !sourceModel())
        return QSortFilterProxyModel::headerData(section, orientation, role);
    // Rows are neither sorted nor filtered: a row is its source row.
    const QModelIndex label = sourceModel()->index(section, 0);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::FontRole:
    case Qt::ForegroundRole:
        return label.data(role);
    case Qt::ToolTipRole: {
        const QVariant tip = label.data(role);
        return tip.isValid() ? tip : label.data(Qt::DisplayRole);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace horisont
