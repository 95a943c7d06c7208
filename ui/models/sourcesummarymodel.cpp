#include "models/sourcesummarymodel.h"

#include "model/codedname.h"

#include "plan/plan.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace horisont {

SourceSummaryModel::SourceSummaryModel(const Plan &plan, QObject *parent)
    : QAbstractTableModel(parent), m_plan(plan), m_rollup(plan)
{
    rebuild();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::FundingSource) {
            const int row = int(std::lower_bound(m_sources.begin(), m_sources.end(), id) - m_sources.begin());
            beginInsertRows({}, row, row);
            m_sources.insert(m_sources.begin() + row, id);
            endInsertRows();
        }
    });
    connect(&plan, &Plan::aboutToRemove, this, [this](EntityKind kind, Id id) {
        if (kind != EntityKind::FundingSource)
            return;
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_sources.erase(m_sources.begin() + row);
        endRemoveRows();
    });
    connect(&plan, &Plan::changed, this, [this](EntityKind kind, Id id, int) {
        if (kind == EntityKind::FundingSource)
            announce(id);
    });
    connect(&m_rollup, &AllocationRollup::changed, this, [this](Id, Id, Id source) { announce(source); });
}

void SourceSummaryModel::rebuild()
{
    m_sources.clear();
    for (const FundingSource &s : m_plan.all<FundingSource>())
        m_sources.push_back(s.id);
    std::sort(m_sources.begin(), m_sources.end());
}

void SourceSummaryModel::announce(Id source)
{
    const int row = rowOf(source);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SourceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id SourceSummaryModel::sourceAt(int row) const
{
    return row >= 0 && row < int(m_sources.size()) ? m_sources[std::size_t(row)] : NoId;
}

int SourceSummaryModel::rowOf(Id source) const
{
    const auto it = std::lower_bound(m_sources.begin(), m_sources.end(), source);
    return it == m_sources.end() || *it != source ? -1 : int(it - m_sources.begin());
}

QVariant SourceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FundingSource *s = m_plan.find<FundingSource>(sourceAt(index.row()));
    if (!s)
        return {};
    const Money allocated = m_rollup.forSource(s->id);
    std::optional<Money> amount;
    switch (index.column()) {
    case CeilingColumn:
        amount = s->ceiling;
        break;
    case AllocatedColumn:
        amount = allocated;
        break;
    case LeftColumn:
        if (s->ceiling)
            amount = *s->ceiling - allocated;
        break;
    default:
        break;
    }
    const bool over = index.column() == LeftColumn && amount && amount->isNegative();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == SourceColumn)
            return codedName(*s);
        if (!amount)
            return tr("no ceiling");
        return amount->format(QLocale());
    case Qt::ToolTipRole:
        if (over)
            return tr("%1 is allocated beyond its ceiling by %2.").arg(s->name, (-*amount).format(QLocale()));
        return {};
    case AmountRole:
        return amount ? QVariant(qlonglong(amount->ore())) : QVariant();
    case Qt::TextAlignmentRole:
        return int((index.column() == SourceColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (over)
            return QColor(183, 28, 28); // red: beyond the ceiling
        return {};
    default:
        return {};
    }
}

QVariant SourceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Funding source");
    case CeilingColumn:
        return tr("Ceiling");
    case AllocatedColumn:
        return tr("Allocated");
    case LeftColumn:
        return tr("Left (ceiling − allocated)");
    default:
        return {};
    }
}

} // namespace horisont
