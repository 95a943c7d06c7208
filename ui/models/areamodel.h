#pragma once

#include "model/enums.h"
#include "models/entityrowsmodel.h"

#include <QDate>
#include <QHash>

namespace horisont {

class PlanDocument;

/// The areas interventions target, with their police classification as of
/// today (from their classification history). Name and code are editable;
/// the classification changes through the history (ClassificationHistoryModel).
class AreaModel : public EntityRowsModel
{
    Q_OBJECT
public:
    enum Column { Name, Code, CurrentClassification, ColumnCount };
    Q_ENUM(Column)

    explicit AreaModel(PlanDocument &document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id areaAt(int row) const { return idAt(row); }

    /// The classification of an area on a day: the latest history entry
    /// from that day or before; not classified when there is none.
    static Classification classificationOn(const Plan &plan, Id area, const QDate &day);

protected:
    void rowChanged(int row, int field) override;
    void otherEntityChanged(EntityKind kind, Id id, Change change, int field) override;
    void reloading() override;

private:
    void classificationChanged(Id area);

    QHash<Id, Id> m_areaOfEntry; ///< classification history entry → its area, to know it once it is gone
};

} // namespace horisont
