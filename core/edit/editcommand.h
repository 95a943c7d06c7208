#pragma once

#include "edit/change.h"

#include <QUndoCommand>

namespace horisont {

class PlanDocument;

/// The one undoable command: an ordered list of changes applied through the
/// document in one transaction. Undo applies the inverse in reverse order.
/// If the first redo cannot be saved, the command marks itself obsolete and
/// QUndoStack::push discards it, leaving plan, file and stack unchanged.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(PlanDocument *document, const QString &text, ChangeList changes,
                QString reason = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const ChangeList &changes() const { return m_changes; }
    /// The id of the first entity this command inserts, or NoId.
    Id createdId() const;
    QString reason() const { return m_reason; }

private:
    PlanDocument *m_document;
    ChangeList m_changes;
    QString m_reason;
    bool m_done = false;
};

} // namespace horisont
