// The logic diagram's mouse and keyboard handling: selecting, dragging a
// link from an intervention to a cause or goal, moving through the columns
// with the arrow keys, tooltips.
#include "programmelogic/logicdiagram.h"

#include "labels/labels.h"
#include "plan/plan.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

namespace horisont {

void LogicDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    rebuild();
    const QPointF p = toDiagram(event->position().toPoint());
    const int node = m_layout.nodeAt(p);
    m_pressNode = -1;
    m_dragging = false;
    if (node >= 0) {
        setSelectedNode(node);
        if (m_layout.nodes()[node].kind == EntityKind::Intervention) {
            m_pressNode = node;
            m_pressPos = event->position().toPoint();
        }
    } else {
        const int link = m_layout.linkAt(p);
        setSelectedLinkIndex(link >= 0 && m_layout.links()[link].removable() ? link : -1);
    }
    event->accept();
}

void LogicDiagram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressNode < 0) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const QPointF p = toDiagram(pos);
    m_state.dragFrom = m_pressNode;
    m_state.dragTo = p;
    m_state.dropTarget = m_layout.nodeAt(p);
    m_state.dropAllowed = canLink(m_pressNode, m_state.dropTarget, nullptr);
    if (m_state.dropTarget == m_pressNode)
        m_state.dropTarget = -1;
    viewport()->update();
    event->accept();
}

void LogicDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    const bool dragged = m_dragging && event->button() == Qt::LeftButton;
    const int from = m_pressNode;
    m_pressNode = -1;
    m_dragging = false;
    m_state.dragFrom = -1;
    m_state.dropTarget = -1;
    viewport()->update();
    if (!dragged) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const int to = m_layout.nodeAt(toDiagram(event->position().toPoint()));
    if (to >= 0 && to != from && from >= 0 && from < m_layout.nodes().size())
        createLink(m_layout.nodes()[from].id, m_layout.nodes()[to].kind, m_layout.nodes()[to].id);
    event->accept();
}

void LogicDiagram::mouseDoubleClickEvent(QMouseEvent *event)
{
    rebuild();
    const QPointF p = toDiagram(event->position().toPoint());
    const int node = m_layout.nodeAt(p);
    if (node >= 0) {
        setSelectedNode(node);
    } else {
        const int link = m_layout.linkAt(p);
        if (link < 0 || !m_layout.links()[link].removable())
            return;
        setSelectedLinkIndex(link);
    }
    openInProperties();
    event->accept();
}

void LogicDiagram::moveSelection(int dx, int dy)
{
    rebuild();
    const QList<LogicNode> &nodes = m_layout.nodes();
    if (nodes.isEmpty())
        return;
    int current = m_state.selectedNode;
    if (current < 0 && m_state.selectedLink >= 0)
        current = m_layout.links()[m_state.selectedLink].left;
    if (current < 0) {
        setSelectedNode(0);
        ensureVisible(0);
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
        setSelectedNode(next);
        ensureVisible(next);
    }
}

void LogicDiagram::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openInProperties();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelectedLink();
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
        if (m_pressNode >= 0) {
            m_pressNode = -1;
            m_dragging = false;
            m_state.dragFrom = -1;
            m_state.dropTarget = -1;
        } else {
            setSelectedNode(-1);
        }
        viewport()->update();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool LogicDiagram::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        rebuild();
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF p = toDiagram(help->pos());
        const int node = m_layout.nodeAt(p);
        QString text;
        if (node >= 0) {
            const LogicNode &n = m_layout.nodes()[node];
            text = Labels::kind(n.kind) + QStringLiteral(": ") + n.name;
            for (const QString &gap : n.gaps)
                text += QStringLiteral("\n⚠ ") + gap;
        } else if (const int link = m_layout.linkAt(p); link >= 0) {
            const LogicLink &l = m_layout.links()[link];
            text = m_layout.nodes()[l.left].name + QStringLiteral(" → ") + m_layout.nodes()[l.right].name;
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LogicDiagram::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void LogicDiagram::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace horisont
