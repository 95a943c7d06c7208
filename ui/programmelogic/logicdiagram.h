#pragma once

#include "programmelogic/logicdiagraminput.h"
#include "programmelogic/logiclayout.h"
#include "programmelogic/logiclinkeditor.h"
#include "programmelogic/logicpainter.h"
#include "programmelogic/logicselection.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QPair>

#include <functional>

namespace horisont {

class LogicLinkDialog;
class LogicLinkEditor;
class PlanDocument;
class PlanSelection;

/// The programme logic as a diagram: Problems → Causes → Interventions →
/// Goals → Indicators with the links between them, drawn by LogicPainter.
///
/// - Click an item (or select it elsewhere) to highlight its chain; the rest dims.
/// - Double-click or Enter selects it in the shared PlanSelection (Properties show it).
/// - Drag from an intervention to a cause or goal to link them (one undoable command).
/// - Click a link and press Delete to remove it.
/// - From the keyboard (or the context menu), with an intervention selected:
///   Ctrl+L links it to a cause or goal chosen in a list that filters as one
///   types, Ctrl+Shift+L removes one of its links chosen the same way.
/// - Arrow keys move between items; items with a gap carry a warning marker and tooltip.
///
/// The mouse and keys are LogicDiagramInput's, the link commands LogicLinkEditor's.
class LogicDiagram : public QAbstractScrollArea
{
    Q_OBJECT
public:
    using Item = LogicSelection::Item;

    LogicDiagram(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    /// The day the date-dependent gap checks use (default: today).
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }

    /// Highlights the chain of an item (without touching PlanSelection).
    /// Returns false when the item is not in the diagram.
    bool selectItem(EntityKind kind, Id id);
    Item selectedItem() const;
    /// The selected link (InterventionCause or InterventionGoal), or (Programme, NoId).
    Item selectedLink() const;
    bool selectLink(EntityKind kind, Id id);

    /// Items of the highlighted chain (empty when nothing is selected).
    QList<Item> highlightedItems() const;
    bool isHighlighted(EntityKind kind, Id id) const;
    /// Items that carry a gap marker.
    QList<Item> itemsWithGaps() const;

    /// An item's box in viewport coordinates (empty when not in the diagram).
    QRect itemRect(EntityKind kind, Id id) const;

    /// Links an intervention to a cause or goal as one undoable command;
    /// refuses (statusMessage) an existing link or any other pair.
    bool createLink(Id intervention, EntityKind kind, Id target);
    /// Removes the selected link as one undoable command.
    bool removeSelectedLink();

    /// Opens (without blocking) the list of causes and goals the selected
    /// intervention may be linked to; taking one links it (one undoable
    /// command). nullptr, with a status message, without an intervention
    /// selected or with nothing to link to.
    LogicLinkDialog *chooseLink();
    /// The same for removing one of the selected intervention's links.
    LogicLinkDialog *chooseUnlink();
    QAction *linkAction() const { return m_linkAction; }
    QAction *unlinkAction() const { return m_unlinkAction; }

    const LogicLayout &diagramLayout() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class LogicDiagramInput;
    void scheduleRebuild();
    void rebuild() const;
    void updateScrollBars();
    QPointF toDiagram(const QPoint &viewportPos) const;
    void setSelectedNode(int node);
    void setSelectedLinkIndex(int link);
    void updateHighlight();
    void ensureVisible(int node);
    void openInProperties();
    /// The selected node, or the left end of the selected link; -1 for none.
    int currentNode() const;
    /// Draws a link being dragged from node `from` to `to` (a point in the
    /// diagram) over `target` (-1: none), marked allowed or not.
    void showLinkDrag(int from, QPointF to, int target, bool allowed);
    void hideLinkDrag();
    void followSelection(EntityKind kind, Id id);
    /// The selected intervention's node, or -1 with a status message saying what to select.
    int selectedIntervention();
    /// Opens the keyboard's list of `choices` (`none` in the status bar when
    /// there are none); `take` gets the entry taken with Enter.
    LogicLinkDialog *offerChoices(const QList<LogicLinkEditor::Choice> &choices, const QString &none,
                                  const QString &title, const QString &prompt,
                                  const std::function<void(const LogicLinkEditor::Choice &)> &take);

    PlanDocument &m_document;
    PlanSelection &m_selection;
    QDate m_asOf;
    mutable LogicLayout m_layout;
    mutable bool m_dirty = true;
    mutable qreal m_builtWidth = -1;
    LogicSelection m_selected;
    mutable LogicPaintState m_state;
    mutable bool m_highlightDirty = true;
    LogicLinkEditor *m_links;
    QAction *m_linkAction;
    QAction *m_unlinkAction;
    LogicDiagramInput m_input{*this};
};

} // namespace horisont
