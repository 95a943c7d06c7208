#pragma once

#include "planimport/foreignplan.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace horisont::foreigndates {

/// A point in time as a planner wrote it, read as the day and the time of
/// day written in the file. The time zone or offset beside it is ignored on
/// purpose: the planner showed its user that day, and converting would move
/// a task starting at midnight onto the day before.
struct DayTime {
    QDate day;
    QTime time;
};

/// "2022-05-17T08:00:00+02:00", "2009-10-01T16:30:00,989+02:00",
/// "2011-01-01" (Calligra Plan, ISO 8601 with or without a time).
std::optional<DayTime> parseIso(QStringView text);
/// "20040109T170000Z" (GNOME Planner).
std::optional<DayTime> parseCompact(QStringView text);

/// The exclusive end of a period that finishes at `finish`: a task that
/// finishes during a day (17:00, the end of a working day) has that day as
/// its last; one that finishes at or before `dayStart` (midnight; MS
/// Project's working day's start) did no work that day, so it ended with the
/// day before.
QDate exclusiveEnd(const DayTime &finish, QTime dayStart = QTime(0, 0));

/// Makes a read task's period one Horisont holds: a milestone ends where it
/// starts; any other task lasts at least one day (a zero-length task that is
/// no milestone is given its first day, with a warning naming `where`).
void settle(ForeignTask &task, QStringList *warnings, const QString &file);

} // namespace horisont::foreigndates
