#include "dialogs/markdecideddialog.h"

#include "labels/labels.h"
#include "plan/plan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {

MarkDecidedDialog::MarkDecidedDialog(const Plan &plan, int allocationCount, QWidget *parent)
    : QDialog(parent), m_decision(new QComboBox(this))
{
    setWindowTitle(tr("Mark as decided"));
    std::vector<const Decision *> decisions;
    for (const Decision &d : plan.all<Decision>())
        decisions.push_back(&d);
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const Decision *a, const Decision *b) { return a->date > b->date; });
    for (const Decision *d : decisions) {
        const QString name = Labels::entityName(plan, EntityKind::Decision, d->id);
        m_decision->addItem(d->body.isEmpty() ? name : tr("%1 — %2").arg(d->body, name), QVariant::fromValue(d->id));
    }
    m_decision->setAccessibleName(tr("Decision"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *mark = buttons->addButton(tr("Mark as decided"), QDialogButtonBox::AcceptRole);
    mark->setEnabled(!decisions.empty());
    mark->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(decisions.empty()
                                     ? tr("The plan has no decisions yet. Add the decision under Decisions and periods first.")
                                     : tr("%n allocation(s) will be marked as decided on:", nullptr, allocationCount),
                                 this));
    layout->addWidget(m_decision);
    layout->addWidget(buttons);
}

Id MarkDecidedDialog::decision() const
{
    return m_decision->count() > 0 ? m_decision->currentData().value<Id>() : NoId;
}

} // namespace horisont
