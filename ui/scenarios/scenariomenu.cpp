#include "scenarios/scenariomenu.h"

#include "document/plandocument.h"
#include "plansession.h"
#include "scenarios/newscenariodialog.h"
#include "scenarios/sidebysidedialog.h"
#include "versions/planscenarios.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace horisont {

ScenarioMenu::ScenarioMenu(QMenu &menu, QWidget &window, PlanSession &session)
    : QObject(&menu), m_window(window), m_session(session),
      m_new(menu.addAction(tr("&New Scenario…"), this, &ScenarioMenu::newScenario)),
      m_workIn(menu.addMenu(tr("&Work In"))),
      m_compare(menu.addAction(tr("&Compare Side by Side…"), this, &ScenarioMenu::compare)),
      m_promote(menu.addAction(tr("&Promote to Plan…"), this, &ScenarioMenu::promote)),
      m_delete(menu.addMenu(tr("&Delete Scenario")))
{
    m_new->setObjectName(QStringLiteral("newScenario"));
    m_workIn->setObjectName(QStringLiteral("workIn"));
    m_compare->setObjectName(QStringLiteral("compareScenarios"));
    m_promote->setObjectName(QStringLiteral("promoteScenario"));
    m_delete->setObjectName(QStringLiteral("deleteScenario"));
    connect(m_workIn, &QMenu::aboutToShow, this, &ScenarioMenu::fillWorkIn);
    connect(m_delete, &QMenu::aboutToShow, this, &ScenarioMenu::fillDelete);
    updateState();
}

void ScenarioMenu::updateState()
{
    const PlanDocument *document = m_session.document();
    const bool writable = document && !document->isReadOnly() && !document->shownVersion();
    m_new->setEnabled(writable);
    m_workIn->setEnabled(document && !document->shownVersion());
    m_compare->setEnabled(document != nullptr);
    m_promote->setEnabled(writable && document->workingScenario());
    m_promote->setText(writable && document->workingScenario()
                           ? tr("&Promote «%1» to Plan…").arg(document->workingScenario()->name)
                           : tr("&Promote to Plan…"));
    m_delete->setEnabled(writable);
}

void ScenarioMenu::fillWorkIn()
{
    m_workIn->clear();
    PlanDocument *document = m_session.document();
    if (!document)
        return;
    auto *group = new QActionGroup(m_workIn);
    const auto add = [&](const QString &text, const QString &name, bool current) {
        QAction *action = m_workIn->addAction(text, this, [this, name] { workIn(name); });
        action->setCheckable(true);
        action->setChecked(current);
        group->addAction(action);
    };
    add(tr("The Plan"), QString(), !document->workingScenario());
    m_workIn->addSeparator();
    const QList<PlanScenario> scenarios = planscenarios::list(document->store());
    for (const PlanScenario &s : scenarios)
        add(s.name, s.name, document->workingScenario() && document->workingScenario()->id == s.id);
    if (scenarios.isEmpty())
        m_workIn->addAction(tr("(no scenarios yet)"))->setEnabled(false);
}

void ScenarioMenu::fillDelete()
{
    m_delete->clear();
    PlanDocument *document = m_session.document();
    if (!document)
        return;
    const QList<PlanScenario> scenarios = planscenarios::list(document->store());
    for (const PlanScenario &s : scenarios) {
        QAction *action = m_delete->addAction(s.name, this, [this, name = s.name] { remove(name); });
        // The scenario worked in goes only once the window is back in the plan.
        action->setEnabled(!document->workingScenario() || document->workingScenario()->id != s.id);
    }
    if (scenarios.isEmpty())
        m_delete->addAction(tr("(no scenarios yet)"))->setEnabled(false);
}

void ScenarioMenu::newScenario()
{
    PlanDocument *document = m_session.document();
    if (!document)
        return;
    NewScenarioDialog dialog(*document, &m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return;
    Q_EMIT statusMessage(tr("Made scenario «%1».").arg(dialog.created()->name));
    if (dialog.workInIt())
        workIn(dialog.created()->name);
}

void ScenarioMenu::workIn(const QString &name)
{
    PlanDocument *document = m_session.document();
    if (!document)
        return;
    QString error;
    const bool ok = name.isEmpty() ? document->workInPlan(&error) : document->workInScenario(name, &error);
    if (!ok) {
        QMessageBox::warning(&m_window, tr("Scenarios"), error);
        return;
    }
    Q_EMIT statusMessage(name.isEmpty() ? tr("Working in the plan.")
                                        : tr("Working in scenario «%1»: the plan is unchanged by what you do here.").arg(name));
}

void ScenarioMenu::compare()
{
    if (PlanDocument *document = m_session.document()) {
        SideBySideDialog dialog(*document, &m_window);
        dialog.exec();
    }
}

void ScenarioMenu::promote()
{
    PlanDocument *document = m_session.document();
    if (!document || !document->workingScenario())
        return;
    const QString name = document->workingScenario()->name;
    const auto answer = QMessageBox::question(
        &m_window, tr("Promote to Plan"),
        tr("Make scenario «%1» the plan?\n\nThe plan as it is now is kept as a snapshot, each change is written to "
           "the change log as an edit of the plan, and the scenario is gone. This cannot be undone with Undo; the "
           "snapshot is the way back.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    const auto snapshot = planscenarios::promote(*document, name, QDateTime::currentDateTimeUtc(), &error);
    if (!snapshot) {
        QMessageBox::warning(&m_window, tr("Promote to Plan"), error);
        return;
    }
    Q_EMIT statusMessage(tr("«%1» is now the plan; the plan as it was is the snapshot «%2».").arg(name, *snapshot));
}

void ScenarioMenu::remove(const QString &name)
{
    PlanDocument *document = m_session.document();
    if (!document)
        return;
    const auto answer = QMessageBox::question(&m_window, tr("Delete Scenario"),
                                              tr("Delete scenario «%1»? What was tried in it is gone; the change log "
                                                 "keeps that it was deleted, by whom and when.")
                                                  .arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!planscenarios::remove(*document, name, QDateTime::currentDateTimeUtc(), &error)) {
        QMessageBox::warning(&m_window, tr("Delete Scenario"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted scenario «%1».").arg(name));
}

} // namespace horisont
