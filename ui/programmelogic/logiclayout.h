#pragma once

#include "check/finding.h"
#include "model/ids.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace horisont {

class Plan;

/// One box of the logic diagram: a problem, cause, intervention, goal or indicator.
struct LogicNode {
    EntityKind kind = EntityKind::Problem;
    Id id = NoId;
    int column = 0;   ///< 0 problems, 1 causes, 2 interventions, 3 goals, 4 indicators
    QString name;
    QRectF rect;      ///< in diagram coordinates
    QStringList gaps; ///< messages of the gap findings on this item
};

/// One curve between boxes in adjacent columns. `left` is the node in the
/// lower column. Links the user made (InterventionCause, InterventionGoal)
/// carry their own kind and id; a cause's problem and a goal's indicator are
/// references of the right-hand item (kind Programme, id NoId).
struct LogicLink {
    EntityKind kind = EntityKind::Programme;
    Id id = NoId;
    int left = -1;
    int right = -1;
    bool removable() const { return kind == EntityKind::InterventionCause || kind == EntityKind::InterventionGoal; }
};

/// Where every box and curve of the diagram goes: Problems → Causes →
/// Interventions → Goals → Indicators, one column each. Pure geometry; no widget.
class LogicLayout
{
public:
    static constexpr int ColumnCount = 5;
    static EntityKind columnKind(int column);
    static int columnOf(EntityKind kind); ///< -1 when the kind is not in the diagram

    /// Lays the plan out `width` wide (columns share it, each at least a minimum).
    /// `gaps` are the findings whose items get a warning marker.
    static LogicLayout build(const Plan &plan, const Findings &gaps, qreal width);

    const QList<LogicNode> &nodes() const { return m_nodes; }
    const QList<LogicLink> &links() const { return m_links; }
    QSizeF size() const { return m_size; }
    QRectF headerRect(int column) const;

    int indexOf(EntityKind kind, Id id) const;
    int nodeAt(const QPointF &p) const;
    int linkAt(const QPointF &p, qreal tolerance = 4) const;
    int linkBetween(int a, int b) const; ///< the link joining two nodes, or -1

    /// The curve of a link, from the right edge of its left node to the left edge of its right node.
    static void curvePoints(const QRectF &from, const QRectF &to, QPointF out[4]);

    /// The chain through node `index`: every node reached by walking towards
    /// the problems through lower columns only and towards the indicators
    /// through higher columns only, and the links walked.
    void chain(int index, QSet<int> *nodes, QSet<int> *links) const;
    /// The chain of a link: the chains of both its ends that pass through it.
    void linkChain(int link, QSet<int> *nodes, QSet<int> *links) const;

private:
    void walk(int index, int direction, QSet<int> *nodes, QSet<int> *links) const;

    QList<LogicNode> m_nodes;
    QList<LogicLink> m_links;
    QList<QList<int>> m_linksOf; ///< per node, the links touching it
    QList<qreal> m_columnX;
    qreal m_columnWidth = 0;
    QSizeF m_size;
};

} // namespace horisont
