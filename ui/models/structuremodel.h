#pragma once

#include "model/ids.h"

#include <QAbstractItemModel>
#include <QLocale>

#include <vector>

namespace horisont {

class Plan;

/// Phases → interventions → activities as a tree, with columns for dates,
/// the accountable organisation and the planned budget.
class StructureModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Start, End, Accountable, Budget, ColumnCount };
    Q_ENUM(Column)

    explicit StructureModel(const Plan &plan, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    EntityKind kindAt(const QModelIndex &index) const;
    Id idAt(const QModelIndex &index) const;

private:
    struct Node {
        EntityKind kind;
        Id id;
        int parent; ///< index into m_nodes, -1 for top level
        int row;
        std::vector<int> children;
    };
    void rebuild();
    const Node *node(const QModelIndex &index) const;

    const Plan &m_plan;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<Id, QString> m_accountable;
    QHash<Id, qint64> m_budgetOre; ///< by intervention or activity node key
    QLocale m_locale;
};

} // namespace horisont
