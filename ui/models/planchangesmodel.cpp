#include "models/planchangesmodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace horisont {

PlanChangesModel::PlanChangesModel(QObject *parent) : QAbstractItemModel(parent) {}

void PlanChangesModel::setComparison(const PlanComparison &comparison, const Plan &before, const Plan &after)
{
    beginResetModel();
    m_groups.clear();
    m_firstRow.clear();
    m_changeCount = int(comparison.changes.size());
    // The comparison lists its changes by group already: one run per group.
    for (const PlanChange &change : comparison.changes) {
        if (m_groups.empty() || m_groups.back().group != change.group)
            m_groups.push_back({change.group, changeGroupTitle(change.group), {}});
        GroupRows &group = m_groups.back();
        Row row{change, changeTexts(change, before, after), {}};
        row.search = QStringList{row.texts.item, row.texts.kind, row.texts.field, row.texts.before, row.texts.after}
                         .join(QLatin1Char('\n'))
                         .toLower();
        const std::pair<int, Id> item{int(change.kind), change.id};
        if (!m_firstRow.contains(item)) // selecting the item finds its first change
            m_firstRow.insert(item, {int(m_groups.size()) - 1, int(group.rows.size())});
        group.rows.push_back(std::move(row));
    }
    endResetModel();
}

const PlanChangesModel::GroupRows *PlanChangesModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRowId)
        return nullptr;
    return &m_groups[std::size_t(index.internalId() - 1)];
}

const PlanChange *PlanChangesModel::changeAt(const QModelIndex &index) const
{
    const GroupRows *group = groupOf(index);
    return group ? &group->rows[std::size_t(index.row())].change : nullptr;
}

QModelIndex PlanChangesModel::indexOf(EntityKind kind, Id id) const
{
    const auto it = m_firstRow.constFind({int(kind), id});
    if (it == m_firstRow.cend())
        return {};
    return createIndex(it->second, 0, quintptr(it->first + 1));
}

QList<PlanChange::Group> PlanChangesModel::groups() const
{
    QList<PlanChange::Group> groups;
    for (const GroupRows &group : m_groups)
        groups << group.group;
    return groups;
}

QList<EntityKind> PlanChangesModel::kinds() const
{
    QList<EntityKind> kinds;
    for (const GroupRows &group : m_groups) {
        for (const Row &row : group.rows) {
            if (!kinds.contains(row.change.kind))
                kinds << row.change.kind;
        }
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

QModelIndex PlanChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[std::size_t(parent.row())].rows.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int PlanChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return 0;
    return int(m_groups[std::size_t(parent.row())].rows.size());
}

int PlanChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PlanChangesModel::shiftText(qint64 days)
{
    if (days == 0)
        return {};
    // A true minus sign, as core writes shifts.
    return (days > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + QLocale().toString(days > 0 ? days : -days);
}

QVariant PlanChangesModel::groupData(const GroupRows &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == ItemColumn ? tr("%1 (%2)").arg(group.title).arg(group.rows.size()) : QVariant();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case GroupRole:
        return int(group.group);
    case IsGroupRole:
        return true;
    case GroupTitleRole:
        return group.title;
    default:
        return {};
    }
}

QVariant PlanChangesModel::changeData(const Row &row, int column, int role) const
{
    const ChangeTexts &texts = row.texts;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case ItemColumn: return texts.item;
        case KindColumn: return texts.kind;
        case FieldColumn: return texts.field;
        case BeforeColumn: return texts.before;
        case AfterColumn: return texts.after;
        case ShiftColumn: return role == Qt::ToolTipRole ? texts.shift : shiftText(row.change.shiftDays);
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ShiftColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case GroupRole:
        return int(row.change.group);
    case IsGroupRole:
        return false;
    case KindRole:
        return int(row.change.kind);
    case IdRole:
        return QVariant::fromValue(row.change.id);
    case ShiftDaysRole:
        return QVariant::fromValue(row.change.shiftDays);
    case SearchTextRole:
        return row.search;
    default:
        return {};
    }
}

QVariant PlanChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const GroupRows *group = groupOf(index))
        return changeData(group->rows[std::size_t(index.row())], index.column(), role);
    return groupData(m_groups[std::size_t(index.row())], index.column(), role);
}

QVariant PlanChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == ShiftColumn && role == Qt::ToolTipRole)
        return tr("How many days the item moved (by its end); positive is later");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ItemColumn: return tr("Item");
    case KindColumn: return tr("Kind");
    case FieldColumn: return tr("Field");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case ShiftColumn: return tr("Days");
    case ColumnCount: break;
    }
    return {};
}

} // namespace horisont
