#include "ledger/ledgermagnitude.h"

#include "model/messagelocale.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Ledger)
};
} // namespace

std::optional<LedgerMagnitude> LedgerMagnitude::of(SqliteStore &store, QString *error)
{
    // One pass over the transactions, once per import: sum() is exact (and
    // fails rather than wrap); abs() of the most negative integer fails too.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sum(abs(amount)) FROM ledger_transaction")) || !q.next()) {
        *error = Tr::tr("Cannot add up the plan's ledger: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    const qint64 ore = q.value(0).toLongLong();
    if (ore > LimitOre) {
        *error = Tr::tr("The amounts in the plan's ledger already add up to more than %1.")
                     .arg(Money::fromOre(LimitOre).format(messageLocale()));
        return std::nullopt;
    }
    LedgerMagnitude magnitude;
    magnitude.m_ore = ore;
    return magnitude;
}

bool LedgerMagnitude::add(Money amount)
{
    const qint64 ore = amount.ore();
    if (ore == std::numeric_limits<qint64>::min())
        return false;
    const qint64 magnitude = ore < 0 ? -ore : ore;
    if (magnitude > LimitOre - m_ore)
        return false;
    m_ore += magnitude;
    return true;
}

QString LedgerMagnitude::limitMessage()
{
    return Tr::tr("with this row the amounts in the plan's ledger, counted without their signs, "
                  "would add up to more than %1, the most one plan can hold")
        .arg(Money::fromOre(LimitOre).format(messageLocale()));
}

} // namespace horisont
