// The budget audit trail on a real plan file: allocation edits through the
// grid's commands (with reasons), a source's ceiling, undo and redo, a
// deleted allocation and a ledger import, queried with every filter.
#include "testsupport.h"

#include "budget/audittrail.h"
#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "ledger/ledger.h"

#include <gtest/gtest.h>

using namespace horisont;

using test::sourceWithCode;

namespace {

bool run(PlanDocument &doc, EditCommand *command)
{
    return command && doc.execute(command);
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc = test::createDemo(dir);
    Id utv = NoId, bra = NoId, orgA = NoId, orgB = NoId, intervention = NoId;
    Id utvAllocation = NoId, braAllocation = NoId;

    Fixture()
    {
        const Plan &plan = doc->plan();
        utv = sourceWithCode(plan, QStringLiteral("UTV"));
        bra = sourceWithCode(plan, QStringLiteral("BRA"));
        auto org = plan.all<Organisation>().begin();
        orgA = org->id;
        orgB = (++org)->id;
        intervention = plan.all<Intervention>().begin()->id;
    }
};

} // namespace

TEST(AllocationCommands, SeveralAllocationsTakeTheNewAmountInProportionExactly)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    const Plan &plan = doc->plan();
    // Three allocations of 100, 200 and 300 kr in one cell; set the cell to 1 000,01 kr.
    allocations::Cell cell{{}, sourceWithCode(plan, QStringLiteral("UTV")), plan.all<Intervention>().begin()->id,
                           plan.all<Organisation>().begin()->id, 2031};
    for (qint64 kronor : {100, 200, 300}) {
        allocations::Cell empty = cell;
        empty.allocations.clear(); // each one a new allocation in the same cell
        QString error;
        EditCommand *add = allocations::setCell(*doc, empty, Money::fromKronor(kronor), QString(), &error);
        ASSERT_TRUE(run(*doc, add)) << error.toStdString();
        cell.allocations << add->createdId();
    }
    QString error;
    ASSERT_TRUE(run(*doc, allocations::setCell(*doc, cell, Money::fromOre(100001), QStringLiteral("why"), &error)));
    std::vector<Money> amounts;
    for (Id id : cell.allocations) {
        const Allocation *a = plan.find<Allocation>(id);
        ASSERT_TRUE(a);
        amounts.push_back(a->amount);
    }
    EXPECT_EQ(amounts, (std::vector<Money>{Money::fromOre(16667), Money::fromOre(33334), Money::fromOre(50000)}));
    // Named after the cell: source and year, intervention, organisation.
    EXPECT_TRUE(doc->undoStack()->undoText().startsWith(QStringLiteral("Change allocation «")))
        << doc->undoStack()->undoText().toStdString();
    // Zero removes them all; a negative amount is refused.
    EXPECT_FALSE(allocations::setCell(*doc, cell, Money::fromKronor(-1), QString(), &error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_TRUE(run(*doc, allocations::setCell(*doc, cell, Money(), QString(), &error)));
    for (Id id : cell.allocations)
        EXPECT_FALSE(plan.find<Allocation>(id));
    doc->undoStack()->undo();
    for (Id id : cell.allocations)
        EXPECT_TRUE(plan.find<Allocation>(id));
    // An empty cell without a source cannot take money.
    allocations::Cell noSource{{}, NoId, cell.interventionId, cell.organisationId, 2032};
    EXPECT_FALSE(allocations::setCell(*doc, noSource, Money::fromKronor(5), QString(), &error));
}

TEST(AuditTrail, ListsBudgetChangesWithReasonsImportsAndFilters)
{
    Fixture f;
    PlanDocument &doc = *f.doc;
    const Plan &plan = doc.plan();
    ASSERT_NE(f.utv, NoId);
    ASSERT_NE(f.bra, NoId);
    const std::size_t before = budgetAuditTrail(doc.store(), plan, {}).size();

    QString error;
    // a) a new UTV allocation, b) raised, c) the grant's ceiling changed.
    EditCommand *add = allocations::setCell(doc, {{}, f.utv, f.intervention, f.orgA, 2030}, Money::fromKronor(100000),
                                            QStringLiteral("Council decision"), &error);
    ASSERT_TRUE(run(doc, add)) << error.toStdString();
    f.utvAllocation = add->createdId();
    ASSERT_TRUE(run(doc, allocations::setCell(doc, {{f.utvAllocation}, f.utv, f.intervention, f.orgA, 2030},
                                              Money::fromKronor(150000), QStringLiteral("Increase"), &error)));
    ASSERT_TRUE(run(doc, commands::setField(doc, EntityKind::FundingSource, f.utv, QStringLiteral("ceiling"),
                                            QVariant::fromValue(qlonglong(700000000)), &error, QStringLiteral("New grant"))));
    // d) a BRA allocation for organisation B, e) removed, undone, redone: it is gone.
    EditCommand *braAdd = allocations::setCell(doc, {{}, f.bra, f.intervention, f.orgB, 2030}, Money::fromKronor(5000),
                                               QString(), &error);
    ASSERT_TRUE(run(doc, braAdd));
    f.braAllocation = braAdd->createdId();
    ASSERT_TRUE(run(doc, allocations::setCell(doc, {{f.braAllocation}, f.bra, f.intervention, f.orgB, 2030}, Money(),
                                              QStringLiteral("Cancelled"), &error)));
    doc.undoStack()->undo();
    doc.undoStack()->redo();
    ASSERT_FALSE(plan.find<Allocation>(f.braAllocation));
    // f) a ledger import: one row on UTV/A, one on BRA/B.
    std::vector<Transaction> rows(2);
    rows[0] = {NoId, QStringLiteral("1"), QStringLiteral("1"), QDate(2030, 3, 1), Money::fromKronor(1200), QStringLiteral("4000"),
               {}, {}, {}, QStringLiteral("a"), f.orgA, f.intervention, f.utv, QStringLiteral("audit-1")};
    rows[1] = {NoId, QStringLiteral("1"), QStringLiteral("2"), QDate(2030, 3, 2), Money::fromKronor(800), QStringLiteral("4000"),
               {}, {}, {}, QStringLiteral("b"), f.orgB, f.intervention, f.bra, QStringLiteral("audit-2")};
    Ledger::InsertResult inserted;
    ASSERT_TRUE(Ledger(doc.store()).insert(rows, QStringLiteral("ledger-2030.csv"), QStringLiteral("tester"), &inserted, &error))
        << error.toStdString();

    const std::vector<AuditEntry> all = budgetAuditTrail(doc.store(), plan, {});
    ASSERT_EQ(all.size(), before + 8); // 2 UTV lines, 1 ceiling, BRA add/remove/undo/redo, 1 import
    const std::vector<AuditEntry> trail(all.end() - 8, all.end());
    EXPECT_EQ(trail[0].change.entity, QStringLiteral("allocation"));
    EXPECT_EQ(trail[0].change.reason, QStringLiteral("Council decision"));
    EXPECT_EQ(trail[0].change.user, QStringLiteral("tester"));
    EXPECT_TRUE(trail[0].change.field.isEmpty()); // a whole allocation created
    EXPECT_EQ(trail[1].change.field, QStringLiteral("amount"));
    EXPECT_EQ(trail[1].change.oldValue, QStringLiteral("10000000")); // raw öre; the view formats
    EXPECT_EQ(trail[1].change.newValue, QStringLiteral("15000000"));
    EXPECT_EQ(trail[1].change.reason, QStringLiteral("Increase"));
    EXPECT_EQ(trail[2].change.entity, QStringLiteral("funding_source"));
    EXPECT_EQ(trail[2].change.reason, QStringLiteral("New grant"));
    EXPECT_EQ(trail[2].sourceId, f.utv);
    EXPECT_EQ(trail[5].change.action, QStringLiteral("undo"));
    EXPECT_TRUE(trail[5].change.reason.isEmpty()); // the reason was for the change, not for taking it back
    EXPECT_EQ(trail[6].change.action, QStringLiteral("redo"));
    EXPECT_EQ(trail[6].change.reason, QStringLiteral("Cancelled"));
    // The deleted allocation still names its source, year and organisation from the log.
    for (int i = 3; i <= 6; ++i) {
        EXPECT_EQ(trail[std::size_t(i)].organisationId, f.orgB);
        EXPECT_EQ(trail[std::size_t(i)].sourceId, f.bra);
        EXPECT_TRUE(trail[std::size_t(i)].itemName.contains(QStringLiteral("BRA 2030"))) << trail[std::size_t(i)].itemName.toStdString();
    }
    const AuditEntry &import = trail[7];
    EXPECT_EQ(import.type, AuditEntry::Type::Import);
    EXPECT_EQ(import.fileName, QStringLiteral("ledger-2030.csv"));
    EXPECT_EQ(import.rowsImported, 2);
    EXPECT_EQ(import.total, Money::fromKronor(2000));

    // By source: the UTV lines, its ceiling and its share of the import.
    AuditFilter bySource;
    bySource.sourceId = f.utv;
    const std::vector<AuditEntry> utv = budgetAuditTrail(doc.store(), plan, bySource);
    for (const AuditEntry &e : utv)
        EXPECT_EQ(e.sourceId, f.utv);
    ASSERT_GE(utv.size(), 4u);
    EXPECT_EQ(utv.back().type, AuditEntry::Type::Import);
    EXPECT_EQ(utv.back().rowsImported, 1);
    EXPECT_EQ(utv.back().total, Money::fromKronor(1200));
    EXPECT_EQ(std::count_if(utv.begin(), utv.end(), [&](const AuditEntry &e) {
                  return e.change.entityId == f.utvAllocation && e.change.entity == QStringLiteral("allocation");
              }),
              2);

    // By organisation B: the deleted BRA allocation's four lines and B's share of the import; no sources.
    AuditFilter byOrganisation;
    byOrganisation.organisationId = f.orgB;
    const std::vector<AuditEntry> orgB = budgetAuditTrail(doc.store(), plan, byOrganisation);
    const auto braLines = std::count_if(orgB.begin(), orgB.end(), [&](const AuditEntry &e) {
        return e.change.entityId == f.braAllocation && e.change.entity == QStringLiteral("allocation");
    });
    EXPECT_EQ(braLines, 4);
    for (const AuditEntry &e : orgB) {
        EXPECT_NE(e.change.entity, QStringLiteral("funding_source"));
        EXPECT_EQ(e.organisationId, f.orgB);
    }
    EXPECT_EQ(orgB.back().total, Money::fromKronor(800));

    // Both: UTV for organisation B has no allocation lines and no transactions.
    AuditFilter both = bySource;
    both.organisationId = f.orgB;
    for (const AuditEntry &e : budgetAuditTrail(doc.store(), plan, both))
        EXPECT_NE(e.change.entityId, f.utvAllocation);

    // By period: today is in [today, tomorrow), not in [tomorrow, …) nor in […, today).
    const QDate today = QDate::currentDate();
    AuditFilter period;
    period.from = today;
    period.until = today.addDays(1);
    EXPECT_GE(budgetAuditTrail(doc.store(), plan, period).size(), 8u);
    AuditFilter future;
    future.from = today.addDays(1);
    EXPECT_TRUE(budgetAuditTrail(doc.store(), plan, future).empty());
    AuditFilter past;
    past.until = today;
    EXPECT_EQ(budgetAuditTrail(doc.store(), plan, past).size(), 0u);
}
