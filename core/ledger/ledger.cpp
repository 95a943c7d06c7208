#include "ledger/ledger.h"

#include "ledger/ledgerdays.h"
#include "ledger/ledgerwriter.h"
#include "ledger/sqliteraw.h"
#include "model/columns.h"
#include "plan/plan.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Ledger)
};

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

LedgerCodes::LedgerCodes(const Plan &plan)
    : m_organisations(codeIndex<Organisation>(plan)),
      m_interventions(codeIndex<Intervention>(plan)),
      m_sources(codeIndex<FundingSource>(plan))
{
}

void LedgerCodes::match(Transaction &t) const
{
    t.organisationId = m_organisations.value(t.organisationCode, NoId);
    t.interventionId = m_interventions.value(t.interventionCode, NoId);
    t.sourceId = m_sources.value(t.sourceCode, NoId);
}

void Ledger::matchCodes(const Plan &plan, std::vector<Transaction> &transactions)
{
    const LedgerCodes codes(plan);
    for (Transaction &t : transactions)
        codes.match(t);
}

bool Ledger::insert(const std::vector<Transaction> &transactions, const QString &fileName, const QString &user,
                    InsertResult *result, QString *error, const std::function<bool(qint64)> &progress)
{
    *result = {};
    LedgerWriter writer(m_store, fileName, user);
    if (!writer.begin(error))
        return false;
    qint64 done = 0;
    for (const Transaction &t : transactions) {
        if (!writer.add(t, error))
            return false;
        if (progress && (++done & 0x3FF) == 0 && !progress(done)) {
            *error = Tr::tr("The import was cancelled; nothing was imported.");
            return false;
        }
    }
    if (!writer.commit(qint64(transactions.size()), error))
        return false;
    *result = InsertResult{writer.inserted(), writer.alreadyPresent(), writer.insertedTotal()};
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
    // The day sums (see LedgerDaySums) hold everything asked for here.
    const QByteArray sql = "SELECT amount, date, source_id, intervention_id, organisation_id, first_voucher, "
                           "unassigned, row_count, first_id FROM "
                           + LedgerDaySums::table(m_store).toUtf8();
    const sqliteraw::Statement q(raw, sql.constData());
    if (!q.isValid())
        return totals;
    struct Day {
        qint64 count = 0;
        qint64 ore = 0;
        qint64 firstId = 0;
        QString voucher;
    };
    // Keyed by id and day (yyyymmdd) or year as one number; sorted once.
    QHash<quint64, Day> sourceDays;
    QHash<quint64, Day> interventionDays;
    QHash<quint64, qint64> interventionYears;
    QHash<quint64, qint64> organisationYears;
    qint64 total = 0;
    qint64 unassignedTotal = 0;
    int first = 0, last = 0;
    sqlite3_stmt *s = q.get();
    while (sqlite3_step(s) == SQLITE_ROW) {
        const qint64 ore = sqlite3_column_int64(s, 0);
        const int day = dayNumber(sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1));
        const qint64 rows = sqlite3_column_int64(s, 7);
        totals.count += rows;
        Money::addOre(total, ore);
        if (sqlite3_column_int(s, 6)) {
            totals.unassignedCount += rows;
            Money::addOre(unassignedTotal, ore);
        }
        if (day != 0) {
            first = first == 0 ? day : std::min(first, day);
            last = std::max(last, day);
        }
        const int year = day / 10000;
        const qint64 firstId = sqlite3_column_int64(s, 8);
        QString voucher; // read once, shared by the source's and the intervention's day
        const auto addTo = [&](Day &d) {
            if (d.count == 0 || firstId < d.firstId) { // the day's voucher is its first row's
                if (voucher.isNull())
                    voucher = sqliteraw::columnText(s, 5);
                d.firstId = firstId;
                d.voucher = voucher;
            }
            d.count += rows;
            Money::addOre(d.ore, ore);
        };
        if (sqlite3_column_type(s, 2) != SQLITE_NULL)
            addTo(sourceDays[quint64(sqlite3_column_int64(s, 2)) * DaysPerId + quint64(day)]);
        if (sqlite3_column_type(s, 3) != SQLITE_NULL) {
            const quint64 intervention = quint64(sqlite3_column_int64(s, 3));
            Money::addOre(interventionYears[intervention * YearsPerId + quint64(year)], ore);
            addTo(interventionDays[intervention * DaysPerId + quint64(day)]);
        }
        if (sqlite3_column_type(s, 4) != SQLITE_NULL)
            Money::addOre(organisationYears[quint64(sqlite3_column_int64(s, 4)) * YearsPerId + quint64(year)], ore);
    }
    totals.total = Money::fromOre(total);
    totals.unassignedTotal = Money::fromOre(unassignedTotal);
    if (first != 0) {
        totals.first = dateOf(first);
        totals.last = dateOf(last);
    }
    const auto inDateOrder = [](const QHash<quint64, Day> &byKey, QHash<Id, QList<LedgerDay>> &out) {
        QList<quint64> days = byKey.keys();
        std::sort(days.begin(), days.end());
        for (quint64 key : std::as_const(days)) {
            const Day &day = byKey[key];
            out[Id(key / DaysPerId)].append(
                LedgerDay{day.count, Money::fromOre(day.ore), day.voucher, dateOf(int(key % DaysPerId))});
        }
    };
    inDateOrder(sourceDays, totals.spending.bySourceDay);
    inDateOrder(interventionDays, totals.spending.byInterventionDay);
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
        column = columns::organisation_id;
        break;
    case EntityKind::Intervention:
        column = columns::intervention_id;
        break;
    case EntityKind::FundingSource:
        column = columns::source_id;
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
    if (q.exec(QStringLiteral("SELECT coalesce(sum(row_count), 0), coalesce(sum(amount), 0) FROM %1 WHERE %2 IN (%3)")
                   .arg(LedgerDaySums::table(m_store), column, list.join(QLatin1Char(','))))
        && q.next()) {
        count = q.value(0).toLongLong();
        sum = Money::fromOre(q.value(1).toLongLong());
    }
    return {count, sum};
}

} // namespace horisont
