#include "scenarios/newscenariodialog.h"

#include "document/plandocument.h"
#include "versions/planversions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {

NewScenarioDialog::NewScenarioDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_name(new QLineEdit(this)), m_basis(new QComboBox(this)),
      m_workInIt(new QCheckBox(tr("&Work in it now"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("New Scenario"));
    m_name->setAccessibleName(tr("Scenario name"));
    m_name->setPlaceholderText(tr("e.g. 15-year continuation"));
    m_basis->setAccessibleName(tr("Make it of"));
    m_basis->addItem(tr("The plan as it is"), QString());
    for (const PlanVersion &v : planversions::list(document.store())) {
        if (v.intact)
            m_basis->addItem(tr("Version «%1» (%2)").arg(v.name, planversions::decisionText(v.decision)), v.name);
    }
    m_workInIt->setChecked(true);
    m_problem->setObjectName(QStringLiteral("scenarioProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));

    auto *intro = new QLabel(tr("A scenario is a what-if of the plan in the same file: work in it, edit and undo as "
                                "in the plan, compare it side by side with the plan, and promote it to be the plan "
                                "once it is decided. The ledger is shared by the plan and every scenario."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Make it &of:"), m_basis);
    form->addRow(QString(), m_workInIt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setAccessibleName(tr("Create the scenario"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(540);

    connect(m_name, &QLineEdit::textChanged, this, &NewScenarioDialog::updateProblem);
    updateProblem();
}

bool NewScenarioDialog::workInIt() const { return m_workInIt->isChecked(); }

void NewScenarioDialog::updateProblem()
{
    // An empty name is not yet a problem to point out; Create waits for one.
    const QString problem =
        m_name->text().trimmed().isEmpty() ? QString() : planscenarios::nameProblem(m_document.store(), m_name->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty() && !m_name->text().trimmed().isEmpty());
}

void NewScenarioDialog::accept()
{
    QString error;
    m_created = planscenarios::create(m_document, m_name->text(), m_basis->currentData().toString(),
                                      QDateTime::currentDateTimeUtc(), &error);
    if (!m_created) {
        QMessageBox::warning(this, tr("New Scenario"), error);
        updateProblem();
        return;
    }
    QDialog::accept();
}

} // namespace horisont
