#include "ledger/daysumcheck.h"

#include "ledger/ledgerdays.h"
#include "ledger/sqliteraw.h"

#include <QHash>

#include <sqlite3.h>

#include <tuple>

namespace horisont::daysumcheck {
namespace {

constexpr qint64 NotADay = qint64(1) << 40;

/// NULL ids and unassigned values read as -1: every stored id is positive.
qint64 idOf(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, column);
}

/// A day as yyyymmdd; anything else (which the row checks refuse before
/// this runs) as a hash of its bytes above every date.
qint64 dayOf(sqlite3_stmt *s, int column)
{
    const auto *text = static_cast<const unsigned char *>(sqlite3_column_blob(s, column));
    const int size = sqlite3_column_bytes(s, column);
    qint64 day = 0;
    if (size == 10 && text[4] == '-' && text[7] == '-') {
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (text[i] < '0' || text[i] > '9')
                return NotADay | qint64(qHashBits(text, size_t(size)) & 0xffffffff);
            day = day * 10 + (text[i] - '0');
        }
        return day;
    }
    return NotADay | qint64(qHashBits(text, size_t(size)) & 0xffffffff);
}

QString shownDay(qint64 day)
{
    if (day & NotADay)
        return QStringLiteral("?");
    return QStringLiteral("%1-%2-%3")
        .arg(day / 10000, 4, 10, QLatin1Char('0'))
        .arg(day / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(day % 100, 2, 10, QLatin1Char('0'));
}

struct Key {
    qint64 import, source, organisation, intervention;
    qint64 day;
    qint64 unassigned;
    bool operator==(const Key &) const = default;
    auto tied() const { return std::tie(import, day, source, organisation, intervention, unassigned); }
};

size_t qHash(const Key &k, size_t seed) noexcept
{
    return qHashMulti(seed, k.import, k.source, k.organisation, k.intervention, k.day, k.unassigned);
}

struct Sums {
    qint64 transactionRows = 0, transactionOre = 0, firstTransaction = -1;
    qint64 summedRows = 0, summedOre = 0, summedFirst = -1;
    int daySums = 0;
    bool overflow = false;
    bool agree() const
    {
        return !overflow && daySums == 1 && transactionRows == summedRows && transactionOre == summedOre
               && firstTransaction == summedFirst;
    }
};

Key keyOf(sqlite3_stmt *s)
{
    return Key{idOf(s, 0), idOf(s, 1), idOf(s, 2), idOf(s, 3), dayOf(s, 4), idOf(s, 5)};
}

QString shownId(qint64 id)
{
    return id < 0 ? QString() : QString::number(id);
}

} // namespace

bool firstDisagreement(sqlite3 *db, Disagreement *first, QString *error)
{
    const QByteArray transactionSql = QByteArrayLiteral("SELECT import_id, source_id, organisation_id, intervention_id, date, ")
                                      + LedgerDaySums::UnassignedSql + " , amount, id FROM ledger_transaction";
    const sqliteraw::Statement transactions(db, transactionSql.constData());
    const sqliteraw::Statement days(db,
        "SELECT import_id, source_id, organisation_id, intervention_id, date, unassigned, row_count, amount, first_id "
        "FROM ledger_day");
    if (!transactions.isValid() || !days.isValid()) {
        *error = transactions.isValid() ? days.error() : transactions.error();
        return false;
    }
    QHash<Key, Sums> groups;
    {
        const sqliteraw::Statement count(db, "SELECT count(*) FROM ledger_day");
        if (count.isValid() && sqlite3_step(count.get()) == SQLITE_ROW)
            groups.reserve(qsizetype(sqlite3_column_int64(count.get(), 0)) + 16);
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(days.get())) == SQLITE_ROW) {
        Sums &sums = groups[keyOf(days.get())];
        ++sums.daySums;
        sums.summedRows = sqlite3_column_int64(days.get(), 6);
        sums.summedOre = sqlite3_column_int64(days.get(), 7);
        sums.summedFirst = sqlite3_column_int64(days.get(), 8);
    }
    if (step != SQLITE_DONE) {
        *error = days.error();
        return false;
    }
    while ((step = sqlite3_step(transactions.get())) == SQLITE_ROW) {
        sqlite3_stmt *s = transactions.get();
        Sums &sums = groups[keyOf(s)];
        ++sums.transactionRows;
        sums.overflow = sums.overflow || __builtin_add_overflow(sums.transactionOre, sqlite3_column_int64(s, 6),
                                                                &sums.transactionOre);
        const qint64 id = sqlite3_column_int64(s, 7);
        if (sums.firstTransaction < 0 || id < sums.firstTransaction)
            sums.firstTransaction = id;
    }
    if (step != SQLITE_DONE) {
        *error = transactions.error();
        return false;
    }
    *first = Disagreement{};
    const Key *firstKey = nullptr;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->agree() || (firstKey && !(it.key().tied() < firstKey->tied())))
            continue;
        firstKey = &it.key();
        *first = Disagreement{true, shownId(it.key().import), shownId(it.key().source), shownId(it.key().organisation),
                              shownId(it.key().intervention), shownDay(it.key().day), it->transactionRows,
                              it->transactionOre, it->summedRows, it->summedOre, it->daySums};
    }
    return true;
}

} // namespace horisont::daysumcheck
