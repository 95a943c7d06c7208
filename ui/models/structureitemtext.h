#pragma once

#include "models/structuretree.h"
#include "money/money.h"

#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QVariant>

namespace horisont {

class AllocationRollup;
class Plan;

/// What the structure tree shows for one item, column by column: names,
/// dates, the accountable organisation, the targeted areas, status and
/// budget, and the tooltip. The links behind the accountable and area
/// columns are cached, because every painted row would otherwise scan all
/// responsibilities; call linksChanged() when those links (or the names they
/// show) change.
class StructureItemText
{
public:
    StructureItemText(const Plan &plan, const StructureTree &tree, const AllocationRollup &rollup);

    void linksChanged() { m_linksDirty = true; }

    /// A StructureModel::Column's value for Qt::DisplayRole,
    /// Qt::AccessibleTextRole or Qt::EditRole (what its editor starts from).
    QVariant value(StructureTree::Level level, Id id, int column, int role) const;
    QString tooltip(StructureTree::Level level, Id id) const;

private:
    QString name(StructureTree::Level level, Id id) const;
    /// A QDate for Qt::EditRole, ISO text otherwise.
    QVariant date(StructureTree::Level level, Id id, int column, int role) const;
    Id accountable(Id intervention) const;
    QString accountableName(Id intervention) const;
    QString areaNames(Id intervention) const;
    /// A phase's budget is the sum of its interventions'.
    Money budget(StructureTree::Level level, Id id) const;
    void refreshLinks() const;

    const Plan &m_plan;
    const StructureTree &m_tree;
    const AllocationRollup &m_rollup;
    QLocale m_locale;
    mutable bool m_linksDirty = true;
    mutable QHash<Id, Id> m_accountable; ///< intervention -> organisation
    mutable QHash<Id, QStringList> m_areas; ///< intervention -> area names
};

} // namespace horisont
