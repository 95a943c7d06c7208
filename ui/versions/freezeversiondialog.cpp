#include "versions/freezeversiondialog.h"

#include "document/plandocument.h"
#include "model/datebounds.h"
#include "optionaldateedit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {
namespace {
// The day before the first a decision can be dated: the date edit's "none".
const QDate noDate = QDate(datebounds::FirstYear, 1, 1).addDays(-1);
} // namespace

FreezeVersionDialog::FreezeVersionDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_name(new QLineEdit(this)), m_body(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_reference(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Freeze Version"));
    m_name->setAccessibleName(tr("Version name"));
    m_name->setPlaceholderText(tr("e.g. Budget 2025"));
    m_body->setAccessibleName(tr("Decided by"));
    m_body->setPlaceholderText(tr("e.g. Kommunstyrelsen (empty for a snapshot)"));
    m_date->setAccessibleName(tr("Date of the decision"));
    makeOptionalDateEdit(*m_date, noDate, tr("none"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("e.g. KS 2024/117"));
    m_problem->setObjectName(QStringLiteral("freezeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));

    auto *intro = new QLabel(tr("A version is a copy of the plan as it stands that can never be edited. With the "
                                "decision that adopted it, it is a decided version and is kept for good; without "
                                "one it is a snapshot. The ledger is shared by all versions."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Decided &by:"), m_body);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reference:"), m_reference);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_freeze = buttons->addButton(tr("Freeze"), QDialogButtonBox::AcceptRole);
    m_freeze->setAccessibleName(tr("Freeze the version"));
    m_freeze->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(540);

    for (QLineEdit *edit : {m_name, m_body, m_reference})
        connect(edit, &QLineEdit::textChanged, this, &FreezeVersionDialog::updateProblem);
    connect(m_date, &QDateEdit::dateChanged, this, &FreezeVersionDialog::updateProblem);
    updateProblem();
}

VersionDecision FreezeVersionDialog::decision() const
{
    return {m_body->text(), optionalDate(*m_date), m_reference->text()};
}

void FreezeVersionDialog::updateProblem()
{
    const QString problem = planversions::freezeProblem(m_document.store(), m_name->text(), decision());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_freeze->setEnabled(problem.isEmpty());
}

void FreezeVersionDialog::accept()
{
    QString error;
    m_frozen = planversions::freeze(m_document, m_name->text(), decision(), QDateTime::currentDateTimeUtc(), &error);
    if (!m_frozen) {
        QMessageBox::warning(this, tr("Freeze Version"), error);
        updateProblem();
        return;
    }
    QDialog::accept();
}

} // namespace horisont
