#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QUrlQuery>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace horisont::test {
namespace {

/// A TCP port nobody listens on now (the kernel's choice for port 0).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString binaries()
{
    const QString fromEnvironment = qEnvironmentVariable("HORISONT_PG_BINDIR");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnvironment;
}

} // namespace

PostgresCluster::PostgresCluster() : m_binaries(binaries()), m_asRoot(::geteuid() == 0) {}

PostgresCluster::~PostgresCluster()
{
    stop(true);
}

QString PostgresCluster::socketDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

QStringList PostgresCluster::asServerUser(const QString &program, const QStringList &arguments) const
{
    if (!m_asRoot)
        return QStringList{program} + arguments;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), superuser(), QStringLiteral("--"), program}
           + arguments;
}

bool PostgresCluster::runServerTool(const QString &program, const QStringList &arguments, QString *error,
                                    int timeoutMs) const
{
    const QStringList command = asServerUser(m_binaries + QLatin1Char('/') + program, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server's programs refuse to run from a directory their user cannot
    // read ("could not identify current directory"), such as root's checkout.
    process.setWorkingDirectory(m_dir->path());
    process.start(command.first(), command.mid(1));
    const bool finished = process.waitForFinished(timeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    if (error)
        *error = QStringLiteral("%1 failed: %2").arg(command.join(QLatin1Char(' ')),
                                                   QString::fromLocal8Bit(process.readAll()).trimmed());
    return false;
}

bool PostgresCluster::start(QString *error)
{
    if (m_running)
        return true;
    if (!QFileInfo(m_binaries + QStringLiteral("/initdb")).isExecutable()) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (no %1/initdb; apt-get install postgresql-15)").arg(m_binaries);
        return false;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/horisont-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("no temporary directory for the cluster: %1").arg(m_dir->errorString());
            return false;
        }
        if (m_asRoot) {
            QProcess chown;
            chown.start(QStringLiteral("chown"), {superuser() + QLatin1Char(':'), m_dir->path()});
            if (!chown.waitForFinished() || chown.exitCode() != 0) {
                *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
                return false;
            }
        }
        if (!runServerTool(QStringLiteral("initdb"),
                           {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"),
                            superuser(), QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                            QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                           error))
            return false;
        if (!askPasswordsOfGroup(error))
            return false;
    }
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        // A server started again (after stop()) comes back where its clients look for it.
        if (attempt > 0 || m_port == 0)
            m_port = freePort();
        // fsync off: a test kills the server process, never the machine.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=localhost -c fsync=off "
                                               "-c max_connections=60")
                                    .arg(m_port)
                                    .arg(m_dir->path());
        m_running = runServerTool(QStringLiteral("pg_ctl"),
                                  {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-o"),
                                   options, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                                   QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                                  error);
    }
    return m_running;
}

bool PostgresCluster::stop(bool immediately)
{
    if (!m_running || !m_dir)
        return true;
    QString error;
    const bool stopped = runServerTool(QStringLiteral("pg_ctl"),
                                       {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                        immediately ? QStringLiteral("immediate") : QStringLiteral("fast"),
                                        QStringLiteral("-w"), QStringLiteral("stop")},
                                       &error);
    m_running = !stopped;
    return stopped;
}

bool PostgresCluster::askPasswordsOfGroup(QString *error) const
{
    // Before initdb's trust lines, so that they win for the group's members (first match counts).
    QFile hba(m_dir->filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("cannot read %1").arg(hba.fileName());
        return false;
    }
    const QByteArray trusted = hba.readAll();
    const QByteArray group = PasswordGroup.toUtf8();
    const QByteArray asking = "local all +" + group + " scram-sha-256\n"
                              "host all +" + group + " 127.0.0.1/32 scram-sha-256\n"
                              "host all +" + group + " ::1/128 scram-sha-256\n";
    hba.resize(0);
    hba.seek(0);
    if (hba.write(asking + trusted) != asking.size() + trusted.size()) {
        *error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    return true;
}

QString PostgresCluster::uri(const QString &database, const QString &user, const QString &query) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(QStringLiteral("localhost"));
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + database);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool PostgresCluster::psql(const QString &database, const QString &user, const QString &sql, QString *output,
                           QString *error) const
{
    QProcess process;
    process.start(m_binaries + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                   QStringLiteral("localhost"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                   user, QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    const bool finished = process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (error)
        *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return false;
}

bool PostgresCluster::createDatabase(const QString &name, QString *error) const
{
    return psql(QStringLiteral("postgres"), superuser(), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), nullptr, error);
}

bool PostgresCluster::createRole(const QString &name, QString *error) const
{
    return psql(QStringLiteral("postgres"), superuser(), QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(name), nullptr, error);
}

} // namespace horisont::test
