#pragma once

#include "models/structureitemtext.h"
#include "models/structuretree.h"

#include <QAbstractItemModel>

namespace horisont {

class AllocationRollup;
class EditCommand;
class PlanDocument;

/// Phases → interventions → activities and milestones, editable. setData
/// builds a command and pushes it through the document; the plan's change
/// signals come back as fine-grained row and data signals.
class StructureModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Start, End, Responsible, Areas, Status, Budget, ColumnCount };
    Q_ENUM(Column)
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    explicit StructureModel(PlanDocument &document, QObject *parent = nullptr);
    ~StructureModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    EntityKind kindAt(const QModelIndex &index) const;
    Id idAt(const QModelIndex &index) const;
    QModelIndex indexOf(EntityKind kind, Id id, int column = 0) const;

Q_SIGNALS:
    /// An edit was refused (invalid dates, a read-only file): say why.
    void editRefused(const QString &message);

private:
    void connectPlan();
    void onInserted(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, Id id);
    void onRemoved(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id, int field);
    void relocate(StructureTree::Level level, Id id);
    void refreshInterventionColumn(Id intervention, Column column);
    void refreshColumnEverywhere(Column column);
    void refreshBudget(Id intervention, Id activity);
    bool execute(EditCommand *command, const QString &refusal);

    PlanDocument &m_document;
    StructureTree m_tree;
    AllocationRollup *m_rollup;
    StructureItemText m_text;
    Id m_pendingOwner = NoId; ///< intervention of a link being removed
    bool m_removing = false; ///< between beginRemoveRows and endRemoveRows
};

} // namespace horisont
