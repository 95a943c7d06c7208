#pragma once

#include "models/entityrowsmodel.h"

#include <QStringList>

namespace horisont {

class PlanDocument;

/// Any one kind of entity as a table with chosen fields as columns, shown
/// as the property panel shows them. Rows follow the plan's inserts and
/// removals one by one; editing happens in the property panel.
class EntityTableModel : public EntityRowsModel
{
    Q_OBJECT
public:
    EntityTableModel(PlanDocument &document, EntityKind kind, const QStringList &fields, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(Id id, int column) const;

    QStringList m_fields;
};

} // namespace horisont
