#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <vector>

namespace horisont {

class Plan;
class PlanDocument;

/// The areas interventions target, with their police classification as of
/// today (from their classification history). Name and code are editable;
/// the classification changes through the history (ClassificationHistoryModel).
class AreaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Code, CurrentClassification, ColumnCount };
    Q_ENUM(Column)

    explicit AreaModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id areaAt(int row) const;
    int rowOf(Id area) const;
    QString lastError() const { return m_lastError; }

    /// The classification of an area on a day: the latest history entry
    /// from that day or before; not classified when there is none.
    static Classification classificationOn(const Plan &plan, Id area, const QDate &day);

private:
    void rebuild();
    void onInserted(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id, int field);
    void classificationChanged(Id area);

    PlanDocument &m_document;
    std::vector<Id> m_areas;           ///< rows, in id (creation) order
    QHash<Id, Id> m_areaOfEntry;       ///< classification history entry → its area
    QString m_lastError;
};

} // namespace horisont
