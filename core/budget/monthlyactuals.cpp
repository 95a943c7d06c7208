#include "budget/monthlyactuals.h"

#include "ledger/ledgerdays.h"
#include "ledger/sqliteraw.h"
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
    if (!store.open(path, true, error) || !read(store, cancel, &result, error))
        return std::nullopt;
    return result;
}

bool MonthlyActualsIndex::read(SqliteStore &store, const std::atomic_bool *cancel, MonthlyActualsIndex *result,
                               QString *error)
{
    const CancelHandler handler(sqliteraw::handle(store.database()), cancel);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Dates are stored as ISO text, so the first seven characters are the month.
    if (!q.exec(QStringLiteral("SELECT coalesce(source_id, 0), coalesce(organisation_id, 0), "
                               "coalesce(intervention_id, 0), substr(date, 1, 7), sum(amount) "
                               "FROM %1 GROUP BY 1, 2, 3, 4")
                    .arg(LedgerDaySums::table(store)))) {
        *error = cancelled(cancel) ? QString() : Tr::tr("The ledger cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    const BudgetDimension dimensions[3] = {BudgetDimension::Source, BudgetDimension::Organisation,
                                           BudgetDimension::Intervention};
    while (q.next()) {
        const QString month = q.value(3).toString();
        const int year = QStringView(month).left(4).toInt();
        const int monthNumber = QStringView(month).mid(5, 2).toInt();
        if (monthNumber < 1 || monthNumber > 12)
            continue;
        const qint64 ore = q.value(4).toLongLong();
        for (int d = 0; d < 3; ++d) {
            const Id id = q.value(d).toLongLong();
            auto &months = result->m_months[index(dimensions[d])];
            months[key(id, year, monthNumber)] += ore;
            months[key(id, year, 0)] += ore;
            result->m_allYears[index(dimensions[d])][id] += ore;
        }
        result->m_total[key(0, year, monthNumber)] += ore;
        result->m_total[key(0, year, 0)] += ore;
        if (result->m_lastYear < result->m_firstYear) {
            result->m_firstYear = result->m_lastYear = year;
        } else {
            result->m_firstYear = std::min(result->m_firstYear, year);
            result->m_lastYear = std::max(result->m_lastYear, year);
        }
    }
    // An interrupted step ends the rows early: what was read is incomplete.
    if (cancelled(cancel) || q.lastError().isValid()) {
        *error = cancelled(cancel) ? QString() : Tr::tr("The ledger cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace horisont
