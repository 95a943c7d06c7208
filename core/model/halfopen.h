#pragma once

#include "model/columns.h"
#include "model/enums.h"

#include <QDate>
#include <QString>

// Periods are half-open in the model — [start, end), the end being the first
// day after — because that makes lengths, adjacency and overlap exact. People
// read and type the last day; these are the one place that converts.

namespace horisont {

/// The last day of a period that ends (exclusively) at `exclusiveEnd`; invalid for an open end.
inline QDate lastDayBefore(QDate exclusiveEnd)
{
    return exclusiveEnd.isValid() ? exclusiveEnd.addDays(-1) : QDate();
}

/// The last day of [start, exclusiveEnd): the start itself for a milestone,
/// an empty period or one without an end.
inline QDate lastDayOf(QDate start, QDate exclusiveEnd, bool milestone = false)
{
    return milestone || !exclusiveEnd.isValid() || exclusiveEnd <= start ? start : exclusiveEnd.addDays(-1);
}

/// Where [start, exclusiveEnd) stands on `asOf`: done once it has ended (a
/// milestone, start == end, once its day has come), ongoing once it has
/// begun, else planned. A missing end never ends; a missing start never begins.
inline WorkStatus statusOn(QDate start, QDate exclusiveEnd, QDate asOf)
{
    if (exclusiveEnd.isValid() && exclusiveEnd <= asOf)
        return WorkStatus::Done;
    return start.isValid() && start <= asOf ? WorkStatus::Ongoing : WorkStatus::Planned;
}

/// Whether a date column holds an exclusive end (an end, a horizon's end, a
/// source's "valid until", a follow-up's period end): what every text shows
/// as the day before.
inline bool isExclusiveEnd(const QString &column)
{
    return column == columns::end || column == columns::horizon_end || column == columns::valid_until
           || column == columns::period_end;
}

/// An ISO date (2026-11-25), empty for no date.
inline QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// "2024-01-01 – 2026-12-31" for [2024-01-01, 2027-01-01).
inline QString isoSpan(QDate start, QDate exclusiveEnd)
{
    return QStringLiteral("%1 – %2").arg(isoDate(start), isoDate(lastDayBefore(exclusiveEnd)));
}

} // namespace horisont
