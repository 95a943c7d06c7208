#pragma once

#include "model/ids.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace horisont {

class PlanDocument;

/// Any one kind of entity as a table with chosen fields as columns, shown
/// as the property panel shows them. Rows follow the plan's inserts and
/// removals one by one; editing happens in the property panel.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    EntityTableModel(PlanDocument &document, EntityKind kind, const QStringList &fields, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    EntityKind kind() const { return m_kind; }
    Id idAt(int row) const { return m_ids.at(std::size_t(row)); }
    int rowOf(Id id) const;

private:
    QString text(Id id, int column) const;

    PlanDocument &m_document;
    EntityKind m_kind;
    QStringList m_fields;
    std::vector<Id> m_ids; ///< in id (creation) order, as the plan keeps them
};

} // namespace horisont
