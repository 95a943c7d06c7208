#pragma once

#include "model/enums.h"
#include "model/ids.h"
#include "models/racicellindex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace horisont {

class PlanDocument;
struct InterventionOrder;

/// The RACI matrix: one row per intervention (in phase order, then
/// intervention order), one column per organisation. A cell holds the
/// letters of the roles the organisation has on the whole intervention
/// ("A", "R, C"); responsibilities for single activities are not shown.
///
/// Editing a cell sets exactly one role (or none) for it as one undoable
/// command. The model follows the plan with fine-grained signals; the cells
/// one command touches are announced once, after the command (see flush()).
class RaciModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RaciModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Value "R", "A", "C" or "I" (or the role's full name) gives the cell
    /// exactly that role; "" (or "—") clears it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id interventionAt(int row) const;
    Id organisationAt(int column) const;
    int rowOf(Id intervention) const;
    int columnOf(Id organisation) const;
    /// The roles of a cell, in R, A, C, I order, each once.
    QList<RaciRole> rolesAt(const QModelIndex &index) const;

    /// Gives every cell exactly `role` (nullopt: no role) in one undoable
    /// command under core's RACI rule (responsibilities::setRole: making one
    /// organisation accountable takes the role from any other). Returns true
    /// when nothing needed to change; false with editRefused() when refused.
    bool setCells(const QModelIndexList &cells, std::optional<RaciRole> role);

    /// The role a user typed or chose: a letter or full name, in any case.
    static std::optional<RaciRole> roleFromText(const QString &text);

Q_SIGNALS:
    /// Why an edit was refused (core's RACI rule or the file).
    void editRefused(const QString &message);

private:
    using Cell = RaciCellIndex::Cell;

    void rebuild();
    int sortedRowFor(const InterventionOrder &key, Id skip) const;
    void resortAll();

    void onInserted(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id, int field);
    void placeResponsibility(Id id);
    void forgetResponsibility(Id id);
    void moveIntervention(Id id);

    void markDirty(const Cell &cell);
    void flush();

    PlanDocument &m_document;
    std::vector<Id> m_interventions; ///< rows, in InterventionOrder
    std::vector<Id> m_organisations; ///< columns, in id order
    RaciCellIndex m_cells;
    QSet<Cell> m_dirty; ///< cells changed since the last flush
    bool m_flushQueued = false;
};

} // namespace horisont
