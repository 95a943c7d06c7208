#pragma once

#include "planimport/foreignplan.h"
#include "planimport/readers/foreigndates.h"

#include <QList>
#include <QString>

#include <optional>

namespace horisont::tjdates {

/// What a TaskJuggler task says about its time, before any date is known.
struct TaskTime {
    std::optional<foreigndates::DayTime> start, end; ///< as written (`end` is a point in time: exclusive)
    enum Span { None, Duration, Length, Effort } span = None;
    qint64 minutes = 0; ///< of `span`: calendar time (duration) or working time (length, effort)
    bool milestone = false; ///< written as `milestone`
    int allocated = 0; ///< resources allocated, which share an effort
    QList<QString> depends; ///< as written: "!spec", "!!software.backend", "a.b"
    QString where;
};

/// "20d", "1.5w", "6.4h", "4m" in minutes, as TaskJuggler counts them:
/// calendar (`duration`, a project's "+4m": d = 24 h, w = 7 d, m = 30.4167 d,
/// y = 365 d) or working (`length`, `effort`: d = 8 h, w = 5 d, m = 21.7 d,
/// y = 260.7 d). Nothing for what is no duration.
std::optional<qint64> minutes(const QString &text, bool working);

/// A point in time as TaskJuggler writes it: 2002-01-16, 2002-03-05-13:00,
/// 2012-02-08-10:00-+0000 (the offset is ignored: the day is as written).
std::optional<foreigndates::DayTime> parseDate(const QString &text);

/// The tasks' dates without TaskJuggler's scheduler: a start written is
/// kept; else a task starts when the last task it depends on ends, else
/// where its nearest enclosing task is written to start, else at the project
/// start. An end written is kept (exclusive, TaskJuggler's convention); else
/// the start plus the duration — calendar days for `duration`, working days
/// (Monday–Friday, 8 hours) for `length` and for `effort` shared by the
/// allocated resources. A leaf with no span and not both dates is a
/// milestone, as TaskJuggler promotes it. A container spans its children.
/// Derived dates are estimates; one warning says how many, naming the first.
void derive(ForeignPlan &plan, const QList<TaskTime> &times, const QStringList &fullIds, QDate projectStart,
            const QString &file);

} // namespace horisont::tjdates
