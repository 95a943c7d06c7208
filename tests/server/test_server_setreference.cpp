// The ledger's reference from its transactions to their import batch, which
// a plan on a real PostgreSQL server checks per statement as a set instead
// of by a foreign key (core/server/setreference): a missing batch is refused
// with the foreign key's words naming it, whoever writes; and with two real
// connections, a batch removed while another adds rows to it is refused when
// the rows came first and the rows are refused when the removal came first,
// so no row is ever left without its batch.
#include "teamplantest.h"

#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <libpq-fe.h>

using namespace horisont;

namespace {

/// A connection to the plans' database as one user, through libpq: a
/// statement can be sent and its result taken later, while it waits for a
/// lock another connection holds.
class Connection
{
public:
    Connection(int port, const QString &user)
        : m_pg(PQconnectdb(QStringLiteral("host=localhost port=%1 dbname=planer user=%2").arg(port).arg(user).toUtf8().constData()))
    {
    }
    ~Connection() { PQfinish(m_pg); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return PQstatus(m_pg) == CONNECTION_OK; }
    int backend() const { return PQbackendPID(m_pg); }
    void send(const QString &sql) { ASSERT_EQ(PQsendQuery(m_pg, sql.toUtf8().constData()), 1) << PQerrorMessage(m_pg); }
    /// The results of what was sent: empty when every statement succeeded,
    /// else the SQLSTATE and the server's message of the first that failed.
    QString result()
    {
        QString failure;
        while (PGresult *r = PQgetResult(m_pg)) {
            const ExecStatusType status = PQresultStatus(r);
            if (failure.isEmpty() && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
                failure = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_SQLSTATE)) + QLatin1Char(' ')
                          + QString::fromUtf8(PQresultErrorMessage(r));
            PQclear(r);
        }
        return failure;
    }
    QString run(const QString &sql)
    {
        send(sql);
        return result();
    }

private:
    PGconn *m_pg;
};

class SetReference : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("cia"), QStringLiteral("carl"), QStringLiteral("erik")});
    }

    void SetUp() override
    {
        TeamPlanTest::SetUp();
        publishDemo({{serverroles::Role::Controller, QStringLiteral("cia")},
                     {serverroles::Role::Controller, QStringLiteral("carl")},
                     {serverroles::Role::Editor, QStringLiteral("erik")}});
        batch = server(QStringLiteral("SELECT min(id) FROM %1.import_batch").arg(schema)).toLongLong();
        ASSERT_GT(batch, 0) << "the demo has an import";
        ASSERT_GT(rowsOf(batch), 0);
    }

    qint64 rowsOf(qint64 importId)
    {
        return server(QStringLiteral("SELECT count(*) FROM %1.ledger_transaction WHERE import_id = %2").arg(schema).arg(importId))
            .toLongLong();
    }
    bool batchExists(qint64 id)
    {
        return server(QStringLiteral("SELECT count(*) FROM %1.import_batch WHERE id = %2").arg(schema).arg(id)) == QLatin1String("1");
    }

    /// A connection as `user` with the plan's tables on its search path.
    std::unique_ptr<Connection> connectAs(const QString &user)
    {
        auto connection = std::make_unique<Connection>(cluster->port(), user);
        EXPECT_TRUE(connection->isOpen());
        EXPECT_EQ(connection->run(QStringLiteral("SET search_path TO %1").arg(schema)), QString());
        return connection;
    }

    /// `count` new transactions (numbered from `first`) of the import `importId` (an SQL expression of g, the number),
    /// in one statement.
    static QString addRowsOf(const QString &importId, int first, int count = 1)
    {
        return QStringLiteral("INSERT INTO ledger_transaction (id, import_id, voucher, date, amount, identity) "
                              "SELECT 900000 + g, %1, 'T' || g, '2026-01-15', 100 * g, 'test:' || g "
                              "FROM generate_series(%2, %3) g")
            .arg(importId)
            .arg(first)
            .arg(first + count - 1);
    }
    QString addRows(int first, int count = 1) const { return addRowsOf(QString::number(batch), first, count); }
    qint64 allRows() { return server(QStringLiteral("SELECT count(*) FROM %1.ledger_transaction").arg(schema)).toLongLong(); }
    /// What Horisont's removal of an import does: its transactions, day sums and batch row.
    QString removal(qint64 importId) const
    {
        return QStringLiteral("DELETE FROM ledger_transaction WHERE import_id = %1; DELETE FROM ledger_day WHERE import_id = %1; "
                              "DELETE FROM import_batch WHERE id = %1")
            .arg(importId);
    }

    /// Whether the connection's backend is waiting for a lock (within a few seconds).
    bool waitsForALock(const Connection &connection)
    {
        QDeadlineTimer deadline(10000);
        const QString sql = QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1").arg(connection.backend());
        while (!deadline.hasExpired()) {
            if (server(sql) == QLatin1String("Lock"))
                return true;
            QThread::msleep(20);
        }
        return false;
    }

    qint64 batch = 0;
};

} // namespace

TEST_F(SetReference, AMissingBatchIsRefusedByNameWithEveryRowOfTheStatement)
{
    auto cia = connectAs(QStringLiteral("cia"));
    const qint64 before = allRows();
    // 2 000 rows, one of them of a batch that does not exist.
    const QString refused =
        cia->run(addRowsOf(QStringLiteral("CASE WHEN g = 1234 THEN 424242 ELSE %1 END").arg(batch), 1, 2000));
    EXPECT_TRUE(refused.startsWith(QStringLiteral("23503"))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("Key (import_id)=(424242) is not present in table \"import_batch\"")))
        << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("ledger_transaction_import_id_fkey"))) << refused.toStdString();
    // Moving rows to a missing batch is refused the same way.
    const QString moved = cia->run(QStringLiteral("UPDATE ledger_transaction SET import_id = 424243 WHERE import_id = %1").arg(batch));
    EXPECT_TRUE(moved.contains(QStringLiteral("Key (import_id)=(424243) is not present"))) << moved.toStdString();
    EXPECT_EQ(allRows(), before);
    // Rows of the batch that is there are taken; an editor may add none (the database's grants).
    EXPECT_EQ(cia->run(addRows(1, 2000)), QString());
    EXPECT_EQ(allRows(), before + 2000);
    auto erik = connectAs(QStringLiteral("erik"));
    const QString editor = erik->run(addRows(3001));
    EXPECT_TRUE(editor.startsWith(QStringLiteral("42501"))) << editor.toStdString();
}

TEST_F(SetReference, ABatchWithRowsCannotBeRemovedRenumberedOrTruncated)
{
    auto cia = connectAs(QStringLiteral("cia"));
    const QString removed = cia->run(QStringLiteral("BEGIN; DELETE FROM ledger_day WHERE import_id = %1; "
                                                    "DELETE FROM import_batch WHERE id = %1; COMMIT").arg(batch));
    EXPECT_TRUE(removed.startsWith(QStringLiteral("23503"))) << removed.toStdString();
    EXPECT_TRUE(removed.contains(QStringLiteral("Key (id)=(%1) is still referenced from table \"ledger_transaction\"").arg(batch)))
        << removed.toStdString();
    cia->run(QStringLiteral("ROLLBACK"));
    const QString renumbered = cia->run(QStringLiteral("BEGIN; DELETE FROM ledger_day WHERE import_id = %1; "
                                                       "UPDATE import_batch SET id = 777 WHERE id = %1; COMMIT").arg(batch));
    EXPECT_TRUE(renumbered.startsWith(QStringLiteral("23503"))) << renumbered.toStdString();
    cia->run(QStringLiteral("ROLLBACK"));
    QString output, truncated;
    EXPECT_FALSE(cluster->psql(QStringLiteral("planer"), test::PostgresCluster::superuser(),
                               QStringLiteral("TRUNCATE %1.import_batch, %1.ledger_day").arg(schema), &output, &truncated));
    EXPECT_TRUE(truncated.contains(QStringLiteral("ledger_transaction_import_id_fkey"))) << truncated.toStdString();
    EXPECT_TRUE(batchExists(batch));
    // Removed with its rows, in one transaction, it goes.
    EXPECT_EQ(cia->run(QStringLiteral("BEGIN; %1; COMMIT").arg(removal(batch))), QString());
    EXPECT_FALSE(batchExists(batch));
}

TEST_F(SetReference, RowsAddedBeforeARemovalMakeTheRemovalWaitAndFail)
{
    auto cia = connectAs(QStringLiteral("cia"));
    auto carl = connectAs(QStringLiteral("carl"));
    const qint64 rows = rowsOf(batch);
    ASSERT_EQ(cia->run(QStringLiteral("BEGIN")), QString());
    ASSERT_EQ(cia->run(addRows(1, 10)), QString()); // the batch is locked FOR KEY SHARE until cia commits
    carl->send(QStringLiteral("BEGIN; %1; COMMIT").arg(removal(batch)));
    ASSERT_TRUE(waitsForALock(*carl)) << "the removal waits for the import";
    ASSERT_EQ(cia->run(QStringLiteral("COMMIT")), QString());
    const QString refused = carl->result();
    EXPECT_TRUE(refused.startsWith(QStringLiteral("23503"))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("is still referenced from table \"ledger_transaction\""))) << refused.toStdString();
    carl->run(QStringLiteral("ROLLBACK"));
    EXPECT_TRUE(batchExists(batch));
    EXPECT_EQ(rowsOf(batch), rows + 10);
}

TEST_F(SetReference, ARemovalBeforeTheRowsMakesTheRowsWaitAndFail)
{
    auto cia = connectAs(QStringLiteral("cia"));
    auto carl = connectAs(QStringLiteral("carl"));
    ASSERT_EQ(carl->run(QStringLiteral("BEGIN; %1").arg(removal(batch))), QString());
    cia->send(addRows(1, 10));
    ASSERT_TRUE(waitsForALock(*cia)) << "the rows wait for the removal";
    ASSERT_EQ(carl->run(QStringLiteral("COMMIT")), QString());
    const QString refused = cia->result();
    EXPECT_TRUE(refused.startsWith(QStringLiteral("23503"))) << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("Key (import_id)=(%1) is not present in table \"import_batch\"").arg(batch)))
        << refused.toStdString();
    EXPECT_FALSE(batchExists(batch));
    EXPECT_EQ(rowsOf(batch), 0);
}

TEST_F(SetReference, ARemovalThatRollsBackLetsTheWaitingRowsIn)
{
    auto cia = connectAs(QStringLiteral("cia"));
    auto carl = connectAs(QStringLiteral("carl"));
    const qint64 rows = rowsOf(batch);
    ASSERT_EQ(carl->run(QStringLiteral("BEGIN; %1").arg(removal(batch))), QString());
    cia->send(addRows(1, 10));
    ASSERT_TRUE(waitsForALock(*cia));
    ASSERT_EQ(carl->run(QStringLiteral("ROLLBACK")), QString());
    EXPECT_EQ(cia->result(), QString());
    EXPECT_EQ(rowsOf(batch), rows + 10);
}

TEST_F(SetReference, ARemovalUnderAnEarlierSnapshotIsRefused)
{
    // Under REPEATABLE READ a removal would not see rows committed after its snapshot was taken.
    auto carl = connectAs(QStringLiteral("carl"));
    const QString refused = carl->run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ; %1; COMMIT").arg(removal(batch)));
    EXPECT_TRUE(refused.startsWith(QStringLiteral("55000"))) << refused.toStdString();
    carl->run(QStringLiteral("ROLLBACK"));
    EXPECT_TRUE(batchExists(batch));
}
