#include "views/structureview.h"

#include "delegates/structuredelegate.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/editcommand.h"
#include "edit/levelcommands.h"
#include "edit/structurecommands.h"
#include "labels/labels.h"
#include "models/structuremodel.h"
#include "selection/planselection.h"
#include "today.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace horisont {

StructureView::StructureView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(new StructureModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_tree(new QTreeView(this)), m_find(new QLineEdit(this))
{
    setObjectName(QStringLiteral("structureView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(StructureModel::Name);

    m_tree->setObjectName(QStringLiteral("structureTree"));
    m_tree->setAccessibleName(tr("Plan structure"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new StructureDelegate(document.plan(), m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->header()->setSectionResizeMode(StructureModel::Name, QHeaderView::Interactive);
    m_tree->header()->resizeSection(StructureModel::Name, 300);
    m_tree->header()->setStretchLastSection(false);
    for (int c = StructureModel::Start; c < StructureModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Names come first and get a generous width; area lists take what is left and elide.
    m_tree->header()->setSectionResizeMode(StructureModel::Areas, QHeaderView::Stretch);
    m_tree->expandToDepth(0);

    m_find->setObjectName(QStringLiteral("structureFind"));
    m_find->setPlaceholderText(tr("Find by name…"));
    m_find->setAccessibleName(tr("Find in the structure"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("structureToolbar"));
    toolbar->setAccessibleName(tr("Structure tools"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_addPhase, m_addIntervention, m_addActivity, m_addMilestone});
    toolbar->addSeparator();
    toolbar->addActions({m_moveUp, m_moveDown, m_outdent, m_indent, m_delete});
    // Moves are arrows (their names are in the tooltip and for screen readers), so the bar fits a laptop.
    const std::pair<QAction *, QStyle::StandardPixmap> arrows[] = {{m_moveUp, QStyle::SP_ArrowUp},
                                                                  {m_moveDown, QStyle::SP_ArrowDown},
                                                                  {m_outdent, QStyle::SP_ArrowLeft},
                                                                  {m_indent, QStyle::SP_ArrowRight}};
    for (const auto &[action, pixmap] : arrows) {
        action->setIcon(style()->standardIcon(pixmap));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
            button->setAccessibleName(action->text());
        }
    }
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tools"));
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(m_find);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_model, &StructureModel::editRefused, this, &StructureView::statusMessage);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QModelIndex current = currentSource();
        if (current.isValid())
            m_selection.select(m_model->kindAt(current), m_model->idAt(current));
        updateActions();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StructureView::updateActions);
    connect(&selection, &PlanSelection::changed, this, &StructureView::select);
    updateActions();
}

void StructureView::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addPhase = make(tr("Add phase"), QKeySequence(tr("Ctrl+Shift+P")), &StructureView::addPhase);
    m_addIntervention = make(tr("Add intervention"), QKeySequence(Qt::Key_Insert), &StructureView::addIntervention);
    m_addActivity = make(tr("Add activity"), QKeySequence(tr("Ctrl+Insert")), [this] { addActivity(false); });
    m_addMilestone = make(tr("Add milestone"), QKeySequence(tr("Ctrl+Shift+M")), [this] { addActivity(true); });
    m_delete = make(tr("Delete"), QKeySequence::Delete, &StructureView::deleteSelected);
    // Delete deletes the row only when the tree itself has the focus: in an
    // open editor (a name, a date, a status list) or the find field the key
    // belongs to that editor, and must never delete the item being edited.
    removeAction(m_delete);
    m_tree->addAction(m_delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_moveUp = make(tr("Move up"), QKeySequence(tr("Alt+Up")), [this] { moveSelected(-1); });
    m_moveDown = make(tr("Move down"), QKeySequence(tr("Alt+Down")), [this] { moveSelected(+1); });
    m_indent = make(tr("Indent"), QKeySequence(tr("Alt+Right")), [this] { changeLevel(true); });
    m_outdent = make(tr("Outdent"), QKeySequence(tr("Alt+Left")), [this] { changeLevel(false); });
    m_copy = make(tr("Copy"), QKeySequence::Copy, &StructureView::copySelected);
    m_paste = make(tr("Paste"), QKeySequence::Paste, &StructureView::paste);
}

QModelIndex StructureView::currentSource() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

QList<QModelIndex> StructureView::selectedSources() const
{
    QList<QModelIndex> indexes;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows())
        indexes << m_proxy->mapToSource(row);
    return indexes;
}

Id StructureView::enclosing(EntityKind kind) const
{
    for (QModelIndex index = currentSource(); index.isValid(); index = index.parent()) {
        if (m_model->kindAt(index) == kind)
            return m_model->idAt(index);
    }
    return NoId;
}

void StructureView::updateActions()
{
    const bool writable = !m_document.isReadOnly();
    const bool any = !selectedSources().isEmpty();
    m_addPhase->setEnabled(writable);
    m_addIntervention->setEnabled(writable && enclosing(EntityKind::Phase) != NoId);
    m_addActivity->setEnabled(writable && enclosing(EntityKind::Intervention) != NoId);
    m_addMilestone->setEnabled(m_addActivity->isEnabled());
    m_delete->setEnabled(writable && any);
    m_moveUp->setEnabled(writable && currentSource().isValid());
    m_moveDown->setEnabled(writable && currentSource().isValid());
    const EntityKind currentKind = m_model->kindAt(currentSource());
    m_indent->setEnabled(writable && currentKind == EntityKind::Intervention);
    m_outdent->setEnabled(writable && currentKind == EntityKind::Activity);
    m_copy->setEnabled(any);
    m_paste->setEnabled(writable && !m_clipboard.isEmpty());
}

void StructureView::select(EntityKind kind, Id id)
{
    const QModelIndex source = m_model->indexOf(kind, id);
    if (!source.isValid() || source == currentSource())
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void StructureView::run(QUndoCommand *command, EntityKind kind)
{
    if (!command)
        return;
    const Id created = kind != EntityKind::Programme ? static_cast<EditCommand *>(command)->createdId() : NoId;
    if (!m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        return;
    }
    if (created != NoId) {
        select(kind, created);
        m_tree->edit(m_tree->currentIndex()); // name the new item right away
    }
    updateActions();
}

void StructureView::addPhase()
{
    run(structure::addPhase(m_document, tr("New phase"), today()), EntityKind::Phase);
}

void StructureView::addIntervention()
{
    run(structure::addIntervention(m_document, enclosing(EntityKind::Phase), tr("New intervention")),
        EntityKind::Intervention);
}

void StructureView::addActivity(bool milestone)
{
    run(structure::addActivity(m_document, enclosing(EntityKind::Intervention),
                               milestone ? tr("New milestone") : tr("New activity"), milestone),
        EntityKind::Activity);
}

void StructureView::deleteSelected()
{
    const QList<QModelIndex> selected = selectedSources();
    if (selected.isEmpty() || m_document.isReadOnly())
        return;
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_tree && m_tree->isAncestorOf(focus))
        return; // an editor is open: what it shows is being edited, not deleted
    // Delete one kind at a time: the outermost selected (children go with it).
    EntityKind kind = EntityKind::Activity;
    for (const QModelIndex &index : selected)
        kind = std::min(kind, m_model->kindAt(index));
    QList<Id> ids;
    for (const QModelIndex &index : selected) {
        if (m_model->kindAt(index) == kind)
            ids << m_model->idAt(index);
    }
    QString error;
    EditCommand *command = commands::remove(m_document, kind, ids, &error);
    if (!command) {
        QMessageBox::information(this, tr("Cannot delete"), error);
        return;
    }
    run(command);
}

void StructureView::moveSelected(int step)
{
    const QModelIndex current = currentSource();
    if (!current.isValid())
        return;
    const EntityKind kind = m_model->kindAt(current);
    const Id id = m_model->idAt(current);
    run(structure::move(m_document, kind, id, step));
    select(kind, id);
}

void StructureView::changeLevel(bool indent)
{
    const QModelIndex current = currentSource();
    if (!current.isValid())
        return;
    QString error;
    const Id id = m_model->idAt(current);
    EditCommand *command = indent ? structure::indent(m_document, id, &error) : structure::outdent(m_document, id, &error);
    if (!command) {
        Q_EMIT statusMessage(error);
        return;
    }
    // The item comes back as a new one one level in or out: select it.
    const Id created = command->createdId();
    run(command);
    select(indent ? EntityKind::Activity : EntityKind::Intervention, created);
}

void StructureView::copySelected()
{
    m_clipboard.clear();
    for (const QModelIndex &index : selectedSources()) {
        if (m_clipboard.isEmpty())
            m_clipboardKind = m_model->kindAt(index);
        if (m_model->kindAt(index) == m_clipboardKind)
            m_clipboard << m_model->idAt(index);
    }
    Q_EMIT statusMessage(tr("Copied %n item(s).", nullptr, int(m_clipboard.size())));
    updateActions();
}

void StructureView::paste()
{
    if (m_clipboard.isEmpty())
        return;
    Id target = NoId;
    if (m_clipboardKind == EntityKind::Intervention)
        target = enclosing(EntityKind::Phase);
    else if (m_clipboardKind == EntityKind::Activity)
        target = enclosing(EntityKind::Intervention);
    if (m_clipboardKind != EntityKind::Phase && target == NoId) {
        Q_EMIT statusMessage(tr("Select where to paste: a phase for interventions, an intervention for activities."));
        return;
    }
    run(structure::paste(m_document, m_clipboardKind, m_clipboard, target));
}

void StructureView::startFind()
{
    m_find->setFocus();
    m_find->selectAll();
}

} // namespace horisont
