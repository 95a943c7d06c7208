#include "views/welcomeview.h"

#include "recentfiles.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {

WelcomeView::WelcomeView(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomeView"));
    auto *title = new QLabel(tr("<h1>Horisont</h1><p>Plan and follow up a long-term programme: phases, "
                                "interventions, responsibilities and money over 10–15 years.</p>"),
                             this);
    title->setWordWrap(true);
    auto *newButton = new QPushButton(tr("New plan…"), this);
    auto *openButton = new QPushButton(tr("Open plan…"), this);
    auto *demoButton = new QPushButton(tr("Try the Umeå demo plan…"), this);
    connect(newButton, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeView::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomeView::demoRequested);
    m_recent->setAccessibleName(tr("Recent plans"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    for (QPushButton *b : {newButton, openButton, demoButton})
        column->addWidget(b);
    column->addSpacing(18);
    column->addWidget(new QLabel(tr("<b>Recent plans</b>"), this));
    column->addWidget(m_recent);
    m_noRecent = new QLabel(tr("The plans you open are listed here."), this);
    column->addWidget(m_noRecent);
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    refreshRecent();
}

void WelcomeView::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : RecentFiles::list()) {
        auto *item = new QListWidgetItem(RecentFiles::label(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_noRecent->setVisible(m_recent->count() == 0);
    m_recent->setMaximumHeight(std::max(1, m_recent->count()) * (m_recent->fontMetrics().height() + 8) + 8);
}

} // namespace horisont
