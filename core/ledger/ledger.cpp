#include "ledger/ledger.h"

#include "ledger/sqliteraw.h"
#include "model/storageform.h"
#include "plan/plan.h"
#include "store/sqlitestore.h"
#include "store/transactionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <optional>

#include <sqlite3.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Ledger)
};

// 256 MiB: the ledger indexes of a few million rows stay in memory while they are written.
constexpr int LargeImportCacheKiB = 256 * 1024;

/// yyyy-MM-dd into `out` (at least 11 bytes), as QDate::toString(Qt::ISODate)
/// writes it, without allocating; returns the length.
int formatIsoDate(const QDate &date, char *out)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1000 || y > 9999) {
        const QByteArray text = date.toString(Qt::ISODate).toLatin1().left(15);
        std::memcpy(out, text.constData(), size_t(text.size()));
        return int(text.size());
    }
    std::snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 10;
}

// An import at least this large, and at least twice the rows already in the
// ledger, drops the ledger's secondary indexes and builds them again after
// the rows are in: sorting once costs far less than a million inserts at
// random places in each index.
constexpr qint64 BulkImportRows = 50'000;

qint64 highestRowId(sqlite3 *db)
{
    const sqliteraw::Statement q(db, "SELECT coalesce(max(id), 0) FROM ledger_transaction");
    return q.isValid() && sqlite3_step(q.get()) == SQLITE_ROW ? sqlite3_column_int64(q.get(), 0) : 0;
}

/// The CREATE INDEX statements of the ledger's own indexes, as the schema
/// holds them, so that building them again leaves the schema as it was.
/// (The UNIQUE identity index is part of the table: it stays, and it is what
/// finds the rows already present.)
std::vector<QByteArray> secondaryIndexes(sqlite3 *db)
{
    std::vector<QByteArray> sql;
    const sqliteraw::Statement q(db, "SELECT sql FROM sqlite_schema WHERE type = 'index' "
                                     "AND tbl_name = 'ledger_transaction' AND sql IS NOT NULL ORDER BY name");
    while (q.isValid() && sqlite3_step(q.get()) == SQLITE_ROW)
        sql.push_back(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0))));
    return sql;
}

/// The index names in "CREATE INDEX name ON …" statements.
std::vector<QByteArray> indexNames(const std::vector<QByteArray> &statements)
{
    std::vector<QByteArray> names;
    for (const QByteArray &sql : statements) {
        const QList<QByteArray> words = sql.simplified().split(' ');
        const qsizetype on = words.indexOf("ON");
        if (on > 0)
            names.push_back(words.at(on - 1));
    }
    return names;
}

template<class T>
QHash<QString, Id> codeIndex(const Plan &plan)
{
    QHash<QString, Id> index;
    for (const T &e : plan.all<T>()) {
        if (!e.code.isEmpty())
            index.insert(e.code, e.id);
    }
    return index;
}
} // namespace

void Ledger::matchCodes(const Plan &plan, std::vector<Transaction> &transactions)
{
    const auto organisations = codeIndex<Organisation>(plan);
    const auto interventions = codeIndex<Intervention>(plan);
    const auto sources = codeIndex<FundingSource>(plan);
    for (Transaction &t : transactions) {
        t.organisationId = organisations.value(t.organisationCode, NoId);
        t.interventionId = interventions.value(t.interventionCode, NoId);
        t.sourceId = sources.value(t.sourceCode, NoId);
    }
}

bool Ledger::insert(const std::vector<Transaction> &transactions, const QString &fileName, const QString &user,
                    InsertResult *result, QString *error, const std::function<bool(qint64)> &progress)
{
    *result = {};
    QSqlDatabase db = m_store.database();
    TransactionGuard transaction(db);
    QSqlQuery batch(db);
    batch.prepare(QStringLiteral("INSERT INTO import_batch (at, user_name, file_name, rows_read) VALUES (?, ?, ?, ?)"));
    batch.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    batch.addBindValue(storage::text(user));
    batch.addBindValue(storage::text(fileName));
    batch.addBindValue(qlonglong(transactions.size()));
    if (!batch.exec()) {
        *error = Tr::tr("Cannot record the import: %1").arg(batch.lastError().text());
        return false;
    }
    const qlonglong batchId = batch.lastInsertId().toLongLong();

    sqlite3 *raw = sqliteraw::handle(db);
    if (!raw) {
        *error = Tr::tr("Cannot record the import: the plan is not an SQLite database.");
        return false;
    }
    const sqliteraw::PageCacheSize cache(raw, LargeImportCacheKiB);
    const sqliteraw::Statement row(raw,
        "INSERT OR IGNORE INTO ledger_transaction (import_id, voucher, line, date, amount, account, "
        "organisation_code, intervention_code, source_code, \"text\", organisation_id, intervention_id, "
        "source_id, identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!row.isValid()) {
        *error = Tr::tr("Cannot record the import: %1").arg(row.error());
        return false;
    }
    sqlite3_stmt *s = row.get();
    // Strings are bound as UTF-8, the database's encoding: bound as UTF-16,
    // SQLite would allocate and translate every value of every row. ASCII,
    // nearly all of an export, is narrowed into one reused buffer per column.
    std::array<QByteArray, 15> utf8;
    auto bindText = [s, &utf8](int column, const QString &text) {
        QByteArray &buffer = utf8[size_t(column)];
        const qsizetype size = text.size();
        const QChar *from = text.constData();
        buffer.resize(size);
        char *to = buffer.data();
        qsizetype i = 0;
        for (; i < size && from[i].unicode() < 0x80; ++i)
            to[i] = char(from[i].unicode());
        if (i < size)
            buffer = text.toUtf8();
        sqlite3_bind_text(s, column, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
    };
    auto bindId = [s](int column, Id id) {
        if (id == NoId)
            sqlite3_bind_null(s, column);
        else
            sqlite3_bind_int64(s, column, id);
    };
    sqlite3_bind_int64(s, 1, batchId);
    std::vector<QByteArray> rebuild;
    std::optional<sqliteraw::WorkerThreads> sortThreads;
    if (qint64(transactions.size()) >= BulkImportRows && qint64(transactions.size()) >= 2 * highestRowId(raw)) {
        rebuild = secondaryIndexes(raw);
        // Building an index sorts; SQLite can sort on a second core meanwhile.
        sortThreads.emplace(raw, 2);
        for (const QByteArray &name : indexNames(rebuild)) {
            if (sqlite3_exec(raw, ("DROP INDEX " + name).constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                *error = Tr::tr("Cannot record the import: %1").arg(row.error());
                return false;
            }
        }
    }
    char isoDate[16];
    qint64 done = 0;
    for (const Transaction &t : transactions) {
        bindText(2, t.voucher);
        bindText(3, t.line);
        const int dateLength = formatIsoDate(t.date, isoDate);
        sqlite3_bind_text(s, 4, isoDate, dateLength, SQLITE_STATIC);
        sqlite3_bind_int64(s, 5, t.amount.ore());
        bindText(6, t.account);
        bindText(7, t.organisationCode);
        bindText(8, t.interventionCode);
        bindText(9, t.sourceCode);
        bindText(10, t.text);
        bindId(11, t.organisationId);
        bindId(12, t.interventionId);
        bindId(13, t.sourceId);
        bindText(14, t.identity);
        if (sqlite3_step(s) != SQLITE_DONE) {
            *error = Tr::tr("Cannot store transaction %1: %2").arg(t.identity, row.error());
            *result = {};
            return false;
        }
        if (sqlite3_changes(raw) == 1) {
            ++result->inserted;
            result->insertedTotal += t.amount;
        } else {
            ++result->alreadyPresent;
        }
        sqlite3_reset(s);
        ++done;
        if (progress && (done & 0x3FF) == 0 && !progress(done)) {
            *error = Tr::tr("The import was cancelled; nothing was imported.");
            *result = {};
            return false;
        }
    }
    for (const QByteArray &sql : rebuild) {
        if (sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            *error = Tr::tr("Cannot save the import: %1").arg(row.error());
            *result = {};
            return false;
        }
    }
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE import_batch SET rows_imported = ?, total_ore = ? WHERE id = ?"));
    finish.addBindValue(qlonglong(result->inserted));
    finish.addBindValue(qlonglong(result->insertedTotal.ore()));
    finish.addBindValue(batchId);
    if (!finish.exec() || !transaction.commit()) {
        *error = Tr::tr("Cannot save the import: %1").arg(db.lastError().text());
        *result = {};
        return false;
    }
    return true;
}

namespace {
/// "yyyy-MM-dd" → yyyymmdd as a number (0 when the text is not that shape):
/// dates compare and group as numbers without a QDate per row.
int dayNumber(const unsigned char *text, int length)
{
    if (!text || length < 10 || text[4] != '-' || text[7] != '-')
        return 0;
    int n = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const int digit = text[i] - '0';
        if (digit < 0 || digit > 9)
            return 0;
        n = n * 10 + digit;
    }
    return n;
}

constexpr quint64 DaysPerId = 100'000'000; // yyyymmdd < 10^8
constexpr quint64 YearsPerId = 10'000;

QDate dateOf(int dayNumber)
{
    return QDate(dayNumber / 10000, dayNumber / 100 % 100, dayNumber % 100);
}
} // namespace

LedgerTotals Ledger::totals() const
{
    LedgerTotals totals;
    sqlite3 *raw = sqliteraw::handle(m_store.database());
    if (!raw)
        return totals;
    // A row is unassigned when a code it carries matches nothing in the
    // plan, or when it carries no code the plan knows at all.
    // One pass over every row (there can be millions): the totals, and the
    // breakdown the budget checks need, summed here rather than by one
    // GROUP BY each, which would sort the whole ledger three times.
    const sqliteraw::Statement q(raw,
        "SELECT amount, date, source_id, intervention_id, organisation_id, voucher, "
        "((organisation_id IS NULL AND organisation_code <> '') OR "
        "(intervention_id IS NULL AND intervention_code <> '') OR "
        "(source_id IS NULL AND source_code <> '') OR "
        "(organisation_id IS NULL AND intervention_id IS NULL AND source_id IS NULL)) "
        "FROM ledger_transaction");
    if (!q.isValid())
        return totals;
    struct Day {
        qint64 count = 0;
        qint64 ore = 0;
        QString voucher;
    };
    // Keyed by id and day (yyyymmdd) or year as one number: hashing an
    // integer is what keeps a million rows cheap; the keys are sorted once.
    QHash<quint64, Day> sourceDays;
    QHash<quint64, qint64> interventionYears;
    QHash<quint64, qint64> organisationYears;
    // Rows come in id order, so runs of one source and day are common: the
    // last group found is tried first.
    quint64 lastSourceDay = 0;
    Day *lastDay = nullptr;
    qint64 total = 0;
    qint64 unassignedTotal = 0;
    int first = 0, last = 0;
    sqlite3_stmt *s = q.get();
    while (sqlite3_step(s) == SQLITE_ROW) {
        const qint64 ore = sqlite3_column_int64(s, 0);
        const int day = dayNumber(sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1));
        ++totals.count;
        total += ore;
        if (sqlite3_column_int(s, 6)) {
            ++totals.unassignedCount;
            unassignedTotal += ore;
        }
        if (day != 0) {
            first = first == 0 ? day : std::min(first, day);
            last = std::max(last, day);
        }
        const int year = day / 10000;
        if (sqlite3_column_type(s, 2) != SQLITE_NULL) {
            const quint64 key = quint64(sqlite3_column_int64(s, 2)) * DaysPerId + quint64(day);
            if (!lastDay || key != lastSourceDay) {
                lastDay = &sourceDays[key];
                lastSourceDay = key;
            }
            if (lastDay->count++ == 0)
                lastDay->voucher = sqliteraw::columnText(s, 5);
            lastDay->ore += ore;
        }
        if (sqlite3_column_type(s, 3) != SQLITE_NULL)
            interventionYears[quint64(sqlite3_column_int64(s, 3)) * YearsPerId + quint64(year)] += ore;
        if (sqlite3_column_type(s, 4) != SQLITE_NULL)
            organisationYears[quint64(sqlite3_column_int64(s, 4)) * YearsPerId + quint64(year)] += ore;
    }
    totals.total = Money::fromOre(total);
    totals.unassignedTotal = Money::fromOre(unassignedTotal);
    if (first != 0) {
        totals.first = dateOf(first);
        totals.last = dateOf(last);
    }
    QList<quint64> days = sourceDays.keys();
    std::sort(days.begin(), days.end());
    for (quint64 key : std::as_const(days)) {
        const Day &day = sourceDays[key];
        totals.spending.bySourceDay[Id(key / DaysPerId)].append(
            LedgerDay{day.count, Money::fromOre(day.ore), day.voucher, dateOf(int(key % DaysPerId))});
    }
    for (auto it = interventionYears.cbegin(); it != interventionYears.cend(); ++it)
        totals.spending.byInterventionYear.insert({Id(it.key() / YearsPerId), int(it.key() % YearsPerId)},
                                                  Money::fromOre(it.value()));
    for (auto it = organisationYears.cbegin(); it != organisationYears.cend(); ++it)
        totals.spending.byOrganisationYear.insert({Id(it.key() / YearsPerId), int(it.key() % YearsPerId)},
                                                  Money::fromOre(it.value()));
    return totals;
}

std::pair<qint64, Money> Ledger::bookedOn(EntityKind kind, const QList<Id> &ids) const
{
    QString column;
    switch (kind) {
    case EntityKind::Organisation:
        column = QStringLiteral("organisation_id");
        break;
    case EntityKind::Intervention:
        column = QStringLiteral("intervention_id");
        break;
    case EntityKind::FundingSource:
        column = QStringLiteral("source_id");
        break;
    default:
        return {0, Money()};
    }
    if (ids.isEmpty())
        return {0, Money()};
    QStringList list;
    list.reserve(ids.size());
    for (Id id : ids)
        list << QString::number(id); // integers: nothing to bind or escape
    qint64 count = 0;
    Money sum;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(amount), 0) FROM ledger_transaction WHERE %1 IN (%2)")
                   .arg(column, list.join(QLatin1Char(','))))
        && q.next()) {
        count = q.value(0).toLongLong();
        sum = Money::fromOre(q.value(1).toLongLong());
    }
    return {count, sum};
}

} // namespace horisont
