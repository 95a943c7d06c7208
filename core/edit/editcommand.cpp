#include "edit/editcommand.h"

#include "document/plandocument.h"

namespace horisont {

EditCommand::EditCommand(PlanDocument *document, const CommandText &text, ChangeList changes, QString reason,
                         QUndoCommand *parent)
    : QUndoCommand(text.toString(), parent), m_document(document), m_description(text), m_changes(std::move(changes)),
      m_reason(std::move(reason))
{
}

void EditCommand::redo()
{
    if (m_refused) {
        m_refused = false; // the stack steps back over a refused undo: the plan is as this command left it
        return;
    }
    const QString action = m_done ? QStringLiteral("redo") : QStringLiteral("do");
    if (!m_document->apply(m_changes, action, m_description, m_reason)) {
        if (m_done)
            m_refused = true;
        else
            setObsolete(true);
        return;
    }
    m_done = true;
}

void EditCommand::undo()
{
    if (m_refused) {
        m_refused = false; // stepping back over a refused redo
        return;
    }
    // The reason explains why the change was made, not why it is taken back:
    // an undo is logged without it (a redo makes the same change again, so
    // it carries the reason once more).
    if (!m_document->apply(inverted(m_changes), QStringLiteral("undo"), m_description, QString()))
        m_refused = true;
}

Id EditCommand::createdId() const
{
    for (const Change &c : m_changes) {
        if (c.type == Change::Type::Insert)
            return c.record.id;
    }
    return NoId;
}

} // namespace horisont
