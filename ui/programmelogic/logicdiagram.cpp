#include "programmelogic/logicdiagram.h"

#include "check/gapcheck.h"
#include "document/plandocument.h"
#include "labels/labels.h"
#include "plan/plan.h"
#include "programmelogic/logiclinkdialog.h"
#include "programmelogic/logiclinkeditor.h"
#include "selection/planselection.h"
#include "today.h"
#include "viewporttooltip.h"

#include <QAction>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace horisont {

LogicDiagram::LogicDiagram(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QAbstractScrollArea(parent), m_document(document), m_selection(selection), m_asOf(today()),
      m_links(new LogicLinkEditor(document, this)), m_linkAction(new QAction(tr("&Link to Cause or Goal…"), this)),
      m_unlinkAction(new QAction(tr("&Unlink from Cause or Goal…"), this))
{
    setObjectName(QStringLiteral("logicDiagram"));
    setAccessibleName(tr("Programme logic diagram"));
    setAccessibleDescription(
        tr("Problems, causes, interventions, goals and indicators with the links between "
           "them. Drag from an intervention to a cause or goal to link them, or select the intervention "
           "and press Ctrl+L; select a link and press Delete, or the intervention and "
           "Ctrl+Shift+L, to remove it; Enter opens the item's properties."));
    viewport()->setAccessibleName(tr("Programme logic diagram area"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    horizontalScrollBar()->setAccessibleName(tr("Scroll the diagram sideways"));
    verticalScrollBar()->setAccessibleName(tr("Scroll the diagram up and down"));
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);

    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_unlinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    for (QAction *action : {m_linkAction, m_unlinkAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action); // also the context menu (the Menu key, Shift+F10)
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_linkAction, &QAction::triggered, this, &LogicDiagram::chooseLink);
    connect(m_unlinkAction, &QAction::triggered, this, &LogicDiagram::chooseUnlink);

    const Plan &plan = document.plan();
    for (auto signal : {&Plan::inserted, &Plan::removed})
        connect(&plan, signal, this, [this](EntityKind, Id) { scheduleRebuild(); });
    connect(&plan, &Plan::changed, this, [this](EntityKind, Id, int) { scheduleRebuild(); });
    connect(&plan, &Plan::reset, this, &LogicDiagram::scheduleRebuild);
    connect(&selection, &PlanSelection::changed, this, &LogicDiagram::followSelection);
    connect(m_links, &LogicLinkEditor::statusMessage, this, &LogicDiagram::statusMessage);
    for (int c = 0; c < LogicLayout::ColumnCount; ++c)
        m_state.columnTitles << Labels::kindPlural(LogicLayout::columnKind(c));
    if (LogicLayout::columnOf(selection.kind()) >= 0)
        m_selected.setItem({selection.kind(), selection.id()});
}

void LogicDiagram::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    scheduleRebuild();
}

void LogicDiagram::scheduleRebuild()
{
    m_dirty = true;
    m_highlightDirty = true;
    viewport()->update();
}

void LogicDiagram::rebuild() const
{
    const qreal width = viewport()->width();
    if (m_dirty || width != m_builtWidth) {
        m_layout = LogicLayout::build(m_document.plan(), checkGaps(m_document.plan(), m_asOf), width);
        m_builtWidth = width;
        m_dirty = false;
        m_highlightDirty = true;
        m_state.layout = &m_layout;
        const_cast<LogicDiagram *>(this)->updateScrollBars();
    }
    if (!m_highlightDirty)
        return;
    m_highlightDirty = false;
    m_selected.highlight(m_layout, m_state);
}

const LogicLayout &LogicDiagram::diagramLayout() const
{
    rebuild();
    return m_layout;
}

void LogicDiagram::updateScrollBars()
{
    const QSize size = m_layout.size().toSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, size.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setRange(0, std::max(0, size.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
}

QPointF LogicDiagram::toDiagram(const QPoint &viewportPos) const
{
    return QPointF(viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
}

bool LogicDiagram::selectItem(EntityKind kind, Id id)
{
    rebuild();
    const int index = m_layout.indexOf(kind, id);
    if (index < 0)
        return false;
    setSelectedNode(index);
    ensureVisible(index);
    return true;
}

bool LogicDiagram::selectLink(EntityKind kind, Id id)
{
    rebuild();
    const int index = LogicSelection::linkIndex(m_layout, kind, id);
    if (index < 0)
        return false;
    setSelectedLinkIndex(index);
    return true;
}

LogicDiagram::Item LogicDiagram::selectedItem() const
{
    return m_selected.item();
}

LogicDiagram::Item LogicDiagram::selectedLink() const
{
    return m_selected.link();
}

void LogicDiagram::setSelectedNode(int node)
{
    rebuild();
    m_selected.selectNode(m_layout, node);
    m_highlightDirty = true;
    viewport()->update();
}

void LogicDiagram::setSelectedLinkIndex(int link)
{
    rebuild();
    m_selected.selectLink(m_layout, link);
    m_highlightDirty = true;
    viewport()->update();
}

QList<LogicDiagram::Item> LogicDiagram::highlightedItems() const
{
    rebuild();
    QList<Item> items;
    for (int k : m_state.highlightedNodes)
        items << Item{m_layout.nodes()[k].kind, m_layout.nodes()[k].id};
    std::sort(items.begin(), items.end());
    return items;
}

bool LogicDiagram::isHighlighted(EntityKind kind, Id id) const
{
    rebuild();
    return m_state.highlightedNodes.contains(m_layout.indexOf(kind, id));
}

QList<LogicDiagram::Item> LogicDiagram::itemsWithGaps() const
{
    rebuild();
    QList<Item> items;
    for (const LogicNode &n : m_layout.nodes()) {
        if (!n.gaps.isEmpty())
            items << Item{n.kind, n.id};
    }
    return items;
}

QRect LogicDiagram::itemRect(EntityKind kind, Id id) const
{
    rebuild();
    const int index = m_layout.indexOf(kind, id);
    if (index < 0)
        return {};
    return m_layout.nodes()[index]
        .rect.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
        .toAlignedRect();
}

void LogicDiagram::ensureVisible(int node)
{
    if (node < 0 || node >= m_layout.nodes().size())
        return;
    const QRectF r = m_layout.nodes()[node].rect.adjusted(-16, -40, 16, 16);
    const QSize view = viewport()->size();
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    if (r.left() < h->value())
        h->setValue(int(r.left()));
    else if (r.right() > h->value() + view.width())
        h->setValue(int(std::ceil(r.right() - view.width())));
    if (r.top() < v->value())
        v->setValue(int(r.top()));
    else if (r.bottom() > v->value() + view.height())
        v->setValue(int(std::ceil(r.bottom() - view.height())));
}

void LogicDiagram::followSelection(EntityKind kind, Id id)
{
    if (LogicLayout::columnOf(kind) >= 0)
        selectItem(kind, id);
    else if (kind == EntityKind::InterventionCause || kind == EntityKind::InterventionGoal)
        selectLink(kind, id);
}

void LogicDiagram::openInProperties()
{
    const Item chosen = m_selected.link().second != NoId ? m_selected.link() : m_selected.item();
    if (chosen.second != NoId)
        m_selection.select(chosen.first, chosen.second);
}

int LogicDiagram::currentNode() const
{
    rebuild();
    if (m_state.selectedNode < 0 && m_state.selectedLink >= 0)
        return m_layout.links()[m_state.selectedLink].left;
    return m_state.selectedNode;
}

void LogicDiagram::showLinkDrag(int from, QPointF to, int target, bool allowed)
{
    m_state.dragFrom = from;
    m_state.dragTo = to;
    m_state.dropTarget = target;
    m_state.dropAllowed = allowed;
    viewport()->update();
}

void LogicDiagram::hideLinkDrag()
{
    m_state.dragFrom = -1;
    m_state.dropTarget = -1;
    viewport()->update();
}

bool LogicDiagram::createLink(Id intervention, EntityKind kind, Id target)
{
    rebuild();
    return m_links->createLink(m_layout, intervention, kind, target);
}

int LogicDiagram::selectedIntervention()
{
    rebuild();
    const int node = m_selected.item().first == EntityKind::Intervention
                         ? m_layout.indexOf(EntityKind::Intervention, m_selected.item().second)
                         : -1;
    if (node < 0)
        Q_EMIT statusMessage(tr("Select an intervention first (arrow keys), then link or unlink it."));
    return node;
}

LogicLinkDialog *LogicDiagram::offerChoices(const QList<LogicLinkEditor::Choice> &choices, const QString &none,
                                            const QString &title, const QString &prompt,
                                            const std::function<void(const LogicLinkEditor::Choice &)> &take)
{
    if (choices.isEmpty()) {
        Q_EMIT statusMessage(none);
        return nullptr;
    }
    auto *dialog = new LogicLinkDialog(title, prompt, choices, this);
    connect(dialog, &QDialog::accepted, this, [dialog, take] { take(dialog->chosen()); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

LogicLinkDialog *LogicDiagram::chooseLink()
{
    const int node = selectedIntervention();
    if (node < 0)
        return nullptr;
    const Id intervention = m_layout.nodes()[node].id;
    const QString name = m_layout.nodes()[node].name;
    return offerChoices(
        LogicLinkEditor::linkChoices(m_layout, node), tr("\"%1\" is linked to every cause and goal already.").arg(name),
        tr("Link to a cause or goal"), tr("Link \"%1\" to (type to filter, Enter to link):").arg(name),
        [this, intervention](const LogicLinkEditor::Choice &c) { createLink(intervention, c.kind, c.id); });
}

LogicLinkDialog *LogicDiagram::chooseUnlink()
{
    const int node = selectedIntervention();
    if (node < 0)
        return nullptr;
    const QString name = m_layout.nodes()[node].name;
    return offerChoices(LogicLinkEditor::unlinkChoices(m_layout, node),
                        tr("\"%1\" is linked to no cause or goal.").arg(name), tr("Unlink from a cause or goal"),
                        tr("Remove the link of \"%1\" to (type to filter, Enter to remove):").arg(name),
                        [this, name](const LogicLinkEditor::Choice &c) {
                            if (m_links->removeLink(c.kind, c.id))
                                Q_EMIT statusMessage(tr("Removed the link of \"%1\" to %2.").arg(name, c.text));
                        });
}

bool LogicDiagram::removeSelectedLink()
{
    if (!m_links->removeLink(m_selected.link().first, m_selected.link().second))
        return false;
    m_selected.clearLink();
    m_highlightDirty = true;
    viewport()->update();
    return true;
}

void LogicDiagram::paintEvent(QPaintEvent *event)
{
    rebuild();
    QPainter painter(viewport());
    painter.setClipRect(event->rect());
    m_state.focus = hasFocus();
    const QSizeF size = m_layout.size();
    LogicPainter::paint(&painter,
                        QRectF(QPointF(-horizontalScrollBar()->value(), -verticalScrollBar()->value()), size),
                        m_state);
}

void LogicDiagram::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    rebuild();
    updateScrollBars();
}

void LogicDiagram::mousePressEvent(QMouseEvent *event)
{
    if (!m_input.mousePress(event))
        QAbstractScrollArea::mousePressEvent(event);
}

void LogicDiagram::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_input.mouseMove(event))
        QAbstractScrollArea::mouseMoveEvent(event);
}

void LogicDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_input.mouseRelease(event))
        QAbstractScrollArea::mouseReleaseEvent(event);
}

void LogicDiagram::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_input.mouseDoubleClick(event);
}

void LogicDiagram::keyPressEvent(QKeyEvent *event)
{
    if (!m_input.keyPress(event))
        QAbstractScrollArea::keyPressEvent(event);
}

bool LogicDiagram::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
        return showViewportToolTip(event, viewport(), [this](QPoint pos) { return m_input.toolTip(pos); });
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
