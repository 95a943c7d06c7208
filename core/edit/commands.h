#pragma once

#include "document/plandocument.h"
#include "edit/editcommand.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QList>

namespace horisont::commands {

/// Sets one field of one entity, named after the field's label and the
/// item ("Change project code of «Trygghetsvandringar»"; a start, end or
/// milestone flag goes through the date rule, see dates::). Returns nullptr
/// (and sets *error) when the entity or field does not exist or the text is
/// longer than the field takes (FieldMeta::maxLength; the message names the
/// field by its label); a command that changes nothing is also refused, so
/// the undo stack only holds real edits.
EditCommand *setField(PlanDocument &document, EntityKind kind, Id id, const QString &fieldName,
                      const QVariant &value, QString *error = nullptr, const QString &reason = QString());

/// The error setField gives for a value that is already the field's value.
QString unchangedMessage();

/// What became of an edit: every entry point (a cell, a panel, a drag)
/// treats a builder's refusal and a failed execute alike.
struct Outcome {
    enum State { Applied, Unchanged, Refused };
    State state = Refused;
    /// Why it was refused, for the user; empty unless state is Refused.
    QString refusal;
    bool applied() const { return state == Applied; }
};

/// Executes what a builder returned. Without a command, `builderError`
/// says why: unchangedMessage() (or nothing) means there was nothing to do,
/// anything else is a refusal. A command the document cannot apply is
/// refused with PlanDocument::lastError().
Outcome execute(PlanDocument &document, EditCommand *command, const QString &builderError);
/// Why `value` cannot be stored in `field` (a text longer than its
/// maxLength, naming the field by its label or as `shownAs`, e.g. the
/// command line's "--name"), or empty when it can.
QString tooLongMessage(const FieldMeta &field, const QVariant &value, const QString &shownAs = QString());

/// Adds an entity; an id of NoId is replaced by a fresh one (see createdId()).
/// Returns nullptr (and sets *error) when a text is longer than its field takes.
EditCommand *insertRecord(PlanDocument &document, Record record, const CommandText &text, QString *error = nullptr);

template<class T>
EditCommand *insert(PlanDocument &document, T entity, const CommandText &text, QString *error = nullptr)
{
    return insertRecord(document, toRecord(entity), text, error);
}

/// The changes that remove entities together with everything that depends
/// on them: dependents that cannot exist alone are removed (an intervention's
/// activities), optional references to them are cleared (a phase's decision).
/// Children come before parents, so the file's foreign keys hold at every step.
ChangeList removalChanges(const Plan &plan, EntityKind kind, const QList<Id> &ids);

/// Removes entities and their dependents (see removalChanges). Refuses
/// (nullptr, *error says why) when ledger transactions are booked on an
/// organisation, intervention or funding source that would go: actual
/// spending is never orphaned. The refusal advises what applies to the kind
/// deleted: an intervention is cancelled, a phase's interventions are moved
/// (or cancelled), an organisation or a funding source is kept.
EditCommand *remove(PlanDocument &document, EntityKind kind, const QList<Id> &ids, const CommandText &text,
                    QString *error = nullptr);
/// remove() named by core: "Delete «X»" for one item with a name, else
/// "Delete %n item(s)".
EditCommand *remove(PlanDocument &document, EntityKind kind, const QList<Id> &ids, QString *error = nullptr);

} // namespace horisont::commands
