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
/// `decimal` is ',' or '.' when known (from a profile or the column), else null.
std::optional<Money> parseAmount(const QString &text, QChar decimal = QChar());

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

/// A booking date: `format` (a QDate format such as "yyyyMMdd") when given,
/// else yyyy-MM-dd, yyyyMMdd or dd.MM.yyyy. A day that does not exist
/// (2023-02-30) is no date. A time after the date ("2023-06-19 00:00:00")
/// is ignored.
std::optional<QDate> parseDate(const QString &text, const QString &format = QString());

} // namespace horisont::ledgercells
