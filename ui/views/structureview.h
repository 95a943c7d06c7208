#pragma once

#include "model/ids.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QUndoCommand;

namespace horisont {

class PlanDocument;
class PlanSelection;
class StructureModel;

/// The plan's tree — phases, interventions, activities and milestones —
/// edited in place and from the keyboard: add, delete, move, drag and drop,
/// copy and paste. Every edit is one undoable command.
class StructureView : public QWidget
{
    Q_OBJECT
public:
    StructureView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    StructureModel *model() const { return m_model; }
    /// Focuses the find field (Edit ▸ Find).
    void startFind();
    /// Deletes the selected items (Edit ▸ Delete).
    void deleteSelected();

    QAction *addPhaseAction() const { return m_addPhase; }
    QAction *addInterventionAction() const { return m_addIntervention; }
    QAction *addActivityAction() const { return m_addActivity; }
    QAction *addMilestoneAction() const { return m_addMilestone; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void createActions();
    void updateActions();
    void select(EntityKind kind, Id id);
    void addPhase();
    void addIntervention();
    void addActivity(bool milestone);
    void moveSelected(int step);
    void changeLevel(bool indent);
    void copySelected();
    void paste();
    void run(QUndoCommand *command, EntityKind kind = EntityKind::Programme);
    QModelIndex currentSource() const;
    QList<QModelIndex> selectedSources() const;
    Id enclosing(EntityKind kind) const;

    PlanDocument &m_document;
    PlanSelection &m_selection;
    StructureModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_find;
    QAction *m_addPhase = nullptr;
    QAction *m_addIntervention = nullptr;
    QAction *m_addActivity = nullptr;
    QAction *m_addMilestone = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_indent = nullptr;
    QAction *m_outdent = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    EntityKind m_clipboardKind = EntityKind::Programme;
    QList<Id> m_clipboard;
};

} // namespace horisont
