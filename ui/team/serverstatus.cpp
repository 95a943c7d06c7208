#include "team/serverstatus.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "document/serverlink.h"
#include "team/arrivedchange.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace horisont {

ServerStatus::ServerStatus(QWidget *parent)
    : QWidget(parent), m_where(new QLabel(this)), m_state(new QLabel(this)), m_others(new QToolButton(this))
{
    setObjectName(QStringLiteral("serverStatus"));
    m_where->setObjectName(QStringLiteral("serverWhere"));
    m_state->setObjectName(QStringLiteral("serverConnection"));
    m_others->setObjectName(QStringLiteral("serverOthers"));
    m_others->setAutoRaise(true);
    m_others->setPopupMode(QToolButton::InstantPopup);
    m_others->setMenu(new QMenu(m_others));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(10);
    layout->addWidget(m_where);
    layout->addWidget(m_others);
    layout->addWidget(m_state);
    m_poll.setInterval(OthersIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ServerStatus::refreshOthers);
    m_liveness.setInterval(LivenessIntervalMs);
    connect(&m_liveness, &QTimer::timeout, this, &ServerStatus::checkLiveness);
    hide();
}

void ServerStatus::showFor(PlanDocument *document)
{
    if (m_document && m_document->serverLink())
        disconnect(m_document->serverLink(), nullptr, this, nullptr);
    m_poll.stop();
    m_liveness.stop();
    m_document = document;
    ServerLink *link = document ? document->serverLink() : nullptr;
    setVisible(link != nullptr);
    if (!link)
        return;
    const auto role = link->store().role();
    const QString roleText = role ? rolegate::roleLabel(*role) : tr("no role");
    m_where->setText(tr("%1 · %2 (%3)").arg(link->address().server(), link->store().user(), roleText));
    m_where->setToolTip(tr("The plan %1, opened as the database user %2 with the role %3.")
                            .arg(link->address().describe(), link->store().user(), roleText));
    connect(link, &ServerLink::connectionChanged, this, [this] {
        showConnection();
        refreshOthers();
        Q_EMIT connectionChanged();
    });
    connect(link, &ServerLink::changesArrived, this, [this](const QList<ChangeLogEntry> &lines) {
        Q_EMIT statusMessage(arrivedChangeMessage(m_document->plan(), lines));
        refreshOthers(); // someone is evidently there, perhaps since the last look
    });
    showConnection();
    refreshOthers();
    m_poll.start();
    m_liveness.start();
}

void ServerStatus::checkLiveness()
{
    // The link learns of a lost connection when it next talks to the server;
    // a server that went away while nobody edits would otherwise look alive.
    ServerLink *link = m_document ? m_document->serverLink() : nullptr;
    if (link && link->isConnected() && !link->store().isConnected())
        link->sync();
}

void ServerStatus::showConnection()
{
    const ServerLink *link = m_document ? m_document->serverLink() : nullptr;
    if (!link)
        return;
    const bool connected = link->isConnected();
    m_state->setProperty("connected", connected);
    // Colour and words both: the state must not rest on colour alone.
    m_state->setText(connected ? tr("<span style=\"color:#1a7f37\">●</span> Connected")
                               : tr("<span style=\"color:#cf222e\">●</span> <b>Connection lost</b> – read-only until it is back"));
    m_state->setToolTip(connected ? tr("Changes are saved on %1 as you make them, and others' arrive as they make them.")
                                        .arg(link->address().server())
                                  : m_document->readOnlyReason());
}

void ServerStatus::refreshOthers()
{
    ServerLink *link = m_document ? m_document->serverLink() : nullptr;
    if (!link)
        return;
    const QStringList others = link->othersConnected();
    QMenu *menu = m_others->menu();
    menu->clear();
    for (const QString &other : others)
        menu->addAction(other)->setEnabled(false); // a list to read, nothing to do
    m_others->setText(others.isEmpty() ? tr("Only you") : tr("%n other(s)", nullptr, int(others.size())));
    m_others->setToolTip(others.isEmpty() ? tr("Nobody else has the plan open.")
                                          : tr("Also with the plan open:") + QLatin1Char('\n') + others.join(QLatin1Char('\n')));
    m_others->setEnabled(!others.isEmpty());
}

} // namespace horisont
