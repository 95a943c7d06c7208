#pragma once

#include "model/ids.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace horisont {

class Plan;
class PlanDocument;

/// A table whose rows are the entities of one kind, optionally only those a
/// filter accepts, in id order or in an order of the subclass's choosing.
/// Rows follow the plan one insertion, removal or move at a time, never by
/// a reset except when the whole plan is replaced, so that views keep their
/// selection and scroll position through every edit and its undo.
/// Subclasses provide the columns: columnCount, data and, for editing,
/// setData and flags with the helpers below.
class EntityRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Whether an entity of the model's kind is a row.
    using RowFilter = std::function<bool(Id)>;
    /// Whether the first entity's row comes before the second's.
    using RowOrder = std::function<bool(Id, Id)>;

    EntityRowsModel(PlanDocument &document, EntityKind kind, QObject *parent = nullptr);
    /// A filtered model starts empty: its filter usually reads the
    /// subclass's own state, which does not exist yet while this base is
    /// constructed. refilter() fills it once that state is set.
    EntityRowsModel(PlanDocument &document, EntityKind kind, RowFilter filter, RowOrder order,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

    EntityKind kind() const { return m_kind; }
    /// NoId for a row outside the table (e.g. an invalid index's -1).
    Id idAt(int row) const;
    /// -1 when the entity is not a row.
    int rowOf(Id id) const;
    /// Why the last setData() was refused; empty when it was not.
    QString lastError() const { return m_lastError; }

protected:
    /// How an entity of another kind changed, for cells that show more
    /// than their row's own entity. Removed comes after the removal.
    enum class Change { Inserted, Removed, Edited };

    PlanDocument &document() const { return m_document; }
    const Plan &plan() const;
    const std::vector<Id> &ids() const { return m_ids; }

    /// Replaces the rows by those the filter accepts now (after its scope
    /// changed) as one removal and one insertion.
    void refilter();

    /// The entity of `row` changed in `field`; the row is already where the
    /// order wants it. By default the whole row is announced as changed.
    virtual void rowChanged(int row, int field);
    /// `field` is only meaningful for Change::Edited.
    virtual void otherEntityChanged(EntityKind kind, Id id, Change change, int field);
    /// The whole plan is being replaced: inside the reset, before the rows
    /// reload, so that caches and the filter's scope can follow first.
    virtual void reloading() {}

    /// Flags for an editable cell (editable only while the document is writable).
    Qt::ItemFlags editableFlags(const QModelIndex &index, bool editable = true) const;
    /// The checks every setData starts with; clears lastError().
    bool startEdit(const QModelIndex &index, int role, bool editable = true);
    /// Sets one field as one undoable command; false with lastError() set.
    bool setField(Id id, const QString &field, const QVariant &value);
    /// Refuses an edit for `reason`; returns false for setData to return.
    bool refuse(const QString &reason);

private:
    bool before(Id a, Id b) const;
    std::vector<Id> load() const;
    void insertRow(Id id);
    void removeRow(int row);
    int placeRow(int row);
    void onChanged(EntityKind kind, Id id, int field);

    PlanDocument &m_document;
    EntityKind m_kind;
    RowFilter m_filter;
    RowOrder m_order;
    std::vector<Id> m_ids; ///< the rows, sorted by before()
    QString m_lastError;
};

} // namespace horisont
