#pragma once

#include <QDate>

namespace horisont {

/// The window of dates a plan can mean. A programme of ten to fifteen years,
/// the decisions and history behind it and the ledger it is followed up with
/// all fall well inside 1900–2200; a date outside (year 1, year 9999) is a
/// slip of the keyboard, a misread column or damage. Ledger imports refuse
/// such dates; typed dates can use the same window.
namespace datebounds {
inline QDate earliest() { return QDate(1900, 1, 1); }
inline QDate latest() { return QDate(2200, 12, 31); }
/// Within the window; the day after latest() too, which an exclusive end may be.
inline bool contains(const QDate &date)
{
    return date.isValid() && date >= earliest() && date <= latest().addDays(1);
}
} // namespace datebounds

} // namespace horisont
