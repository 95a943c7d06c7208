#pragma once

#include "budget/allocationrollup.h"
#include "model/ids.h"

#include <QAbstractTableModel>

#include <vector>

namespace horisont {

class Plan;

/// One line per funding source: its ceiling, what is allocated from it (all
/// years) and what is left (ceiling − allocated, or "no ceiling" for an
/// ordinary budget). Follows the plan allocation by allocation.
class SourceSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, CeilingColumn, AllocatedColumn, LeftColumn, ColumnCount };
    enum Role { AmountRole = Qt::UserRole + 1 }; ///< öre (qlonglong) of an amount column; null for "no ceiling"

    explicit SourceSummaryModel(const Plan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id sourceAt(int row) const;
    int rowOf(Id source) const;

private:
    void rebuild();
    void announce(Id source);

    const Plan &m_plan;
    AllocationRollup m_rollup; ///< what is allocated from each source
    std::vector<Id> m_sources;
};

} // namespace horisont
