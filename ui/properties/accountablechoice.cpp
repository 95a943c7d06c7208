#include "properties/accountablechoice.h"

#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "edit/responsibilitycommands.h"
#include "plan/plan.h"

#include <QSignalBlocker>

namespace horisont {

AccountableChoice::AccountableChoice(PlanDocument &document, Id intervention, QWidget *parent)
    : QComboBox(parent), m_document(document), m_intervention(intervention)
{
    setObjectName(QStringLiteral("accountableChoice"));
    setAccessibleName(tr("Accountable organisation"));
    setEnabled(!document.isReadOnly());
    // Long names must not widen the narrow dock.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    const Plan &plan = document.plan();
    const auto follow = [this](EntityKind kind, Id) {
        if (kind == EntityKind::Organisation || kind == EntityKind::Responsibility)
            refresh();
    };
    connect(&plan, &Plan::inserted, this, follow);
    connect(&plan, &Plan::removed, this, follow);
    connect(&plan, &Plan::changed, this, follow);
    connect(this, &QComboBox::activated, this, &AccountableChoice::commit);
    refresh();
}

Id AccountableChoice::shownOrganisation() const
{
    return currentData().value<Id>();
}

void AccountableChoice::refresh()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("(none)"), QVariant::fromValue(NoId));
    for (const Organisation &o : m_document.plan().all<Organisation>())
        addItem(o.name, QVariant::fromValue(o.id));
    const Id accountable = allocations::accountableOrganisation(m_document.plan(), m_intervention);
    setCurrentIndex(std::max(0, findData(QVariant::fromValue(accountable))));
}

void AccountableChoice::commit()
{
    const Id chosen = shownOrganisation();
    if (chosen == allocations::accountableOrganisation(m_document.plan(), m_intervention))
        return;
    EditCommand *command = responsibilities::setAccountable(m_document, m_intervention, chosen);
    if (command && !m_document.execute(command)) {
        Q_EMIT statusMessage(m_document.lastError());
        refresh();
    }
}

} // namespace horisont
