#pragma once

// The fixture of the suites that work in a plan on a real server as several
// database users: the demo published under a name of its own per test, roles
// given to users, documents opened as each user, psql as the superuser, and
// waiting (with the event loop running) for what arrives by notification.
#include "servertest.h"

#include "document/plandocument.h"
#include "server/serverroles.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QThread>

#include <memory>
#include <utility>

namespace horisont::test {

class TeamPlanTest : public ServerTest
{
protected:
    /// Login roles for the suite's users (the cluster lives as long as the suite).
    static void createUsers(const QStringList &users);
    /// Publishes the demo as a new plan (plan, schema) and gives each user his role.
    void publishDemo(const QList<std::pair<serverroles::Role, QString>> &roles);
    /// The plan opened as `user`; nullptr (a test failure) when it cannot be.
    std::unique_ptr<PlanDocument> openAs(const QString &user) const;
    /// psql as the superuser on the plans' database: the trimmed output.
    static QString server(const QString &sql);

    /// Runs the event loop (where notifications arrive) until `done` or the deadline.
    template<class Condition>
    static bool waitFor(Condition done, int ms = 5000)
    {
        QDeadlineTimer deadline(ms);
        while (!done() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(5);
        }
        return done();
    }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> demo; ///< the plan file that was published
    QString plan;   ///< its name on the server
    QString schema; ///< its tables' schema there

private:
    static inline int s_published = 0;
};

} // namespace horisont::test
