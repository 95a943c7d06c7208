#include "programmelogic/logicdiagram.h"

#include "check/gapcheck.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "plan/plan.h"
#include "selection/planselection.h"
#include "today.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace horisont {

LogicDiagram::LogicDiagram(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QAbstractScrollArea(parent), m_document(document), m_selection(selection), m_asOf(today())
{
    setObjectName(QStringLiteral("logicDiagram"));
    setAccessibleName(tr("Programme logic diagram"));
    setAccessibleDescription(tr("Problems, causes, interventions, goals and indicators with the links between "
                                "them. Drag from an intervention to a cause or goal to link them; select a link "
                                "and press Delete to remove it; Enter opens the item's properties."));
    viewport()->setAccessibleName(tr("Programme logic diagram area"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    horizontalScrollBar()->setAccessibleName(tr("Scroll the diagram sideways"));
    verticalScrollBar()->setAccessibleName(tr("Scroll the diagram up and down"));
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);

    const Plan &plan = document.plan();
    for (auto signal : {&Plan::inserted, &Plan::removed})
        connect(&plan, signal, this, [this](EntityKind, Id) { scheduleRebuild(); });
    connect(&plan, &Plan::changed, this, [this](EntityKind, Id, int) { scheduleRebuild(); });
    connect(&plan, &Plan::reset, this, &LogicDiagram::scheduleRebuild);
    connect(&selection, &PlanSelection::changed, this, &LogicDiagram::followSelection);
    for (int c = 0; c < LogicLayout::ColumnCount; ++c)
        m_state.columnTitles << Labels::kindPlural(LogicLayout::columnKind(c));
    if (LogicLayout::columnOf(selection.kind()) >= 0)
        m_selectedNode = {selection.kind(), selection.id()};
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
    m_state.selectedNode = m_layout.indexOf(m_selectedNode.first, m_selectedNode.second);
    m_state.selectedLink = -1;
    if (m_selectedLink.second != NoId) {
        for (int k = 0; k < m_layout.links().size(); ++k) {
            const LogicLink &l = m_layout.links()[k];
            if (l.kind == m_selectedLink.first && l.id == m_selectedLink.second)
                m_state.selectedLink = k;
        }
    }
    m_state.highlightedNodes.clear();
    m_state.highlightedLinks.clear();
    if (m_state.selectedLink >= 0)
        m_layout.linkChain(m_state.selectedLink, &m_state.highlightedNodes, &m_state.highlightedLinks);
    else if (m_state.selectedNode >= 0)
        m_layout.chain(m_state.selectedNode, &m_state.highlightedNodes, &m_state.highlightedLinks);
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
    for (int k = 0; k < m_layout.links().size(); ++k) {
        if (m_layout.links()[k].kind == kind && m_layout.links()[k].id == id) {
            setSelectedLinkIndex(k);
            return true;
        }
    }
    return false;
}

LogicDiagram::Item LogicDiagram::selectedItem() const
{
    return m_selectedNode;
}

LogicDiagram::Item LogicDiagram::selectedLink() const
{
    return m_selectedLink;
}

void LogicDiagram::setSelectedNode(int node)
{
    rebuild();
    m_selectedLink = {EntityKind::Programme, NoId};
    if (node >= 0 && node < m_layout.nodes().size())
        m_selectedNode = {m_layout.nodes()[node].kind, m_layout.nodes()[node].id};
    else
        m_selectedNode = {EntityKind::Programme, NoId};
    m_highlightDirty = true;
    viewport()->update();
}

void LogicDiagram::setSelectedLinkIndex(int link)
{
    rebuild();
    m_selectedNode = {EntityKind::Programme, NoId};
    if (link >= 0 && link < m_layout.links().size() && m_layout.links()[link].removable())
        m_selectedLink = {m_layout.links()[link].kind, m_layout.links()[link].id};
    else
        m_selectedLink = {EntityKind::Programme, NoId};
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
    if (m_selectedLink.second != NoId)
        m_selection.select(m_selectedLink.first, m_selectedLink.second);
    else if (m_selectedNode.second != NoId)
        m_selection.select(m_selectedNode.first, m_selectedNode.second);
}

bool LogicDiagram::canLink(int from, int to, QString *why) const
{
    const QList<LogicNode> &nodes = m_layout.nodes();
    if (from < 0 || to < 0 || from >= nodes.size() || to >= nodes.size())
        return false;
    if (nodes[from].kind != EntityKind::Intervention
        || (nodes[to].kind != EntityKind::Cause && nodes[to].kind != EntityKind::Goal)) {
        if (why)
            *why = tr("Drag from an intervention to a cause or a goal to link them.");
        return false;
    }
    if (m_layout.linkBetween(from, to) >= 0) {
        if (why)
            *why = tr("\"%1\" is already linked to \"%2\".").arg(nodes[from].name, nodes[to].name);
        return false;
    }
    return true;
}

bool LogicDiagram::createLink(Id intervention, EntityKind kind, Id target)
{
    rebuild();
    const int from = m_layout.indexOf(EntityKind::Intervention, intervention);
    const int to = m_layout.indexOf(kind, target);
    QString why;
    if (!canLink(from, to, &why)) {
        Q_EMIT statusMessage(why.isEmpty() ? tr("Drag from an intervention to a cause or a goal to link them.") : why);
        return false;
    }
    if (m_document.isReadOnly()) {
        Q_EMIT statusMessage(m_document.readOnlyReason());
        return false;
    }
    EditCommand *command = kind == EntityKind::Cause
                               ? commands::insert(m_document, InterventionCause{NoId, intervention, target, QString()},
                                                  CommandText::of<LogicDiagram>(QT_TR_NOOP("Link intervention to cause")))
                               : commands::insert(m_document, InterventionGoal{NoId, intervention, target, QString()},
                                                  CommandText::of<LogicDiagram>(QT_TR_NOOP("Link intervention to goal")));
    if (!command || !m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        return false;
    }
    Q_EMIT statusMessage(tr("Linked \"%1\" to \"%2\".")
                             .arg(Labels::entityName(m_document.plan(), EntityKind::Intervention, intervention),
                                  Labels::entityName(m_document.plan(), kind, target)));
    return true;
}

bool LogicDiagram::removeSelectedLink()
{
    if (m_selectedLink.second == NoId) {
        Q_EMIT statusMessage(tr("Select a link between an intervention and a cause or goal to delete it."));
        return false;
    }
    if (m_document.isReadOnly()) {
        Q_EMIT statusMessage(m_document.readOnlyReason());
        return false;
    }
    QString error;
    EditCommand *command =
        commands::remove(m_document, m_selectedLink.first, {m_selectedLink.second},
                         CommandText::of<LogicDiagram>(QT_TR_NOOP("Remove link")), &error);
    if (!command || !m_document.execute(command)) {
        Q_EMIT statusMessage(error.isEmpty() ? m_document.lastError() : error);
        return false;
    }
    m_selectedLink = {EntityKind::Programme, NoId};
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

} // namespace horisont
