#include "server/sessionpasswords.h"

#include <QHash>
#include <QMutex>

namespace horisont::sessionpasswords {
namespace {

/// Server connections are opened from worker threads too (packs, pulls).
QMutex mutex;

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byServerAndUser;
    return byServerAndUser;
}

/// A password belongs to a server and a user, whatever the database or plan.
QString keyOf(const ServerAddress &address)
{
    return address.user + QLatin1Char('@') + address.host + QLatin1Char(':') + QString::number(address.port);
}

} // namespace

void remember(const ServerAddress &address, const QString &password)
{
    const QMutexLocker lock(&mutex);
    passwords().insert(keyOf(address), password);
}

std::optional<QString> find(const ServerAddress &address)
{
    const QMutexLocker lock(&mutex);
    const auto it = passwords().constFind(keyOf(address));
    if (it == passwords().constEnd())
        return std::nullopt;
    return *it;
}

void forget(const ServerAddress &address)
{
    const QMutexLocker lock(&mutex);
    passwords().remove(keyOf(address));
}

bool needsPassword(const QString &connectionError)
{
    return connectionError.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace horisont::sessionpasswords
