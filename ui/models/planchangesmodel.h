#pragma once

#include "versions/plancomparison.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace horisont {

/// The changes of a comparison (comparePlans) as a tree: one row per group
/// present ("Dates (4)"), under it one row per change, its columns in
/// core's words (changeTexts). The texts are made once per comparison, so
/// the model holds no plan and filtering (PlanChangesFilter) never
/// recompares.
class PlanChangesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, KindColumn, FieldColumn, BeforeColumn, AfterColumn, ShiftColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        GroupRole = Qt::UserRole + 1, ///< int(PlanChange::Group), on group rows and change rows
        IsGroupRole,                  ///< bool: a group's row
        GroupTitleRole,               ///< a group's title without its count
        KindRole,                     ///< int(EntityKind) of a change's item
        IdRole,                       ///< Id of a change's item
        ShiftDaysRole,                ///< qint64: a Dates change's shift; 0 otherwise
        SearchTextRole,               ///< every column's text in lower case, for the text filter
    };

    explicit PlanChangesModel(QObject *parent = nullptr);

    /// Shows a comparison of `before` and `after` (which it does not keep).
    void setComparison(const PlanComparison &comparison, const Plan &before, const Plan &after);

    /// The change a row shows; nullptr for a group's row.
    const PlanChange *changeAt(const QModelIndex &index) const;
    int changeCount() const { return m_changeCount; }
    /// The first row of a change of this item; invalid when none.
    QModelIndex indexOf(EntityKind kind, Id id) const;
    /// The groups shown, in order.
    QList<PlanChange::Group> groups() const;
    /// The kinds of item that changed, in kind order.
    QList<EntityKind> kinds() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "+59", "−3": a shift in days as the Shift column shows it.
    static QString shiftText(qint64 days);

private:
    struct Row {
        PlanChange change;
        ChangeTexts texts;
        QString search;
    };
    struct GroupRows {
        PlanChange::Group group;
        QString title;
        std::vector<Row> rows;
    };
    /// A group's row has internal id 0; a change's row the number of its group plus one.
    static constexpr quintptr GroupRowId = 0;
    const GroupRows *groupOf(const QModelIndex &index) const;
    QVariant groupData(const GroupRows &group, int column, int role) const;
    QVariant changeData(const Row &row, int column, int role) const;

    std::vector<GroupRows> m_groups;
    QHash<std::pair<int, Id>, std::pair<int, int>> m_firstRow; ///< (kind, id) → (group, row)
    int m_changeCount = 0;
};

} // namespace horisont
