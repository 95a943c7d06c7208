#include "models/entityrowsmodel.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "edit/commands.h"

#include <algorithm>

namespace horisont {

EntityRowsModel::EntityRowsModel(PlanDocument &document, EntityKind kind, QObject *parent)
    : EntityRowsModel(document, kind, {}, {}, parent)
{
}

EntityRowsModel::EntityRowsModel(PlanDocument &document, EntityKind kind, RowFilter filter, RowOrder order,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_kind(kind), m_filter(std::move(filter)),
      m_order(std::move(order))
{
    if (!m_filter)
        m_ids = load();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        reloading();
        m_ids = load();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, [this](EntityKind kind, Id id) {
        if (kind != m_kind)
            otherEntityChanged(kind, id, Change::Inserted, -1);
        else if (!m_filter || m_filter(id))
            insertRow(id);
    });
    // Rows go before the entity does, so that whatever reacts to the
    // removal (selection, property panel) can still read it.
    connect(&plan, &Plan::aboutToRemove, this, [this](EntityKind kind, Id id) {
        const int row = kind == m_kind ? rowOf(id) : -1;
        if (row >= 0)
            removeRow(row);
    });
    // Other kinds' cells are refreshed after, when they show the plan without it.
    connect(&plan, &Plan::removed, this, [this](EntityKind kind, Id id) {
        if (kind != m_kind)
            otherEntityChanged(kind, id, Change::Removed, -1);
    });
    connect(&plan, &Plan::changed, this, &EntityRowsModel::onChanged);
}

const Plan &EntityRowsModel::plan() const
{
    return m_document.plan();
}

bool EntityRowsModel::before(Id a, Id b) const
{
    return m_order ? m_order(a, b) : a < b;
}

std::vector<Id> EntityRowsModel::load() const
{
    std::vector<Id> ids;
    withKind(m_kind, [&]<class T>() {
        for (const T &e : plan().all<T>()) {
            if (!m_filter || m_filter(e.id))
                ids.push_back(e.id);
        }
    });
    if (m_order) // the plan keeps them in id order already
        std::sort(ids.begin(), ids.end(), [this](Id a, Id b) { return before(a, b); });
    return ids;
}

int EntityRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Id EntityRowsModel::idAt(int row) const
{
    return row >= 0 && row < int(m_ids.size()) ? m_ids[std::size_t(row)] : NoId;
}

int EntityRowsModel::rowOf(Id id) const
{
    // With an order of its own, a row whose sort key has just changed is
    // out of place until placeRow(), so only a linear search finds it.
    if (m_order) {
        const auto it = std::find(m_ids.begin(), m_ids.end(), id);
        return it == m_ids.end() ? -1 : int(it - m_ids.begin());
    }
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() || *it != id ? -1 : int(it - m_ids.begin());
}

void EntityRowsModel::refilter()
{
    // Removal and insertion rather than a reset: views keep their column
    // widths and the model tester sees each step.
    if (!m_ids.empty()) {
        beginRemoveRows({}, 0, int(m_ids.size()) - 1);
        m_ids.clear();
        endRemoveRows();
    }
    std::vector<Id> ids = load();
    if (!ids.empty()) {
        beginInsertRows({}, 0, int(ids.size()) - 1);
        m_ids = std::move(ids);
        endInsertRows();
    }
}

void EntityRowsModel::insertRow(Id id)
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id, [this](Id a, Id b) { return before(a, b); });
    const int row = int(it - m_ids.begin());
    beginInsertRows({}, row, row);
    m_ids.insert(it, id);
    endInsertRows();
}

void EntityRowsModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_ids.erase(m_ids.begin() + row);
    endRemoveRows();
}

int EntityRowsModel::placeRow(int row)
{
    const Id id = m_ids[std::size_t(row)];
    const auto less = [this](Id a, Id b) { return before(a, b); };
    const auto at = m_ids.begin() + row;
    int to = row;
    if (row > 0 && before(id, *(at - 1)))
        to = int(std::lower_bound(m_ids.begin(), at, id, less) - m_ids.begin());
    else if (at + 1 != m_ids.end() && before(*(at + 1), id))
        to = int(std::lower_bound(at + 1, m_ids.end(), id, less) - m_ids.begin()) - 1; // counted without itself
    if (to == row)
        return row;
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_ids.erase(at);
    m_ids.insert(m_ids.begin() + to, id);
    endMoveRows();
    return to;
}

void EntityRowsModel::onChanged(EntityKind kind, Id id, int field)
{
    if (kind != m_kind) {
        otherEntityChanged(kind, id, Change::Edited, field);
        return;
    }
    int row = rowOf(id);
    if (m_filter) { // an edit can take an entity into the filter's scope or out of it
        const bool accepted = m_filter(id);
        if (row < 0 && accepted)
            insertRow(id);
        else if (row >= 0 && !accepted)
            removeRow(row);
        if (row < 0 || !accepted)
            return;
    }
    if (row < 0)
        return;
    if (m_order)
        row = placeRow(row);
    rowChanged(row, field);
}

void EntityRowsModel::rowChanged(int row, int)
{
    if (columnCount() > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void EntityRowsModel::otherEntityChanged(EntityKind, Id, Change, int) {}

Qt::ItemFlags EntityRowsModel::editableFlags(const QModelIndex &index, bool editable) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable && rolegate::mayChange(m_document, m_kind))
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntityRowsModel::startEdit(const QModelIndex &index, int role, bool editable)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (m_document.isReadOnly())
        return refuse(m_document.readOnlyReason());
    return true;
}

bool EntityRowsModel::setField(Id id, const QString &field, const QVariant &value)
{
    QString error;
    EditCommand *command = commands::setField(m_document, m_kind, id, field, value, &error);
    if (!command)
        return refuse(error);
    if (!m_document.execute(command))
        return refuse(m_document.lastError());
    return true;
}

bool EntityRowsModel::refuse(const QString &reason)
{
    m_lastError = reason;
    return false;
}

} // namespace horisont
