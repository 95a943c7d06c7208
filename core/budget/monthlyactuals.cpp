#include "budget/monthlyactuals.h"

#include "ledger/ledgerdays.h"
#include "ledger/sqliteraw.h"
#include "money/money.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::MonthlyActuals)
};

/// Asks SQLite to abandon the aggregate once the flag is set: the GROUP BY
/// sorts the whole ledger before it returns its first row, so checking
/// between rows alone would not stop it.
class CancelHandler
{
public:
    CancelHandler(sqlite3 *db, const std::atomic_bool *cancel) : m_db(cancel ? db : nullptr)
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 10000, &CancelHandler::check, const_cast<std::atomic_bool *>(cancel));
    }
    ~CancelHandler()
    {
        if (m_db)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    CancelHandler(const CancelHandler &) = delete;
    CancelHandler &operator=(const CancelHandler &) = delete;

private:
    static int check(void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; }
    sqlite3 *m_db;
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}
} // namespace

MonthlyActualsIndex MonthlyActualsIndex::load(SqliteStore &store)
{
    MonthlyActualsIndex result;
    QString error;
    read(store, nullptr, &result, &error);
    return result;
}

std::optional<MonthlyActualsIndex> MonthlyActualsIndex::loadFile(const QString &path, const std::atomic_bool *cancel,
                                                                 QString *error)
{
    SqliteStore store; // a connection of this thread's own
    MonthlyActualsIndex result;
    try {
        if (!store.open(path, true, error) || !read(store, cancel, &result, error))
            return std::nullopt;
    } catch (const MoneyOverflow &) { // on a worker thread: reported, never thrown past it
        *error = Tr::tr("The ledger cannot be read: %1").arg(Tr::tr("its amounts add up to more than Horisont can count"));
        return std::nullopt;
    }
    return result;
}

bool MonthlyActualsIndex::read(SqliteStore &store, const std::atomic_bool *cancel, MonthlyActualsIndex *result,
                               QString *error)
{
    sqlite3 *db = sqliteraw::handle(store.database());
    if (!db) {
        *error = Tr::tr("The ledger cannot be read: %1").arg(Tr::tr("the plan is not an SQLite database"));
        return false;
    }
    const CancelHandler handler(db, cancel);
    // One pass over the day sums, summed here: a GROUP BY would sort them
    // all first (there can be a million when every day and code differs).
    const QByteArray sql = "SELECT coalesce(source_id, 0), coalesce(organisation_id, 0), coalesce(intervention_id, 0), "
                           "date, amount FROM "
                           + LedgerDaySums::table(store).toUtf8();
    const sqliteraw::Statement q(db, sql.constData());
    if (!q.isValid()) {
        *error = cancelled(cancel) ? QString() : Tr::tr("The ledger cannot be read: %1").arg(q.error());
        return false;
    }
    sqlite3_stmt *s = q.get();
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        // Dates are stored as ISO text: yyyy-MM-dd.
        const auto *date = sqlite3_column_text(s, 3);
        if (sqlite3_column_bytes(s, 3) < 7)
            continue;
        const int year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
        const int month = (date[5] - '0') * 10 + (date[6] - '0');
        if (month < 1 || month > 12 || year < 0 || year > 9999)
            continue;
        const qint64 ore = sqlite3_column_int64(s, 4);
        for (int d = 0; d < 3; ++d) {
            const Id id = sqlite3_column_int64(s, d); // columns in BudgetDimension's order
            auto &months = result->m_months[size_t(d)];
            Money::addOre(months[key(id, year, month)], ore);
            Money::addOre(months[key(id, year, 0)], ore);
            Money::addOre(result->m_allYears[size_t(d)][id], ore);
        }
        Money::addOre(result->m_total[key(0, year, month)], ore);
        Money::addOre(result->m_total[key(0, year, 0)], ore);
        const int monthIndex = year * 12 + month - 1;
        if (result->m_lastMonth < result->m_firstMonth) {
            result->m_firstMonth = result->m_lastMonth = monthIndex;
        } else {
            result->m_firstMonth = std::min(result->m_firstMonth, monthIndex);
            result->m_lastMonth = std::max(result->m_lastMonth, monthIndex);
        }
    }
    // An interrupted step ends the rows early: what was read is incomplete.
    if (cancelled(cancel) || step != SQLITE_DONE) {
        *error = cancelled(cancel) ? QString() : Tr::tr("The ledger cannot be read: %1").arg(q.error());
        return false;
    }
    return true;
}

} // namespace horisont
