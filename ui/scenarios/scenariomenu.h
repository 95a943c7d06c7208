#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace horisont {

class PlanSession;

/// The Scenarios menu: New Scenario…, Work In ▸ (the plan or a scenario),
/// Compare Side by Side…, Promote to Plan… (the scenario worked in) and
/// Delete Scenario ▸. Every rule is planscenarios'; this asks and tells.
class ScenarioMenu : public QObject
{
    Q_OBJECT
public:
    /// Fills `menu`; dialogs are shown over `window`.
    ScenarioMenu(QMenu &menu, QWidget &window, PlanSession &session);

    QAction *newAction() const { return m_new; }
    QAction *compareAction() const { return m_compare; }
    QAction *promoteAction() const { return m_promote; }
    QMenu *workInMenu() const { return m_workIn; }
    QMenu *deleteMenu() const { return m_delete; }
    void updateState();

    void newScenario();
    /// Works in the scenario `name`, or in the plan for an empty name.
    void workIn(const QString &name);
    void compare();
    /// Promotes the scenario worked in, after the user confirms.
    void promote();
    /// Deletes the scenario `name` after the user confirms.
    void remove(const QString &name);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void fillWorkIn();
    void fillDelete();

    QWidget &m_window;
    PlanSession &m_session;
    QAction *m_new;
    QMenu *m_workIn;
    QAction *m_compare;
    QAction *m_promote;
    QMenu *m_delete;
};

} // namespace horisont
