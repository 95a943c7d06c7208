#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace horisont {

class PlanSession;

/// The Versions menu: Freeze Version… (for a writable plan), Versions… and
/// Compare… (which shows the Changes view).
class VersionMenu : public QObject
{
    Q_OBJECT
public:
    /// Fills `menu`; dialogs are shown over `window`.
    VersionMenu(QMenu &menu, QWidget &window, PlanSession &session);

    QAction *freezeAction() const { return m_freeze; }
    QAction *versionsAction() const { return m_versions; }
    QAction *compareAction() const { return m_compare; }
    void updateState();

    void freeze();
    void showVersions();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Compare…: show the Changes view.
    void compareRequested();

private:
    QWidget &m_window;
    PlanSession &m_session;
    QAction *m_freeze;
    QAction *m_versions;
    QAction *m_compare;
};

} // namespace horisont
