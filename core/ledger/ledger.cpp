#include "ledger/ledger.h"

#include "model/storageform.h"
#include "plan/plan.h"
#include "store/sqlitestore.h"
#include "store/transactionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

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

    QSqlQuery row(db);
    row.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO ledger_transaction (import_id, voucher, line, date, amount, account, "
        "organisation_code, intervention_code, source_code, \"text\", organisation_id, intervention_id, "
        "source_id, identity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto idOrNull = [](Id id) { return id == NoId ? QVariant() : QVariant(qlonglong(id)); };
    qint64 done = 0;
    for (const Transaction &t : transactions) {
        row.bindValue(0, batchId);
        row.bindValue(1, storage::text(t.voucher));
        row.bindValue(2, storage::text(t.line));
        row.bindValue(3, t.date.toString(Qt::ISODate));
        row.bindValue(4, qlonglong(t.amount.ore()));
        row.bindValue(5, storage::text(t.account));
        row.bindValue(6, storage::text(t.organisationCode));
        row.bindValue(7, storage::text(t.interventionCode));
        row.bindValue(8, storage::text(t.sourceCode));
        row.bindValue(9, storage::text(t.text));
        row.bindValue(10, idOrNull(t.organisationId));
        row.bindValue(11, idOrNull(t.interventionId));
        row.bindValue(12, idOrNull(t.sourceId));
        row.bindValue(13, storage::text(t.identity));
        if (!row.exec()) {
            *error = Tr::tr("Cannot store transaction %1: %2").arg(t.identity, row.lastError().text());
            return false;
        }
        if (row.numRowsAffected() == 1) {
            ++result->inserted;
            result->insertedTotal += t.amount;
        } else {
            ++result->alreadyPresent;
        }
        ++done;
        if (progress && (done & 0x3FF) == 0 && !progress(done)) {
            *error = Tr::tr("The import was cancelled; nothing was imported.");
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

LedgerTotals Ledger::totals() const
{
    LedgerTotals totals;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // A row is unassigned when a code it carries matches nothing in the
    // plan, or when it carries no code the plan knows at all.
    const QString unassigned = QStringLiteral(
        "((organisation_id IS NULL AND organisation_code <> '') OR "
        "(intervention_id IS NULL AND intervention_code <> '') OR "
        "(source_id IS NULL AND source_code <> '') OR "
        "(organisation_id IS NULL AND intervention_id IS NULL AND source_id IS NULL))");
    if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(amount), 0), coalesce(sum(%1), 0), "
                              "coalesce(sum(CASE WHEN %1 THEN amount ELSE 0 END), 0), min(date), max(date) "
                              "FROM ledger_transaction")
                   .arg(unassigned))
        && q.next()) {
        totals.count = q.value(0).toLongLong();
        totals.total = Money::fromOre(q.value(1).toLongLong());
        totals.unassignedCount = q.value(2).toLongLong();
        totals.unassignedTotal = Money::fromOre(q.value(3).toLongLong());
        totals.first = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        totals.last = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    }
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
