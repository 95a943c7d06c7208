#pragma once

#include "edit/allocationcommands.h"
#include "model/funding.h"
#include "model/ids.h"
#include "models/allocationdecisions.h"
#include "models/allocationgridrows.h"
#include "models/allocationpivot.h"

#include <QAbstractTableModel>
#include <QList>

namespace horisont {

class PlanDocument;

/// The allocation pivot: rows by intervention (or by organisation), one
/// column per budget year of the programme's horizon, one funding source or
/// all of them, with a total column and a total row.
///
/// Editing a cell sets the money of the allocations behind it as one
/// undoable command (see allocations::setCell), carrying the reason set with
/// setReason() into the change log (the next edit only). The model follows the plan's change
/// signals allocation by allocation: one edit updates one cell and its
/// totals, never a full pass.
class AllocationGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Rows = AllocationGridRows::Grouping;
    using Decided = AllocationDecisions::State;
    enum Role {
        DecidedRole = Qt::UserRole + 1, ///< int(Decided) of a cell
        AmountRole, ///< the cell's sum in öre (qlonglong)
    };

    explicit AllocationGridModel(PlanDocument &document, QObject *parent = nullptr);

    void setRows(Rows rows);
    Rows rows() const { return m_rows.grouping(); }
    /// NoId shows every source.
    void setSource(Id source);
    Id source() const { return m_source; }
    /// Written to the change log with the next edit made through the model,
    /// which then forgets it (reasonUsed): a reason belongs to one change.
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

    int firstYear() const { return m_pivot.firstYear(); }
    int lastYear() const { return m_pivot.lastYear(); }
    int yearAt(int column) const; ///< 0 for the total column
    int columnOfYear(int year) const;
    bool isTotalRow(int row) const { return row == totalRow(); }
    bool isTotalColumn(int column) const { return column == totalColumn(); }
    int totalRow() const { return m_rows.count(); }
    int totalColumn() const { return lastYear() - firstYear() + 1; }
    /// The intervention or organisation of a row; NoId for "not assigned" and the total.
    Id rowEntity(int row) const;
    int rowOf(Id entity) const { return m_rows.rowOf(entity); }
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
    /// An edit carried the reason into the change log; the model has forgotten it.
    void reasonUsed();

private:
    void rebuild();
    void reset();
    bool inYears(int year) const { return m_pivot.inYears(year); }

    void add(Id allocation, bool announce);
    void subtract(Id allocation, bool announce);
    void announce(const AllocationPivot::Cell &cell);
    /// The "not assigned" row exists only while it holds something.
    void setUnassignedRowShown(bool shown);

    void onInserted(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id, int field);
    void resortRows();

    bool refuse(const QString &message);

    PlanDocument &m_document;
    AllocationGridRows m_rows; ///< rows before the total
    Id m_source = NoId;
    QString m_reason;
    AllocationPivot m_pivot; ///< the allocations shown
    QString m_lastError;
};

} // namespace horisont
