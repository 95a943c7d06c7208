#pragma once

// A private PostgreSQL server for the tests that need a real one: a cluster
// made with initdb in a temporary directory, started with pg_ctl on a free
// port (as the `postgres` user when the tests run as root, which initdb
// refuses), trusting local connections, and stopped when the object goes.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace horisont::test {

class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// Creates and starts the cluster (again on the same port after stop()); false with the reason when PostgreSQL
    /// 15's programs are missing or the server does not come up.
    bool start(QString *error);
    /// Stops the server immediately (a server that goes away) or cleanly.
    bool stop(bool immediately = false);
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    /// Where the server's Unix socket is (a libpq host).
    QString socketDirectory() const;
    /// The superuser the tests create databases and roles as.
    static QString superuser() { return QStringLiteral("postgres"); }
    /// Every other role is trusted; the members of this group role (made by
    /// a test that wants one) log in with a password (scram-sha-256).
    static inline const QString PasswordGroup = QStringLiteral("horisont_password_users");

    /// postgresql://USER@localhost:PORT/DB, with `query` (`plan=…`) when given.
    QString uri(const QString &database, const QString &user = superuser(), const QString &query = QString()) const;

    /// Runs psql as `user` on `database` with `sql` (ON_ERROR_STOP); the
    /// trimmed output in *output; false with psql's error in *error.
    bool psql(const QString &database, const QString &user, const QString &sql, QString *output = nullptr,
              QString *error = nullptr) const;
    bool createDatabase(const QString &name, QString *error = nullptr) const;
    /// A login role without privileges (trust authentication: no password).
    bool createRole(const QString &name, QString *error = nullptr) const;

private:
    bool askPasswordsOfGroup(QString *error) const;
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    bool runServerTool(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 120000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binaries;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace horisont::test
