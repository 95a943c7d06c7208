#pragma once

#include <QPoint>
#include <QString>

class QKeyEvent;
class QMouseEvent;

namespace horisont {

class LogicDiagram;

/// The logic diagram's mouse and keyboard: a click selects an item or a
/// link, a double-click or Enter shows it in Properties, dragging from an
/// intervention to a cause or goal links them (the drag is drawn, with
/// whether the drop would be allowed, until release or Escape), Delete
/// removes the selected link, and the arrow keys move through a column and
/// across to the nearest item of the next. Hovering names the item (with
/// its gaps) or the link under the mouse.
class LogicDiagramInput
{
public:
    explicit LogicDiagramInput(LogicDiagram &diagram) : m_diagram(diagram) {}

    /// False when the event is not the diagram's and goes to the scroll area.
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    void mouseDoubleClick(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    /// What is under a viewport point: an item with its gaps, or a link.
    QString toolTip(QPoint viewportPos) const;

private:
    void moveSelection(int dx, int dy);
    void endDrag();

    LogicDiagram &m_diagram;
    int m_pressNode = -1; ///< an intervention pressed on: a link may be dragged out of it
    QPoint m_pressPos;
    bool m_dragging = false;
};

} // namespace horisont
