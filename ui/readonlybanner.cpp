#include "readonlybanner.h"

#include "document/planlock.h"
#include "document/plandocument.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace horisont {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_breakLock(new QPushButton(tr("Break the Lock…"), this)),
      m_openForEditing(new QPushButton(tr("Open for Editing"), this))
{
    setObjectName(QStringLiteral("readOnlyBar"));
    setStyleSheet(QStringLiteral("QFrame#readOnlyBar { background: #fff3cd; border: 1px solid #ffe69c; "
                                 "border-radius: 3px; } QLabel { color: #664d03; }"));
    m_text->setObjectName(QStringLiteral("readOnlyBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakLock->setObjectName(QStringLiteral("breakLock"));
    m_breakLock->setAccessibleName(tr("Break the lock"));
    m_openForEditing->setObjectName(QStringLiteral("openForEditing"));
    m_openForEditing->setAccessibleName(tr("Open for editing"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_openForEditing);
    layout->addWidget(m_breakLock);
    connect(m_breakLock, &QPushButton::clicked, this, &ReadOnlyBanner::breakLockRequested);
    connect(m_openForEditing, &QPushButton::clicked, this, &ReadOnlyBanner::openForEditingRequested);
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &ReadOnlyBanner::refreshLock);
    hide();
}

void ReadOnlyBanner::showFor(const PlanDocument *document)
{
    m_poll.stop();
    m_breakLock->hide();
    m_openForEditing->hide();
    m_path.clear();
    if (!document) {
        hide();
        return;
    }
    QStringList lines;
    if (document->isReadOnly())
        lines << document->readOnlyReason();
    for (const QString &notice : document->notices()) {
        if (!lines.contains(notice))
            lines << notice;
    }
    m_reason = lines.join(QLatin1Char('\n'));
    m_text->setText(m_reason);
    setVisible(!lines.isEmpty());
    if (document->isLockedElsewhere()) {
        m_path = document->path();
        refreshLock();
        m_poll.start();
    }
}

void ReadOnlyBanner::refreshLock()
{
    if (m_path.isEmpty())
        return;
    const auto holder = planlock::holder(m_path);
    if (!holder) {
        m_poll.stop();
        m_breakLock->hide();
        m_text->setText(tr("%1 is no longer open in another Horisont.").arg(QFileInfo(m_path).fileName()));
        m_openForEditing->show();
        return;
    }
    // A process on this computer that had died would not hold the lock any
    // more; only one elsewhere can be a crashed Horisont that looks alive.
    m_breakLock->setVisible(!holder->onThisComputer || holder->pid <= 0);
}

} // namespace horisont
