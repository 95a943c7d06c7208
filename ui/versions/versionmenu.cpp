#include "versions/versionmenu.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "plansession.h"
#include "versions/freezeversiondialog.h"
#include "versions/versionsdialog.h"

#include <QAction>
#include <QMenu>

namespace horisont {

VersionMenu::VersionMenu(QMenu &menu, QWidget &window, PlanSession &session)
    : QObject(&menu), m_window(window), m_session(session),
      m_freeze(menu.addAction(tr("&Freeze Version…"), this, &VersionMenu::freeze)),
      m_versions(menu.addAction(tr("&Versions…"), this, &VersionMenu::showVersions)),
      m_compare(menu.addAction(tr("&Compare…"), this, &VersionMenu::compareRequested))
{
    m_freeze->setObjectName(QStringLiteral("freezeVersion"));
    m_versions->setObjectName(QStringLiteral("showVersions"));
    m_compare->setObjectName(QStringLiteral("compareVersions"));
    m_compare->setToolTip(tr("What changed between two versions, or since one"));
    updateState();
}

void VersionMenu::updateState()
{
    const PlanDocument *document = m_session.document();
    rolegate::gate(*m_freeze, document, rolegate::Work::Versions);
    m_versions->setEnabled(document != nullptr);
    m_compare->setEnabled(document != nullptr);
}

void VersionMenu::freeze()
{
    PlanDocument *document = m_session.document();
    if (!document || !rolegate::mayDo(*document, rolegate::Work::Versions))
        return;
    FreezeVersionDialog dialog(*document, &m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.frozen())
        Q_EMIT statusMessage(tr("Froze version «%1»: %2.")
                                 .arg(dialog.frozen()->name, planversions::decisionText(dialog.frozen()->decision)));
}

void VersionMenu::showVersions()
{
    PlanDocument *document = m_session.document();
    if (!document)
        return;
    VersionsDialog dialog(*document, &m_window);
    connect(&dialog, &VersionsDialog::statusMessage, this, &VersionMenu::statusMessage);
    dialog.exec();
}

} // namespace horisont
