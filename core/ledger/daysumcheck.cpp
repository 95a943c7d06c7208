#include "ledger/daysumcheck.h"

#include "ledger/ledgerdays.h"
#include "ledger/sqliteraw.h"

#include <QHash>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <vector>

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

QByteArray transactionSql()
{
    return QByteArrayLiteral("SELECT import_id, source_id, organisation_id, intervention_id, date, ")
           + LedgerDaySums::UnassignedSql + " , amount, id FROM ledger_transaction";
}

const char *const DaySql = "SELECT import_id, source_id, organisation_id, intervention_id, date, unassigned, row_count, "
                           "amount, first_id FROM ledger_day";

/// A 64-bit fingerprint of a group's key, seeded anew for every check so
/// that no stored data can be made to collide on purpose.
quint64 fingerprint(sqlite3_stmt *s, quint64 seed)
{
    const auto mix = [](quint64 x) {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    };
    const Key k = keyOf(s);
    quint64 h = seed;
    for (const qint64 part : {k.import, k.source, k.organisation, k.intervention, k.day, k.unassigned})
        h = mix(h ^ quint64(part));
    return h;
}

struct Entry {
    quint64 group;
    qint64 rows, ore, first; ///< a day sum's; for a transaction: 1, its amount, its id
    bool operator<(const Entry &other) const { return group < other.group; }
};

bool readEntries(sqlite3 *db, const char *sql, bool daySums, quint64 seed, std::vector<Entry> *out, QString *error)
{
    const sqliteraw::Statement statement(db, sql);
    if (!statement.isValid()) {
        *error = statement.error();
        return false;
    }
    sqlite3_stmt *s = statement.get();
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        out->push_back(daySums ? Entry{fingerprint(s, seed), sqlite3_column_int64(s, 6), sqlite3_column_int64(s, 7),
                                       sqlite3_column_int64(s, 8)}
                               : Entry{fingerprint(s, seed), 1, sqlite3_column_int64(s, 6), sqlite3_column_int64(s, 7)});
    }
    if (step != SQLITE_DONE) {
        *error = statement.error();
        return false;
    }
    return true;
}

/// The quick answer for a whole ledger: both tables read into flat arrays
/// of (group fingerprint, figures), sorted and walked side by side — no
/// hash of a million keys scattered over memory. Two groups sharing a
/// fingerprint only make it say "disagree", after which the exact check
/// below decides and names the group.
bool everyGroupAgrees(sqlite3 *db, bool *agree, QString *error)
{
    const quint64 seed = QRandomGenerator::system()->generate64();
    std::vector<Entry> days;
    std::vector<Entry> transactions;
    {
        const sqliteraw::Statement count(db, "SELECT (SELECT count(*) FROM ledger_day), (SELECT max(id) FROM ledger_transaction)");
        if (count.isValid() && sqlite3_step(count.get()) == SQLITE_ROW) {
            days.reserve(std::size_t(std::clamp<qint64>(sqlite3_column_int64(count.get(), 0), 0, 1 << 26)));
            transactions.reserve(std::size_t(std::clamp<qint64>(sqlite3_column_int64(count.get(), 1), 0, 1 << 26)));
        }
    }
    const QByteArray sql = transactionSql();
    if (!readEntries(db, DaySql, true, seed, &days, error) || !readEntries(db, sql.constData(), false, seed, &transactions, error))
        return false;
    std::sort(days.begin(), days.end());
    std::sort(transactions.begin(), transactions.end());
    *agree = false;
    auto t = transactions.cbegin();
    for (auto d = days.cbegin(); d != days.cend(); ++d) {
        if (std::next(d) != days.cend() && std::next(d)->group == d->group)
            return true; // two day sums for one group
        if (t == transactions.cend() || t->group != d->group)
            return true; // a day sum without transactions
        qint64 rows = 0, ore = 0, first = t->first;
        for (; t != transactions.cend() && t->group == d->group; ++t) {
            ++rows;
            if (__builtin_add_overflow(ore, t->ore, &ore))
                return true;
            first = std::min(first, t->first);
        }
        if (rows != d->rows || ore != d->ore || first != d->first)
            return true;
    }
    *agree = t == transactions.cend(); // else transactions without a day sum
    return true;
}

} // namespace

bool firstDisagreement(sqlite3 *db, Disagreement *first, QString *error)
{
    bool agree = false;
    if (!everyGroupAgrees(db, &agree, error))
        return false;
    if (agree) {
        *first = Disagreement{};
        return true;
    }
    const QByteArray sql = transactionSql();
    const sqliteraw::Statement transactions(db, sql.constData());
    const sqliteraw::Statement days(db, DaySql);
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
