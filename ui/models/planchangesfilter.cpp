#include "models/planchangesfilter.h"

#include "models/planchangesmodel.h"

namespace horisont {

void PlanChangesFilter::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    invalidateFilter();
}

void PlanChangesFilter::setGroup(std::optional<PlanChange::Group> group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void PlanChangesFilter::setKind(std::optional<EntityKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool PlanChangesFilter::acceptsChange(const QModelIndex &sourceIndex) const
{
    if (m_group && sourceIndex.data(PlanChangesModel::GroupRole).toInt() != int(*m_group))
        return false;
    if (m_kind && sourceIndex.data(PlanChangesModel::KindRole).toInt() != int(*m_kind))
        return false;
    return m_text.isEmpty() || sourceIndex.data(PlanChangesModel::SearchTextRole).toString().contains(m_text);
}

bool PlanChangesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (sourceParent.isValid())
        return acceptsChange(index);
    // A group: shown while one of its changes is.
    if (m_group && index.data(PlanChangesModel::GroupRole).toInt() != int(*m_group))
        return false;
    const int changes = source->rowCount(index);
    for (int row = 0; row < changes; ++row) {
        if (acceptsChange(source->index(row, 0, index)))
            return true;
    }
    return false;
}

int PlanChangesFilter::shownChangeCount() const
{
    int count = 0;
    for (int group = 0; group < rowCount(); ++group)
        count += rowCount(index(group, 0));
    return count;
}

QVariant PlanChangesFilter::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && isFiltering() && index.column() == 0 && !index.parent().isValid()) {
        const QModelIndex source = mapToSource(index);
        return tr("%1 (%2 of %3)")
            .arg(source.data(PlanChangesModel::GroupTitleRole).toString())
            .arg(rowCount(index))
            .arg(sourceModel()->rowCount(source));
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace horisont
