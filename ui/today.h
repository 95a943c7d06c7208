#pragma once

#include <QDate>
#include <QtGlobal>

namespace horisont {

/// The date the application treats as today: the system date, or
/// HORISONT_TODAY (YYYY-MM-DD) when set, so that tests and demonstrations
/// of a plan as of a given day stay the same whatever day they run.
/// Core calculations never ask; the date is passed in from here.
inline QDate today()
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("HORISONT_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDate::currentDate();
}

} // namespace horisont
