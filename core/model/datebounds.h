#pragma once

#include <QDate>

namespace horisont {

/// The dates a plan can mean: a fifteen-year programme, its history and the
/// ledger behind it all fall well inside 1900–2200. Anything outside (year 1,
/// year 9999) is a typing error or damage, and is refused wherever a date
/// enters: typed, imported or read from a file. An exclusive end may be the
/// day after the last one.
namespace datebounds {
/// The years a plan can mean: a budget year, a measurement's, a baseline's.
constexpr int FirstYear = 1900;
constexpr int LastYear = 2200;
inline QDate earliest() { return QDate(FirstYear, 1, 1); }
inline QDate latest() { return QDate(LastYear, 12, 31); }
inline bool contains(const QDate &date)
{
    return date.isValid() && date >= earliest() && date <= latest().addDays(1);
}
} // namespace datebounds

} // namespace horisont
