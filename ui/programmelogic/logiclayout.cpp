#include "programmelogic/logiclayout.h"

#include "plan/plan.h"

#include <QHash>
#include <QLineF>

#include <algorithm>
#include <climits>

namespace horisont {
namespace {

constexpr qreal Margin = 16;
constexpr qreal HeaderHeight = 32;
constexpr qreal Gap = 64;          ///< between columns, room for the curves
constexpr qreal MinColumnWidth = 150;
constexpr qreal NodeHeight = 46;
constexpr qreal NodeSpacing = 10;

QPointF bezier(const QPointF p[4], qreal t)
{
    const qreal u = 1 - t;
    return u * u * u * p[0] + 3 * u * u * t * p[1] + 3 * u * t * t * p[2] + t * t * t * p[3];
}

} // namespace

EntityKind LogicLayout::columnKind(int column)
{
    static constexpr EntityKind kinds[ColumnCount] = {EntityKind::Problem, EntityKind::Cause,
                                                      EntityKind::Intervention, EntityKind::Goal,
                                                      EntityKind::Indicator};
    return kinds[std::clamp(column, 0, ColumnCount - 1)];
}

int LogicLayout::columnOf(EntityKind kind)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (columnKind(c) == kind)
            return c;
    }
    return -1;
}

LogicLayout LogicLayout::build(const Plan &plan, const Findings &gaps, qreal width)
{
    LogicLayout l;
    l.m_columnWidth = std::max(MinColumnWidth, (width - 2 * Margin - (ColumnCount - 1) * Gap) / ColumnCount);
    for (int c = 0; c < ColumnCount; ++c)
        l.m_columnX << Margin + c * (l.m_columnWidth + Gap);

    QHash<QPair<int, Id>, QStringList> gapsOf;
    for (const Finding &f : gaps)
        gapsOf[{int(f.kind), f.id}] << f.message;

    // Columns in a readable order: problems by priority, causes and goals
    // grouped by their problem, interventions by start, indicators by goal.
    QList<LogicNode> columns[ColumnCount];
    auto node = [&](EntityKind kind, Id id, const QString &name) {
        LogicNode n;
        n.kind = kind;
        n.id = id;
        n.column = columnOf(kind);
        n.name = name;
        n.gaps = gapsOf.value({int(kind), id});
        columns[n.column] << n;
    };
    std::vector<const Problem *> problems;
    for (const Problem &p : plan.all<Problem>())
        problems.push_back(&p);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem *a, const Problem *b) {
        return (a->priority ? a->priority : 1000) < (b->priority ? b->priority : 1000);
    });
    QHash<Id, int> problemRank;
    for (const Problem *p : problems) {
        problemRank.insert(p->id, int(problemRank.size()));
        node(EntityKind::Problem, p->id, p->name);
    }
    auto rank = [&](Id problem) { return problemRank.value(problem, int(problemRank.size())); };
    std::vector<const Cause *> causes;
    for (const Cause &c : plan.all<Cause>())
        causes.push_back(&c);
    std::stable_sort(causes.begin(), causes.end(),
                     [&](const Cause *a, const Cause *b) { return rank(a->problemId) < rank(b->problemId); });
    for (const Cause *c : causes)
        node(EntityKind::Cause, c->id, c->name);
    std::vector<const Intervention *> interventions;
    for (const Intervention &i : plan.all<Intervention>())
        interventions.push_back(&i);
    std::stable_sort(interventions.begin(), interventions.end(), [](const Intervention *a, const Intervention *b) {
        return a->start < b->start;
    });
    for (const Intervention *i : interventions)
        node(EntityKind::Intervention, i->id, i->name);
    std::vector<const Goal *> goals;
    for (const Goal &g : plan.all<Goal>())
        goals.push_back(&g);
    std::stable_sort(goals.begin(), goals.end(), [&](const Goal *a, const Goal *b) {
        // The overall goals (no parent) first, then by problem.
        const bool ta = a->parentGoalId == NoId, tb = b->parentGoalId == NoId;
        if (ta != tb)
            return ta;
        return rank(a->problemId) < rank(b->problemId);
    });
    QHash<Id, int> goalRank;
    for (const Goal *g : goals) {
        goalRank.insert(g->id, int(goalRank.size()));
        node(EntityKind::Goal, g->id, g->name);
    }
    std::vector<const Indicator *> indicators;
    for (const Indicator &i : plan.all<Indicator>())
        indicators.push_back(&i);
    std::stable_sort(indicators.begin(), indicators.end(), [&](const Indicator *a, const Indicator *b) {
        return goalRank.value(a->goalId, INT_MAX) < goalRank.value(b->goalId, INT_MAX);
    });
    for (const Indicator *i : indicators)
        node(EntityKind::Indicator, i->id, i->name);

    qreal bottom = Margin + HeaderHeight;
    for (int c = 0; c < ColumnCount; ++c) {
        qreal y = Margin + HeaderHeight;
        for (LogicNode &n : columns[c]) {
            n.rect = QRectF(l.m_columnX[c], y, l.m_columnWidth, NodeHeight);
            y += NodeHeight + NodeSpacing;
            l.m_nodes << n;
        }
        bottom = std::max(bottom, y);
    }
    l.m_size = QSizeF(l.m_columnX.last() + l.m_columnWidth + Margin, bottom + Margin);

    QHash<QPair<int, Id>, int> index;
    for (int k = 0; k < l.m_nodes.size(); ++k)
        index.insert({int(l.m_nodes[k].kind), l.m_nodes[k].id}, k);
    auto link = [&](EntityKind kind, Id id, EntityKind leftKind, Id left, EntityKind rightKind, Id right) {
        const int a = index.value({int(leftKind), left}, -1);
        const int b = index.value({int(rightKind), right}, -1);
        if (a >= 0 && b >= 0)
            l.m_links << LogicLink{kind, id, a, b};
    };
    for (const Cause *c : causes)
        link(EntityKind::Programme, NoId, EntityKind::Problem, c->problemId, EntityKind::Cause, c->id);
    for (const InterventionCause &ic : plan.all<InterventionCause>())
        link(EntityKind::InterventionCause, ic.id, EntityKind::Cause, ic.causeId, EntityKind::Intervention,
             ic.interventionId);
    for (const InterventionGoal &ig : plan.all<InterventionGoal>())
        link(EntityKind::InterventionGoal, ig.id, EntityKind::Intervention, ig.interventionId, EntityKind::Goal,
             ig.goalId);
    for (const Indicator *i : indicators)
        link(EntityKind::Programme, NoId, EntityKind::Goal, i->goalId, EntityKind::Indicator, i->id);
    l.m_linksOf.resize(l.m_nodes.size());
    for (int k = 0; k < l.m_links.size(); ++k) {
        l.m_linksOf[l.m_links[k].left] << k;
        l.m_linksOf[l.m_links[k].right] << k;
    }
    return l;
}

QRectF LogicLayout::headerRect(int column) const
{
    if (column < 0 || column >= m_columnX.size())
        return {};
    return QRectF(m_columnX[column], Margin, m_columnWidth, HeaderHeight - 8);
}

int LogicLayout::indexOf(EntityKind kind, Id id) const
{
    for (int k = 0; k < m_nodes.size(); ++k) {
        if (m_nodes[k].kind == kind && m_nodes[k].id == id)
            return k;
    }
    return -1;
}

int LogicLayout::nodeAt(const QPointF &p) const
{
    for (int k = 0; k < m_nodes.size(); ++k) {
        if (m_nodes[k].rect.contains(p))
            return k;
    }
    return -1;
}

void LogicLayout::curvePoints(const QRectF &from, const QRectF &to, QPointF out[4])
{
    out[0] = QPointF(from.right(), from.center().y());
    out[3] = QPointF(to.left(), to.center().y());
    const qreal dx = (out[3].x() - out[0].x()) / 2;
    out[1] = out[0] + QPointF(dx, 0);
    out[2] = out[3] - QPointF(dx, 0);
}

int LogicLayout::linkAt(const QPointF &p, qreal tolerance) const
{
    int best = -1;
    qreal bestDistance = tolerance;
    for (int k = 0; k < m_links.size(); ++k) {
        QPointF c[4];
        curvePoints(m_nodes[m_links[k].left].rect, m_nodes[m_links[k].right].rect, c);
        if (p.x() < c[0].x() - tolerance || p.x() > c[3].x() + tolerance)
            continue;
        QPointF previous = c[0];
        for (int s = 1; s <= 24; ++s) {
            const QPointF next = bezier(c, s / 24.0);
            // Distance from p to the segment previous–next.
            const QPointF d = next - previous;
            const qreal len2 = QPointF::dotProduct(d, d);
            const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - previous, d) / len2, 0.0, 1.0) : 0.0;
            const qreal distance = QLineF(p, previous + t * d).length();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = k;
            }
            previous = next;
        }
    }
    return best;
}

int LogicLayout::linkBetween(int a, int b) const
{
    if (a < 0 || a >= m_linksOf.size())
        return -1;
    for (int k : m_linksOf[a]) {
        if ((m_links[k].left == a && m_links[k].right == b) || (m_links[k].left == b && m_links[k].right == a))
            return k;
    }
    return -1;
}

void LogicLayout::walk(int index, int direction, QSet<int> *nodes, QSet<int> *links) const
{
    // direction -1: towards the problems; +1: towards the indicators.
    for (int k : m_linksOf[index]) {
        const LogicLink &l = m_links[k];
        const int other = l.left == index ? l.right : l.left;
        if ((m_nodes[other].column - m_nodes[index].column) != direction)
            continue;
        links->insert(k);
        if (!nodes->contains(other)) {
            nodes->insert(other);
            walk(other, direction, nodes, links);
        }
    }
}

void LogicLayout::chain(int index, QSet<int> *nodes, QSet<int> *links) const
{
    if (index < 0 || index >= m_nodes.size())
        return;
    nodes->insert(index);
    // Interventions are the middle: their chain runs to the problems through
    // the causes and to the indicators through the goals. Every other item
    // runs both ways through the columns next to it.
    walk(index, -1, nodes, links);
    walk(index, +1, nodes, links);
}

void LogicLayout::linkChain(int link, QSet<int> *nodes, QSet<int> *links) const
{
    if (link < 0 || link >= m_links.size())
        return;
    const LogicLink &l = m_links[link];
    links->insert(link);
    nodes->insert(l.left);
    nodes->insert(l.right);
    walk(l.left, -1, nodes, links);
    walk(l.right, +1, nodes, links);
}

} // namespace horisont
