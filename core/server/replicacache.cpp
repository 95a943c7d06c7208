#include "server/replicacache.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace horisont::replicacache {
namespace {

/// The address's server, database and user as one folder name (nothing a file system refuses).
QString serverFolder(const ServerAddress &address)
{
    QString name = QStringLiteral("%1-%2-%3-%4")
                       .arg(address.host.isEmpty() ? QStringLiteral("local") : address.host)
                       .arg(address.port)
                       .arg(address.database, address.user.isEmpty() ? QStringLiteral("default") : address.user);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(folder()).filePath(name);
}

QFileInfoList replicasOf(const ServerAddress &address)
{
    // A plan's name is letters, digits, '-' and '_' (serveraddress::planNameProblem): no dot in it.
    return QDir(serverFolder(address))
        .entryInfoList({address.plan + QStringLiteral(".*.horisont")}, QDir::Files, QDir::Time);
}

} // namespace

QString folder()
{
    const QString chosen = qEnvironmentVariable("HORISONT_REPLICA_DIR");
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/horisont/server-plans");
}

QString pathFor(const ServerAddress &address, const serverplans::RegisteredPlan &plan)
{
    const QString folder = serverFolder(address);
    QDir().mkpath(folder);
    return QDir(folder).filePath(
        QStringLiteral("%1.%2-%3-f%4.horisont").arg(address.plan, plan.schema, plan.publishedAt).arg(plan.format));
}

QString latestFor(const ServerAddress &address)
{
    const QFileInfoList replicas = replicasOf(address);
    return replicas.isEmpty() ? QString() : replicas.first().absoluteFilePath();
}

void forgetOthers(const ServerAddress &address, const QString &keep)
{
    for (const QFileInfo &replica : replicasOf(address))
        if (replica.absoluteFilePath() != QFileInfo(keep).absoluteFilePath())
            QFile::remove(replica.absoluteFilePath());
}

} // namespace horisont::replicacache
