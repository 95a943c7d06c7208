#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace horisont {

class Plan;
class TimeScale;
struct Intervention;

/// The rows of the timeline, top to bottom: group headers (a phase, an
/// accountable organisation or an area), each followed — unless collapsed —
/// by its interventions, each intervention followed by its activities.
/// Milestones get a row of their own (a diamond at their date), so every
/// item has exactly one row to hit and to drag. An intervention that
/// targets several areas appears under each area when grouped by area.
///
/// All rows have the same height, so y ↔ row is a division and painting a
/// viewport touches only the visible rows. A full rebuild of 20 000 rows
/// takes a few milliseconds; the canvas rebuilds after plan changes.
class TimelineLayout
{
    Q_DECLARE_TR_FUNCTIONS(horisont::TimelineLayout)
public:
    enum class Grouping { Phase, Organisation, Area };
    enum class RowType { Group, Intervention, Activity };
    enum class Part { Empty, Body, StartEdge, EndEdge };

    struct Row {
        RowType type = RowType::Group;
        EntityKind kind = EntityKind::Phase; ///< Phase/Organisation/Area for groups
        Id id = NoId;                       ///< NoId for "no organisation"/"no area"
        Id interventionId = NoId;           ///< the intervention of this row (or NoId for a group)
        Id organisationId = NoId;           ///< accountable organisation (colour)
        QString name;
        QDate start;
        QDate end; ///< exclusive
        bool milestone = false;
        WorkStatus status = WorkStatus::Planned;
        int childCount = 0; ///< groups: interventions in the group
        /// The item's dates in the baseline (the latest decided version),
        /// when it has one and the item is in it.
        bool hasBaseline = false;
        QDate baselineStart;
        QDate baselineEnd; ///< exclusive
    };

    struct Hit {
        EntityKind kind = EntityKind::Programme;
        Id id = NoId;
        Part part = Part::Empty;
        int row = -1;
        Id interventionId = NoId;
        bool isGroup = false;
    };

    static constexpr double EdgeTolerance = 4.0;

    void setGrouping(Grouping grouping) { m_grouping = grouping; }
    Grouping grouping() const { return m_grouping; }
    void setRowHeight(double height) { m_rowHeight = height; }
    double rowHeight() const { return m_rowHeight; }

    /// Collapsing is remembered per grouping and group id.
    bool isCollapsed(Id group) const;
    void setCollapsed(Id group, bool collapsed);

    void rebuild(const Plan &plan);
    /// The plan whose dates each row is drawn against (a decided version),
    /// or nullptr; not owned, and read by the next rebuild().
    void setBaseline(std::shared_ptr<const Plan> baseline, const QString &name);
    QString baselineName() const { return m_baselineName; }

    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows[std::size_t(index)]; }
    const std::vector<Row> &rows() const { return m_rows; }
    double contentHeight() const { return m_rowHeight * double(m_rows.size()); }

    /// Row index at content y (0 = top of the first row), or -1.
    int rowAt(double y) const;
    double rowTop(int row) const { return m_rowHeight * row; }
    /// The first row showing this item (-1 when none, e.g. collapsed).
    int rowOf(EntityKind kind, Id id) const;
    /// The group an item is shown under first (for expanding it).
    Id groupOf(EntityKind kind, Id id) const { return m_groupOf.value(key(kind, id), NoId); }

    /// What is at `point`, in content coordinates: x as the scale maps
    /// dates, y from the top of the first row.
    Hit hitTest(QPointF point, const TimeScale &scale) const;

private:
    static qint64 key(EntityKind kind, Id id) { return (qint64(kind) << 48) ^ id; }
    struct Scratch;
    void addGroup(EntityKind kind, Id id, const QString &name, const std::vector<const Intervention *> &list,
                  const Scratch &scratch);

    void addBaselineDates();

    std::shared_ptr<const Plan> m_baseline;
    QString m_baselineName;
    Grouping m_grouping = Grouping::Phase;
    double m_rowHeight = 22.0;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, Id> m_groupOf;
    QSet<qint64> m_collapsed;
};

} // namespace horisont
