#pragma once

#include "edit/allocationcommands.h"
#include "model/funding.h"
#include "model/ids.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace horisont {

class PlanDocument;

/// The allocation pivot: rows by intervention (or by organisation), one
/// column per budget year of the programme's horizon, one funding source or
/// all of them, with a total column and a total row.
///
/// Editing a cell sets the money of the allocations behind it as one
/// undoable command (see allocations::setCell), carrying the reason set with
/// setReason() into the change log. The model follows the plan's change
/// signals allocation by allocation: one edit updates one cell and its
/// totals, never a full pass.
class AllocationGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Rows { ByIntervention, ByOrganisation };
    enum class Decided { None, Partly, All };
    enum Role {
        DecidedRole = Qt::UserRole + 1, ///< int(Decided) of a cell
        AmountRole,                     ///< the cell's sum in öre (qlonglong)
    };

    explicit AllocationGridModel(PlanDocument &document, QObject *parent = nullptr);

    void setRows(Rows rows);
    Rows rows() const { return m_rows; }
    /// NoId shows every source.
    void setSource(Id source);
    Id source() const { return m_source; }
    /// Written to the change log with every edit made through the model.
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses an amount in the UI language ("150 000", "1,5 mnkr"; empty is
    /// zero) and sets the cell; a bad amount is refused (editRefused) and
    /// nothing changes.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int yearAt(int column) const; ///< 0 for the total column
    int columnOfYear(int year) const;
    bool isTotalRow(int row) const { return row == totalRow(); }
    bool isTotalColumn(int column) const { return column == totalColumn(); }
    int totalRow() const { return int(m_rowIds.size()); }
    int totalColumn() const { return m_lastYear - m_firstYear + 1; }
    /// The intervention or organisation of a row; NoId for "not assigned" and the total.
    Id rowEntity(int row) const;
    int rowOf(Id entity) const { return m_rowIndex.value(entity, -1); }
    /// The allocations behind a cell and where a new one would go.
    allocations::Cell cellAt(const QModelIndex &index) const;
    /// The allocations behind any cell, totals included (for marking them decided).
    QList<Id> allocationsAt(const QModelIndex &index) const;
    /// "P3 Trygghetsvandringar, 2024": a cell named for messages.
    QString cellName(const QModelIndex &index) const;

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// An edit was refused; the message names the cell and says why.
    void editRefused(const QString &message);

private:
    struct CellKey {
        Id row;
        int year;
        bool operator==(const CellKey &) const = default;
        friend size_t qHash(const CellKey &k, size_t seed = 0) { return qHashMulti(seed, k.row, k.year); }
    };
    struct Entry {
        CellKey cell;
        qint64 ore;
    };

    void rebuild();
    void reset();
    void sortRows();
    bool rowLess(Id a, Id b) const;
    Id rowKeyOf(const Allocation &a) const;
    bool inYears(int year) const { return year >= m_firstYear && year <= m_lastYear; }

    void add(Id allocation, bool announce);
    void subtract(Id allocation, bool announce);
    void announce(const CellKey &cell);
    void setUnassignedCount(int count);

    void onInserted(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id, int field);
    void resortRows();

    bool refuse(const QString &message);

    PlanDocument &m_document;
    Rows m_rows = Rows::ByIntervention;
    Id m_source = NoId;
    QString m_reason;
    int m_firstYear = 0;
    int m_lastYear = -1;
    std::vector<Id> m_rowIds;      ///< rows before the total; NoId is "not assigned" (last, when present)
    QHash<Id, int> m_rowIndex;
    QHash<Id, Entry> m_entries;    ///< allocation -> its cell and amount, for those shown
    QHash<CellKey, QList<Id>> m_cells;
    QHash<CellKey, qint64> m_sums;
    QHash<Id, qint64> m_rowTotals; ///< in-horizon years only, like the columns
    QHash<int, qint64> m_yearTotals;
    qint64 m_total = 0;
    int m_unassigned = 0;          ///< shown allocations in no row's entity
    QString m_lastError;
};

} // namespace horisont
