#include "document/planverification.h"

#include "ledger/ledgerdays.h"
#include "store/sqlitestore.h"

namespace horisont {
namespace {

QString firstProblem(std::initializer_list<std::function<QString()>> steps)
{
    for (const auto &step : steps) {
        const QString verdict = step();
        if (verdict != QLatin1String("ok"))
            return verdict;
    }
    return QStringLiteral("ok");
}

/// Runs `checks` on `store` while a second connection holds the large
/// tables' indexes against their tables: the two take about as long each.
QString withIndexesChecked(SqliteStore &store, std::initializer_list<std::function<QString()>> checks)
{
    auto indexes = checkOnOwnConnection(store.database().databaseName(), [](SqliteStore &own) {
        return own.indexesMatchTables(SqliteStore::bulkTables());
    });
    const QString verdict = firstProblem(checks);
    const QString indexVerdict = indexes.get();
    return verdict != QLatin1String("ok") ? verdict : indexVerdict;
}

} // namespace

std::future<QString> checkOnOwnConnection(const QString &file, std::function<QString(SqliteStore &)> check)
{
    return std::async(std::launch::async, [file, check = std::move(check)] {
        SqliteStore own;
        QString problem;
        if (!own.open(file, true, &problem))
            return problem;
        return check(own);
    });
}

/// The large tables (ledger, day sums, change log): every page read, every
/// index held against its table, every row's values and references (the
/// ledger's in the one read the day sums' check makes of it) and the day
/// sums' totals.
QString verifyLargeTables(SqliteStore &store)
{
    return withIndexesChecked(store, {[&] { return store.check(false); },
                                      [&] { return store.ledgerRowProblem(); },
                                      [&] { return LedgerDaySums::check(store); }});
}

/// Before a plan is shown: the structure tables whole (SQLite's
/// integrity_check: small tables, a few milliseconds) and, with Full, the
/// large ones and every foreign key too; Background leaves the large ones to
/// a thread of their own.
QString verifyPlanFile(SqliteStore &store, PlanDocument::Verification verification)
{
    if (verification == PlanDocument::Verification::Background)
        return store.checkTables(SqliteStore::structureTables());
    return withIndexesChecked(store, {[&] { return store.check(false); },
                                      [&] { return store.checkTables(SqliteStore::structureTables()); },
                                      [&] { return store.foreignKeyCheckExcept(LedgerDaySums::tablesItHolds()); },
                                      [&] { return store.ledgerRowProblem(); },
                                      [&] { return LedgerDaySums::check(store); }});
}

} // namespace horisont
