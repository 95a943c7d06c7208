// Ledger imports into a plan on a real PostgreSQL server: the rows reach
// the server by COPY in one transaction with a change-log line under the
// database user, another window's ledger follows, a second import of the
// same export adds nothing, a role that may not import is refused by the
// database, an organisation another user removes while the rows are on
// their way is refused with the whole import, and a server that goes away
// mid-import leaves the ledger as it was on the server and in the window.
#include "teamplantest.h"

#include "document/plandocument.h"
#include "document/serverlink.h"
#include "edit/commands.h"
#include "edit/editcommand.h"
#include "ledger/import/ledgerimport.h"
#include "ledger/ledger.h"
#include "server/serverplans.h"
#include "server/serverroles.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString Sample = QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv");

class ServerImport : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("cia"), QStringLiteral("erik")});
    }

    void SetUp() override
    {
        TeamPlanTest::SetUp();
        publishDemo({{serverroles::Role::Controller, QStringLiteral("cia")}, {serverroles::Role::Editor, QStringLiteral("erik")}});
    }

    qint64 rowsOnServer() { return server(QStringLiteral("SELECT count(*) FROM %1.ledger_transaction").arg(schema)).toLongLong(); }

    /// The sample export repeated under new voucher numbers: `copies` × its 70 rows, in its own encoding;
    /// every row booked on the responsibility code `organisation` when one is given.
    QString largeExport(int copies, const QByteArray &organisation = {})
    {
        QFile sample(Sample);
        EXPECT_TRUE(sample.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = sample.readAll().split('\n');
        const QString path = dir.filePath(QStringLiteral("stor.csv"));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(lines.first() + '\n');
        for (int copy = 0; copy < copies; ++copy) {
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                if (line.isEmpty())
                    continue;
                QList<QByteArray> fields = line.split(';');
                fields[0] = QByteArray::number((copy + 1) * 100000 + fields.at(0).toLongLong());
                if (!organisation.isEmpty())
                    fields[4] = organisation; // Ansvar
                out.write(fields.join(';') + '\n');
            }
        }
        return path;
    }

};

} // namespace

TEST_F(ServerImport, AnImportReachesTheServerWholeAndTheOtherWindow)
{
    auto cia = openAs(QStringLiteral("cia"));
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(cia && erik);
    const qint64 before = rowsOnServer();
    const ImportResult imported = LedgerImport::import(*cia, Sample, {}, {});
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    EXPECT_EQ(imported.imported, 70);
    EXPECT_EQ(rowsOnServer(), before + 70);
    EXPECT_EQ(server(QStringLiteral("SELECT sum(row_count) FROM %1.ledger_day").arg(schema)).toLongLong(), before + 70)
        << "the day sums came along";
    EXPECT_EQ(server(QStringLiteral("SELECT user_name || ' ' || entity FROM %1.change_log ORDER BY id DESC LIMIT 1").arg(schema)),
              QStringLiteral("cia import_batch"));
    // The importer's own window and the other's agree with the server.
    EXPECT_EQ(Ledger(cia->store()).totals().count, before + 70);
    ASSERT_TRUE(waitFor([&] { return Ledger(erik->store()).totals().count == before + 70; }));
    EXPECT_EQ(Ledger(erik->store()).totals().total, Ledger(cia->store()).totals().total);

    // The same export again adds nothing.
    const ImportResult again = LedgerImport::import(*cia, Sample, {}, {});
    EXPECT_EQ(again.imported, 0) << again.error.toStdString();
    EXPECT_EQ(rowsOnServer(), before + 70);
    // A pulled copy checks out whole.
    const QString pulled = dir.filePath(QStringLiteral("pulled.horisont"));
    QString error;
    ASSERT_TRUE(serverplans::pull(address(plan), pulled, &error)) << error.toStdString();
    auto copy = PlanDocument::open(pulled, &error, PlanDocument::Access::ReadOnly);
    ASSERT_TRUE(copy) << error.toStdString();
    EXPECT_EQ(copy->verifyWholeFile(), QStringLiteral("ok"));
}

TEST_F(ServerImport, AnEditorCannotImportAndNothingIsWritten)
{
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(erik);
    const qint64 before = rowsOnServer();
    const qint64 inWindow = Ledger(erik->store()).totals().count;
    const ImportResult imported = LedgerImport::import(*erik, Sample, {}, {});
    EXPECT_FALSE(imported.ok);
    EXPECT_TRUE(imported.error.contains(QStringLiteral("permission denied"))) << imported.error.toStdString();
    EXPECT_EQ(rowsOnServer(), before);
    EXPECT_EQ(Ledger(erik->store()).totals().count, inWindow);
}

TEST_F(ServerImport, CancellingTheCopyLeavesNothing)
{
    auto cia = openAs(QStringLiteral("cia"));
    ASSERT_TRUE(cia);
    const qint64 before = rowsOnServer();
    const QString large = largeExport(400); // 28 000 rows: the copy reports progress
    qint64 last = 0;
    bool copying = false;
    const ImportResult imported = LedgerImport::import(*cia, large, {}, [&](qint64 done, qint64) {
        // The reading and writing report first; the copy to the server counts again from the start.
        copying = copying || done < last;
        last = done;
        return !copying;
    });
    EXPECT_TRUE(copying) << "the copy reported its progress";
    EXPECT_FALSE(imported.ok);
    EXPECT_TRUE(imported.cancelled) << imported.error.toStdString();
    EXPECT_EQ(rowsOnServer(), before);
    EXPECT_EQ(Ledger(cia->store()).totals().count, before);
}

TEST_F(ServerImport, AnOrganisationRemovedByAnotherDuringTheImportRefusesItWhole)
{
    auto cia = openAs(QStringLiteral("cia"));
    auto erik = openAs(QStringLiteral("erik"));
    ASSERT_TRUE(cia && erik);
    Organisation added;
    added.name = QStringLiteral("Nattvandrarna");
    added.code = QStringLiteral("9900");
    EditCommand *adding = commands::insert(*erik, added, CommandText::verbatim(QStringLiteral("Add")));
    ASSERT_TRUE(erik->execute(adding)) << erik->lastError().toStdString();
    const Id organisation = adding->createdId();
    ASSERT_TRUE(waitFor([&] { return cia->plan().find<Organisation>(organisation) != nullptr; }));
    const qint64 before = rowsOnServer();
    const qint64 inWindow = Ledger(cia->store()).totals().count;
    // Every row is booked on the new organisation. While they are copied to the server (cia's window has
    // matched them to it), erik removes it: nothing in his window or on the server refers to it yet.
    const QString large = largeExport(400, QByteArrayLiteral("9900"));
    qint64 last = 0;
    bool copying = false;
    bool removed = false;
    const ImportResult imported = LedgerImport::import(*cia, large, {}, [&](qint64 done, qint64) {
        copying = copying || done < last;
        last = done;
        if (copying && !removed) {
            removed = erik->execute(commands::remove(*erik, EntityKind::Organisation, {organisation}));
            EXPECT_TRUE(removed) << erik->lastError().toStdString();
        }
        return true;
    });
    ASSERT_TRUE(removed);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.organisation WHERE id = %2").arg(schema).arg(organisation)),
              QStringLiteral("0"));
    // The import is refused whole, naming what it referred to; no row of it is anywhere.
    EXPECT_FALSE(imported.ok);
    EXPECT_TRUE(imported.error.contains(QStringLiteral("organisation"))) << imported.error.toStdString();
    EXPECT_EQ(rowsOnServer(), before);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.ledger_day WHERE organisation_id = %2").arg(schema).arg(organisation)),
              QStringLiteral("0"));
    EXPECT_EQ(Ledger(cia->store()).totals().count, inWindow);
}

TEST_F(ServerImport, AServerThatGoesAwayMidImportLeavesTheLedgerAsItWas)
{
    auto cia = openAs(QStringLiteral("cia"));
    ASSERT_TRUE(cia);
    const qint64 before = rowsOnServer();
    const QString large = largeExport(400);
    bool stopped = false;
    const ImportResult imported = LedgerImport::import(*cia, large, {}, [&](qint64, qint64) {
        if (!stopped)
            stopped = cluster->stop(true);
        return true;
    });
    ASSERT_TRUE(stopped);
    EXPECT_FALSE(imported.ok);
    EXPECT_TRUE(imported.error.contains(QStringLiteral("connection"))) << imported.error.toStdString();
    EXPECT_EQ(Ledger(cia->store()).totals().count, before);
    EXPECT_TRUE(cia->isReadOnly());
    QString error;
    ASSERT_TRUE(cluster->start(&error)) << error.toStdString();
    EXPECT_EQ(rowsOnServer(), before);
    ASSERT_TRUE(waitFor([&] { return !cia->isReadOnly(); }, 3 * ServerLink::ReconnectIntervalMs + 5000));
    const ImportResult again = LedgerImport::import(*cia, large, {}, {});
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    EXPECT_EQ(rowsOnServer(), before + 28000);
}
