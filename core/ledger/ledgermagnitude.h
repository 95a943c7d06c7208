#pragma once

#include "money/money.h"

#include <QString>

#include <optional>

namespace horisont {

class SqliteStore;

/// The amounts of a plan's ledger added up without their signs, kept under
/// a bound: every sum SQLite computes over the transactions or their day
/// sums — any rows, in any order — is at most this, so none can overflow 64
/// bits. (SUM fails with "integer overflow" rather than wrap; a plan where
/// it did would be one that no command can read.) Imports refuse the row
/// that would pass the bound.
class LedgerMagnitude
{
public:
    /// 10^16 kr, a thousand times what a country spends in a year, and a
    /// ninth of what 64 bits hold: left over for allocations, forecasts and
    /// the differences between them and spending.
    static constexpr qint64 LimitOre = 1'000'000'000'000'000'000;

    /// The ledger of `store` as it stands (inside the caller's transaction,
    /// when there is one). Nullopt with *error when it cannot be read or
    /// already passes the bound (a plan written by no Horisont).
    static std::optional<LedgerMagnitude> of(SqliteStore &store, QString *error);

    /// Counts one more amount; false, counting nothing, when the total would pass LimitOre.
    bool add(Money amount);

    qint64 ore() const { return m_ore; }

    /// Why a row was refused by add(), for a message that names the row.
    static QString limitMessage();

private:
    qint64 m_ore = 0;
};

} // namespace horisont
