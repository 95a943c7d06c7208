#include "programmelogic/logicdiagraminput.h"

#include "labels/labels.h"
#include "programmelogic/logicdiagram.h"
#include "programmelogic/logiclinkeditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>

#include <cmath>

namespace horisont {

bool LogicDiagramInput::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_diagram.setFocus(Qt::MouseFocusReason);
    const LogicLayout &layout = m_diagram.diagramLayout();
    const QPointF p = m_diagram.toDiagram(event->position().toPoint());
    const int node = layout.nodeAt(p);
    m_pressNode = -1;
    m_dragging = false;
    if (node >= 0) {
        m_diagram.setSelectedNode(node);
        if (layout.nodes()[node].kind == EntityKind::Intervention) {
            m_pressNode = node;
            m_pressPos = event->position().toPoint();
        }
    } else {
        const int link = layout.linkAt(p);
        m_diagram.setSelectedLinkIndex(link >= 0 && layout.links()[link].removable() ? link : -1);
    }
    event->accept();
    return true;
}

bool LogicDiagramInput::mouseMove(QMouseEvent *event)
{
    if (m_pressNode < 0)
        return false;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return true;
    m_dragging = true;
    const LogicLayout &layout = m_diagram.diagramLayout();
    const QPointF p = m_diagram.toDiagram(pos);
    const int target = layout.nodeAt(p);
    m_diagram.showLinkDrag(m_pressNode, p, target == m_pressNode ? -1 : target,
                           LogicLinkEditor::canLink(layout, m_pressNode, target, nullptr));
    event->accept();
    return true;
}

void LogicDiagramInput::endDrag()
{
    m_pressNode = -1;
    m_dragging = false;
    m_diagram.hideLinkDrag();
}

bool LogicDiagramInput::mouseRelease(QMouseEvent *event)
{
    const bool dragged = m_dragging && event->button() == Qt::LeftButton;
    const int from = m_pressNode;
    endDrag();
    if (!dragged)
        return false;
    const LogicLayout &layout = m_diagram.diagramLayout();
    const int to = layout.nodeAt(m_diagram.toDiagram(event->position().toPoint()));
    if (to >= 0 && to != from && from >= 0 && from < layout.nodes().size())
        m_diagram.createLink(layout.nodes()[from].id, layout.nodes()[to].kind, layout.nodes()[to].id);
    event->accept();
    return true;
}

void LogicDiagramInput::mouseDoubleClick(QMouseEvent *event)
{
    const LogicLayout &layout = m_diagram.diagramLayout();
    const QPointF p = m_diagram.toDiagram(event->position().toPoint());
    const int node = layout.nodeAt(p);
    if (node >= 0) {
        m_diagram.setSelectedNode(node);
    } else {
        const int link = layout.linkAt(p);
        if (link < 0 || !layout.links()[link].removable())
            return;
        m_diagram.setSelectedLinkIndex(link);
    }
    m_diagram.openInProperties();
    event->accept();
}

void LogicDiagramInput::moveSelection(int dx, int dy)
{
    const LogicLayout &layout = m_diagram.diagramLayout();
    const QList<LogicNode> &nodes = layout.nodes();
    if (nodes.isEmpty())
        return;
    const int current = m_diagram.currentNode();
    if (current < 0) {
        m_diagram.setSelectedNode(0);
        m_diagram.ensureVisible(0);
        return;
    }
    int next = -1;
    if (dy != 0) {
        const int candidate = current + dy; // nodes are stored column by column, top to bottom
        if (candidate >= 0 && candidate < nodes.size() && nodes[candidate].column == nodes[current].column)
            next = candidate;
    } else {
        for (int column = nodes[current].column + dx; column >= 0 && column < LogicLayout::ColumnCount && next < 0;
             column += dx) {
            qreal best = 0;
            for (int k = 0; k < nodes.size(); ++k) {
                if (nodes[k].column != column)
                    continue;
                const qreal d = std::abs(nodes[k].rect.center().y() - nodes[current].rect.center().y());
                if (next < 0 || d < best) {
                    next = k;
                    best = d;
                }
            }
        }
    }
    if (next >= 0) {
        m_diagram.setSelectedNode(next);
        m_diagram.ensureVisible(next);
    }
}

bool LogicDiagramInput::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_diagram.openInProperties();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_diagram.removeSelectedLink();
        break;
    case Qt::Key_Up:
        moveSelection(0, -1);
        break;
    case Qt::Key_Down:
        moveSelection(0, 1);
        break;
    case Qt::Key_Left:
        moveSelection(-1, 0);
        break;
    case Qt::Key_Right:
        moveSelection(1, 0);
        break;
    case Qt::Key_Escape:
        if (m_pressNode >= 0)
            endDrag();
        else
            m_diagram.setSelectedNode(-1);
        break;
    default:
        return false;
    }
    event->accept();
    return true;
}

QString LogicDiagramInput::toolTip(QPoint viewportPos) const
{
    const LogicLayout &layout = m_diagram.diagramLayout();
    const QPointF p = m_diagram.toDiagram(viewportPos);
    if (const int node = layout.nodeAt(p); node >= 0) {
        const LogicNode &n = layout.nodes()[node];
        QString text = Labels::kind(n.kind) + QStringLiteral(": ") + n.name;
        for (const QString &gap : n.gaps)
            text += QStringLiteral("\n⚠ ") + gap;
        return text;
    }
    if (const int link = layout.linkAt(p); link >= 0) {
        const LogicLink &l = layout.links()[link];
        return layout.nodes()[l.left].name + QStringLiteral(" → ") + layout.nodes()[l.right].name;
    }
    return QString();
}

} // namespace horisont
