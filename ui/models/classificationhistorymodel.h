#pragma once

#include "models/entityrowsmodel.h"

#include <QDate>

namespace horisont {

class PlanDocument;

/// The classification history of one area, oldest first: from which day
/// the police classified it how, and on what source. Every cell is
/// editable; each edit is one undoable command. Choosing another area
/// replaces the rows (removal and insertion, not a reset).
class ClassificationHistoryModel : public EntityRowsModel
{
    Q_OBJECT
public:
    enum Column { FromColumn, ClassificationColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ClassificationHistoryModel(PlanDocument &document, QObject *parent = nullptr);

    void setAreaId(Id area);
    Id areaId() const { return m_area; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// From takes a QDate (or ISO text), Classification a Classification
    /// number (or its label), Source text.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id entryAt(int row) const { return idAt(row); }

protected:
    void rowChanged(int row, int field) override;
    void otherEntityChanged(EntityKind kind, Id id, Change change, int field) override;
    void reloading() override;

private:
    bool belongsHere(Id entry) const;

    Id m_area = NoId;
};

} // namespace horisont
