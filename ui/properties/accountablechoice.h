#pragma once

#include "model/ids.h"

#include <QComboBox>

namespace horisont {

class PlanDocument;

/// An intervention's accountable organisation in the property panel: a
/// list of the organisations (and "(none)"). Choosing one is core's one
/// RACI rule (responsibilities::setAccountable, as the structure's
/// "accountable" column and the matrix), one undoable command; the list
/// follows undo, redo and roles given elsewhere.
class AccountableChoice : public QComboBox
{
    Q_OBJECT
public:
    AccountableChoice(PlanDocument &document, Id intervention, QWidget *parent = nullptr);

    static bool appliesTo(EntityKind kind) { return kind == EntityKind::Intervention; }
    /// The organisation shown as accountable (NoId: none).
    Id shownOrganisation() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refresh();
    void commit();

    PlanDocument &m_document;
    Id m_intervention;
};

} // namespace horisont
