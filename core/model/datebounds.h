#pragma once

#include <QDate>

namespace horisont {

/// The dates a plan can mean: a fifteen-year programme, its history and the
/// ledger behind it all fall well inside 1900–2200. Anything outside (year 1,
/// year 9999) is a typing error or damage, and is refused wherever a date
/// enters: typed, imported or read from a file. An exclusive end may be the
/// day after the last one.
namespace datebounds {
inline QDate earliest() { return QDate(1900, 1, 1); }
inline QDate latest() { return QDate(2200, 12, 31); }
inline bool contains(const QDate &date)
{
    return date.isValid() && date >= earliest() && date <= latest().addDays(1);
}
} // namespace datebounds

} // namespace horisont
