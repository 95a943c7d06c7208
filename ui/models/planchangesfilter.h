#pragma once

#include "model/ids.h"
#include "versions/plancomparison.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace horisont {

/// Filters a PlanChangesModel without comparing again: by words (any
/// column containing the text, in any case), by group and by kind of item.
/// A group's row stays while any of its changes does, and says how many of
/// them are shown: "Dates (3 of 12)".
class PlanChangesFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    /// Only this group; nullopt for every group.
    void setGroup(std::optional<PlanChange::Group> group);
    /// Only changes of items of this kind; nullopt for every kind.
    void setKind(std::optional<EntityKind> kind);
    bool isFiltering() const { return !m_text.isEmpty() || m_group || m_kind; }
    /// How many changes pass the filter.
    int shownChangeCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsChange(const QModelIndex &sourceIndex) const;

    QString m_text; ///< lower case
    std::optional<PlanChange::Group> m_group;
    std::optional<EntityKind> m_kind;
};

} // namespace horisont
