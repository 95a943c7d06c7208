#pragma once

#include "money/money.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace horisont::ledgercells {

/// An amount as ledgers write it: "12 500,00", "12500.00", "-1 250,00",
/// "−1 250,00", "1250.00-", non-breaking or thin spaces between thousands.
/// Nothing else: no unit ("100,00 kr"), no scale ("6,5 mnkr") — those are
/// for people typing, not for a column of a ledger. `decimal` is ',' or '.'
/// when known (from a profile or the column), else null. On nullopt, *why
/// (when given) says whether it was no amount or one beyond Money's bounds.
std::optional<Money> parseAmount(const QString &text, QChar decimal = QChar(), Money::ParseError *why = nullptr);

/// The decimal separator a column of amounts uses, judged from the cells
/// that show it unambiguously ("4247,6", "136.98", "1.250,00"); null when
/// none does or when they disagree.
QChar decimalEvidence(const QStringList &cells);

/// decimalEvidence() one cell at a time, for a reader that does not keep
/// every cell: add() each amount cell, then decimal().
class DecimalEvidence
{
public:
    void add(QStringView cell);
    QChar decimal() const;

private:
    bool m_comma = false;
    bool m_dot = false;
};

/// Why parseDate() returned nothing.
enum class DateError {
    NotADate,      ///< no date of a known shape, or a day that does not exist (2023-02-30)
    OutsideWindow, ///< a date, but outside datebounds (year 1, year 9999)
    TimeOfDay,     ///< a date with a time other than midnight
};

/// A booking date: `format` (a QDate format such as "yyyyMMdd") when given,
/// else yyyy-MM-dd, yyyyMMdd or dd.MM.yyyy. Only dates within datebounds
/// count. Midnight after the date ("2023-06-19 00:00:00", "2023-06-19T00:00"),
/// which some systems write for a day, is accepted; any other time is not,
/// since which day it books on would depend on a time zone nobody stated.
std::optional<QDate> parseDate(const QString &text, const QString &format = QString(), DateError *why = nullptr);

} // namespace horisont::ledgercells
