#include "team/serverfields.h"

#include "document/plandocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace horisont {
namespace {
const QString Key = QStringLiteral("server/connections");
constexpr int DefaultPort = 5432;
} // namespace

ServerFields::ServerFields(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_host->setPlaceholderText(QStringLiteral("db.kommun.se"));
    m_database->setPlaceholderText(QStringLiteral("planer"));
    m_user->setText(currentOsUser());
    const QStringList recent = rememberedConnections();
    m_recent->addItem(tr("New connection"));
    std::optional<ServerAddress> newest;
    for (const QString &uri : recent) {
        QString error;
        if (const auto address = serveraddress::parse(uri, &error)) {
            m_recent->addItem(tr("%1 as %2").arg(address->server(), address->user), uri);
            if (!newest)
                newest = address;
        }
    }
    if (newest) {
        m_form->addRow(tr("&Recent:"), m_recent);
        m_recent->setCurrentIndex(1);
        fill(*newest);
    } else {
        m_recent->hide();
    }
    m_form->addRow(tr("&Server:"), m_host);
    m_form->addRow(tr("P&ort:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        QString error;
        if (const auto address = serveraddress::parse(m_recent->itemData(index).toString(), &error))
            fill(*address);
    });
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerFields::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerFields::changed);
}

void ServerFields::fill(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port > 0 ? address.port : DefaultPort);
    m_database->setText(address.database);
    m_user->setText(address.user);
}

ServerAddress ServerFields::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    return address;
}

QStringList ServerFields::rememberedConnections()
{
    return QSettings().value(Key).toStringList();
}

void ServerFields::remember() const
{
    ServerAddress database = address();
    database.plan.clear();
    const QString uri = database.toString(); // never a password: an address has none
    QStringList connections = rememberedConnections();
    connections.removeAll(uri);
    connections.prepend(uri);
    while (connections.size() > RememberedConnections)
        connections.removeLast();
    QSettings().setValue(Key, connections);
}

} // namespace horisont
