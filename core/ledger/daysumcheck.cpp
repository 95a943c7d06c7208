#include "ledger/daysumcheck.h"

#include "ledger/ledgerdays.h"
#include "ledger/sqliteraw.h"

#include <QHash>

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

using Key = GroupKey;

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

Key rowKey(sqlite3_stmt *s)
{
    return keyOf(s, dayOf(s, 4));
}

QString shownId(qint64 id)
{
    return id < 0 ? QString() : QString::number(id);
}

} // namespace

// Outside the unnamed namespace: QHash finds it by the key's namespace.
size_t qHash(const GroupKey &k, size_t seed) noexcept
{
    return qHashMulti(seed, k.import, k.source, k.organisation, k.intervention, k.day, k.unassigned);
}

GroupKey keyOf(sqlite3_stmt *s, qint64 day)
{
    return GroupKey{idOf(s, 0), idOf(s, 1), idOf(s, 2), idOf(s, 3), day, idOf(s, 5)};
}

QByteArray transactionSql()
{
    return QByteArrayLiteral("SELECT import_id, source_id, organisation_id, intervention_id, date, ")
           + LedgerDaySums::UnassignedSql + " , amount, id, identity FROM ledger_transaction";
}

quint64 fingerprint(const GroupKey &k, quint64 seed)
{
    const auto mix = [](quint64 x) {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    };
    quint64 h = seed;
    for (const qint64 part : {k.import, k.source, k.organisation, k.intervention, k.day, k.unassigned})
        h = mix(h ^ quint64(part));
    return h;
}

bool everyGroupAgrees(std::vector<Entry> &days, std::vector<Entry> &transactions)
{
    std::sort(days.begin(), days.end());
    std::sort(transactions.begin(), transactions.end());
    auto t = transactions.cbegin();
    for (auto d = days.cbegin(); d != days.cend(); ++d) {
        if (std::next(d) != days.cend() && std::next(d)->group == d->group)
            return false; // two day sums for one group
        if (t == transactions.cend() || t->group != d->group)
            return false; // a day sum without transactions
        qint64 rows = 0, ore = 0, first = t->first;
        for (; t != transactions.cend() && t->group == d->group; ++t) {
            ++rows;
            if (__builtin_add_overflow(ore, t->ore, &ore))
                return false;
            first = std::min(first, t->first);
        }
        if (rows != d->rows || ore != d->ore || first != d->first)
            return false;
    }
    return t == transactions.cend(); // else transactions without a day sum
}

bool firstDisagreement(sqlite3 *db, Disagreement *first, QString *error)
{
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
        Sums &sums = groups[rowKey(days.get())];
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
        Sums &sums = groups[rowKey(s)];
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
