#include "ledger/ledgerscan.h"

#include "ledger/sqliteraw.h"
#include "store/storeverifier.h"

#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>

namespace horisont {
namespace {

using namespace ledgerrowrules;

/// One amount: what an import accepts (below 10^13 kr); a day sum adds up
/// many, so it is only held below what 64 bits sum safely.
constexpr qint64 TransactionBound = 1'000'000'000'000'000;
constexpr qint64 DaySumBound = 1'000'000'000'000'000'000;
constexpr qsizetype MostReferencesNamed = StoreVerifier::MostMissingReferencesNamed;

/// A capacity to reserve: the row count a query reports, within reason.
std::size_t expectedRows(sqlite3 *db, const char *sql)
{
    const sqliteraw::Statement count(db, sql);
    if (!count.isValid() || sqlite3_step(count.get()) != SQLITE_ROW)
        return 0;
    return std::size_t(std::clamp<qint64>(sqlite3_column_int64(count.get(), 0), 0, 1 << 26));
}

} // namespace

LedgerScan::LedgerScan(sqlite3 *db) : m_db(db), m_seed(QRandomGenerator::system()->generate64())
{}

QString LedgerScan::run()
{
    m_transactionReferences.clear();
    m_dayReferences.clear();
    m_transactions.clear();
    m_days.clear();
    for (const auto &step : {&LedgerScan::loadReferencedIds, &LedgerScan::readTransactions, &LedgerScan::readDays}) {
        const QString verdict = (this->*step)();
        if (verdict != QLatin1String("ok"))
            return verdict;
    }
    // SQL named a bad value of either table before any missing reference,
    // and ledger_day's references before ledger_transaction's.
    for (const QStringList *missing : {&m_dayReferences, &m_transactionReferences}) {
        if (!missing->isEmpty())
            return missing->join(QLatin1Char('\n'));
    }
    return QStringLiteral("ok");
}

QString LedgerScan::loadReferencedIds()
{
    QString error;
    const bool loaded = m_imports.load(m_db, "import_batch", &error) && m_sources.load(m_db, "funding_source", &error)
                        && m_organisations.load(m_db, "organisation", &error)
                        && m_interventions.load(m_db, "intervention", &error);
    return loaded ? QStringLiteral("ok") : error;
}

/// Columns as daysumcheck::TransactionSql: 0 import_id, 1 source_id,
/// 2 organisation_id, 3 intervention_id, 4 date, 5 unassigned, 6 amount,
/// 7 id, 8 identity.
QString LedgerScan::readTransactions()
{
    const QString table = QStringLiteral("ledger_transaction");
    m_transactions.reserve(expectedRows(m_db, "SELECT max(id) FROM ledger_transaction"));
    const QByteArray sql = daysumcheck::transactionSql();
    const sqliteraw::Statement statement(m_db, sql.constData());
    if (!statement.isValid())
        return statement.error();
    sqlite3_stmt *s = statement.get();
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 7); // the rowid: always an integer
        const qint64 day = storedDay(s, 4);
        // The codes' ids are kept without foreign keys (they would make
        // every delete of a plan row scan a million transactions): that
        // they name a row is one of the row's rules.
        const bool written = day != 0 && isAmountBelow(s, 6, TransactionBound) && isId(s, 0) && isIdOrNull(s, 1)
                             && isIdOrNull(s, 2) && isIdOrNull(s, 3) && isNonEmptyText(s, 8)
                             && m_sources.holdsOrNull(s, 1) && m_organisations.holdsOrNull(s, 2)
                             && m_interventions.holdsOrNull(s, 3);
        if (!written)
            return StoreVerifier::unwrittenRow(table, id);
        // The import is a foreign key, named as foreign_key_check names it.
        if (!m_imports.holdsOrNull(s, 0) && m_transactionReferences.size() < MostReferencesNamed)
            m_transactionReferences << StoreVerifier::missingReference(table, id, QStringLiteral("import_batch"));
        m_lastTransaction = std::max(m_lastTransaction, id);
        m_transactions.push_back(
            daysumcheck::Entry{daysumcheck::fingerprint(daysumcheck::keyOf(s, day), m_seed), 1, sqlite3_column_int64(s, 6), id});
    }
    return step == SQLITE_DONE ? QStringLiteral("ok") : statement.error();
}

/// Columns as daysumcheck::DaySql: 0 import_id, 1 source_id,
/// 2 organisation_id, 3 intervention_id, 4 date, 5 unassigned, 6 row_count,
/// 7 amount, 8 first_id, 9 id.
QString LedgerScan::readDays()
{
    const QString table = QStringLiteral("ledger_day");
    m_days.reserve(expectedRows(m_db, "SELECT count(*) FROM ledger_day"));
    const sqliteraw::Statement statement(m_db, daysumcheck::DaySql);
    if (!statement.isValid())
        return statement.error();
    sqlite3_stmt *s = statement.get();
    // SQL's "unassigned NOT IN (0, 1)": NULL passes, as does 0 or 1 of either number type.
    const auto isFlagOrNull = [](sqlite3_stmt *s, int column) {
        const int type = sqlite3_column_type(s, column);
        if (type == SQLITE_NULL)
            return true;
        if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
            return false;
        const double value = sqlite3_column_double(s, column);
        return value == 0 || value == 1;
    };
    // The foreign keys, in the order foreign_key_check tries them: SQLite
    // keeps a table's keys last declared first.
    struct Reference {
        const IdSet *ids;
        int column;
        const char *table;
    };
    const Reference references[] = {{&m_interventions, 3, "intervention"},
                                    {&m_organisations, 2, "organisation"},
                                    {&m_sources, 1, "funding_source"},
                                    {&m_imports, 0, "import_batch"}};
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 9);
        const qint64 day = storedDay(s, 4);
        // SQL's "first_id > max(id)" is NULL, so passes, for a NULL first_id or no transactions.
        const bool firstExists = sqlite3_column_type(s, 8) != SQLITE_INTEGER || m_transactions.empty()
                                 || sqlite3_column_int64(s, 8) <= m_lastTransaction;
        const bool written = day != 0 && isAmountBelow(s, 7, DaySumBound) && isId(s, 0) && isIdOrNull(s, 1)
                             && isIdOrNull(s, 2) && isIdOrNull(s, 3) && isIdOrNull(s, 8) && isFlagOrNull(s, 5)
                             && firstExists && isId(s, 6);
        if (!written)
            return StoreVerifier::unwrittenRow(table, id);
        for (const Reference &r : references) {
            if (!r.ids->holdsOrNull(s, r.column) && m_dayReferences.size() < MostReferencesNamed)
                m_dayReferences << StoreVerifier::missingReference(table, id, QLatin1String(r.table));
        }
        m_days.push_back(daysumcheck::Entry{daysumcheck::fingerprint(daysumcheck::keyOf(s, day), m_seed),
                                            sqlite3_column_int64(s, 6), sqlite3_column_int64(s, 7),
                                            sqlite3_column_int64(s, 8)});
    }
    return step == SQLITE_DONE ? QStringLiteral("ok") : statement.error();
}

} // namespace horisont
