#include "edit/editcommand.h"

#include "document/plandocument.h"

namespace horisont {

EditCommand::EditCommand(PlanDocument *document, const QString &text, ChangeList changes, QString reason,
                         QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_changes(std::move(changes)),
      m_reason(std::move(reason))
{
}

void EditCommand::redo()
{
    const QString action = m_done ? QStringLiteral("redo") : QStringLiteral("do");
    if (!m_document->apply(m_changes, action, text(), m_reason)) {
        setObsolete(true);
        return;
    }
    m_done = true;
}

void EditCommand::undo()
{
    if (!m_document->apply(inverted(m_changes), QStringLiteral("undo"), text(), m_reason))
        setObsolete(true);
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
