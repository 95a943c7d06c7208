#pragma once

#include "models/entityrowsmodel.h"

namespace horisont {

class PlanDocument;

/// The organisations of the plan as an editable table: name, short name,
/// kind, responsibility code and the organisation it is part of. Every edit
/// is one undoable command; the model follows the plan row by row.
class OrganisationModel : public EntityRowsModel
{
    Q_OBJECT
public:
    enum Column { Name, ShortName, Kind, Code, PartOf, ColumnCount };
    Q_ENUM(Column)

    explicit OrganisationModel(PlanDocument &document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Kind takes an OrganisationKind number (or its label), Part of an
    /// organisation id (0: none). Refuses a cycle in "part of".
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id organisationAt(int row) const { return idAt(row); }
    /// Organisations `organisation` may be part of: every other one that is
    /// not (indirectly) part of it.
    QList<Id> possibleParents(Id organisation) const;
    static QString fieldName(Column column);

protected:
    void rowChanged(int row, int field) override;

private:
    bool isPartOf(Id organisation, Id ancestor) const;
};

} // namespace horisont
