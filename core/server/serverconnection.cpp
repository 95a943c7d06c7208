#include "server/serverconnection.h"

#include "server/sessionpasswords.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerConnection)
};

/// key='value' as libpq's conninfo reads it (the driver joins the options with spaces).
QString conninfoItem(const QString &option)
{
    QString value = option.section(QLatin1Char('='), 1);
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return option.section(QLatin1Char('='), 0, 0) + QStringLiteral("='") + value + QLatin1Char('\'');
}

bool hasOption(const QStringList &options, const QString &key)
{
    for (const QString &option : options)
        if (option.section(QLatin1Char('='), 0, 0) == key)
            return true;
    return false;
}

} // namespace

bool openServerConnection(const ServerAddress &address, const QString &connectionName, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Tr::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(address.host);
        if (address.port > 0)
            db.setPort(address.port);
        db.setUserName(address.user);
        db.setPassword(sessionpasswords::find(address).value_or(QString())); // typed in the window, else libpq's own
        db.setDatabaseName(address.database);
        QStringList options = address.options;
        if (!hasOption(options, QStringLiteral("application_name")))
            options << QStringLiteral("application_name=horisont");
        if (!hasOption(options, QStringLiteral("connect_timeout")))
            options << QStringLiteral("connect_timeout=10");
        if (!hasOption(options, QStringLiteral("options"))) // no NOTICEs ("schema … already exists") on stderr
            options << QStringLiteral("options=-c client_min_messages=warning");
        QStringList conninfo;
        for (const QString &option : options)
            conninfo << conninfoItem(option);
        db.setConnectOptions(conninfo.join(QLatin1Char(';')));
        if (db.open())
            return true;
        *error = Tr::tr("Cannot connect to %1: %2").arg(address.describe(), db.lastError().text().trimmed());
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

ServerSession::ServerSession()
    : m_name(QStringLiteral("horisont-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerSession::~ServerSession()
{
    closeServerConnection(m_name);
}

bool ServerSession::open(const ServerAddress &address, QString *error)
{
    return openServerConnection(address, m_name, error);
}

QSqlDatabase ServerSession::db() const
{
    return QSqlDatabase::database(m_name, false);
}

pg_conn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.isValid() && db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL hands it as "pg_conn*" (libpq's struct), older Qt as "PGconn*".
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

void closeServerConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace horisont
