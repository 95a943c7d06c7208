#pragma once

#include "edit/change.h"
#include "model/commandtext.h"

#include <QUndoCommand>

namespace horisont {

class PlanDocument;

/// The one undoable command: an ordered list of changes applied through the
/// document in one transaction. Undo applies the inverse in reverse order.
/// If the first redo cannot be saved, the command marks itself obsolete and
/// QUndoStack::push discards it, leaving plan, file and stack unchanged.
/// A later undo or redo can be refused too (a ledger import, which is not on
/// the stack, may have booked spending on what the undo would remove): the
/// command then stays, remembers the refusal, and PlanDocument::undo()/redo()
/// step the stack back, so that it keeps telling the truth about the plan.
class EditCommand : public QUndoCommand
{
public:
    /// `text` names the command in no particular language: Edit ▸ Undo
    /// shows it in the user's, and the change log stores it as it is.
    EditCommand(PlanDocument *document, const CommandText &text, ChangeList changes,
                QString reason = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const ChangeList &changes() const { return m_changes; }
    const CommandText &description() const { return m_description; }
    /// The id of the first entity this command inserts, or NoId.
    Id createdId() const;
    QString reason() const { return m_reason; }
    /// The reason the change log records with this command's change (done
    /// and redone; an undo is logged without it).
    void setReason(const QString &reason) { m_reason = reason; }
    /// Whether the last undo or redo was refused (the plan did not change).
    bool wasRefused() const { return m_refused; }

private:
    PlanDocument *m_document;
    CommandText m_description;
    ChangeList m_changes;
    QString m_reason;
    bool m_done = false;
    bool m_refused = false;
};

} // namespace horisont
