#pragma once

#include "server/serveraddress.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace horisont {

/// Where a database is, as a form: server (host), port, database and user,
/// with the last few connections (remember()) to choose from. The settings
/// keep the addresses only: a password is never part of one.
class ServerFields : public QWidget
{
    Q_OBJECT
public:
    explicit ServerFields(QWidget *parent = nullptr);

    /// The database's address (no plan) as the fields say it.
    ServerAddress address() const;
    /// Keeps this address first among the last connections.
    void remember() const;
    /// The form, for a dialog to add its own rows to.
    QFormLayout *form() const { return m_form; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }

    static constexpr int RememberedConnections = 5;
    /// The remembered connections, newest first.
    static QStringList rememberedConnections();

Q_SIGNALS:
    void changed();

private:
    void fill(const ServerAddress &address);

    QFormLayout *m_form;
    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
};

} // namespace horisont
