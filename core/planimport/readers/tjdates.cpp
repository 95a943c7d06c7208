#include "planimport/readers/tjdates.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace horisont::tjdates {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::TaskJugglerReader)
};

constexpr qint64 WorkDayMinutes = 8 * 60;

/// The day after the `days`-th working day (Monday–Friday) counted from
/// `day` (or from the first working day after it): an exclusive end.
QDate afterWorkingDays(QDate day, qint64 days)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    // Whole weeks by arithmetic, so that a long span takes no long loop.
    day = day.addDays(((days - 1) / 5) * 7);
    for (qint64 rest = (days - 1) % 5; rest > 0;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            --rest;
    }
    return day.addDays(1);
}

/// No plan spans more than this; a longer span in a file is clamped to it.
constexpr qint64 MaxSpanDays = 200 * 366;
/// Dependencies are followed this deep; a longer chain is a hostile file.
constexpr int MaxChain = 4000;

class Deriving
{
public:
    Deriving(ForeignPlan &plan, const QList<TaskTime> &times, const QStringList &fullIds, QDate projectStart)
        : m_plan(plan), m_times(times), m_projectStart(projectStart), m_state(times.size(), 0), m_children(times.size())
    {
        for (int i = 0; i < fullIds.size(); ++i) {
            m_byId.insert(fullIds.at(i), i);
            if (plan.tasks.at(i).parent >= 0)
                m_children[plan.tasks.at(i).parent] << i;
        }
        m_fullIds = fullIds;
    }

    void run(const QString &file)
    {
        for (int i = 0; i < m_times.size(); ++i)
            derive(i);
        if (m_derived > 0)
            m_plan.warnings << Tr::tr("%1: %n task(s) have no dates of their own (the first at %2); their dates are derived "
                                      "from their dependencies and durations without TaskJuggler's scheduling, and are estimates.",
                                      nullptr, m_derived)
                                   .arg(QFileInfo(file).fileName(), m_firstDerived);
    }

private:
    /// The task a reference from task `from` names: "!x" is a sibling, each
    /// further "!" one level up; no "!" names the task from the top.
    int resolve(int from, const QString &reference) const
    {
        qsizetype bangs = 0;
        while (bangs < reference.size() && reference.at(bangs) == u'!')
            ++bangs;
        int scope = from;
        for (qsizetype i = 0; i < bangs && scope >= 0; ++i)
            scope = m_plan.tasks.at(scope).parent;
        const QString path = reference.mid(bangs);
        const QString full = bangs == 0 || scope < 0 ? path : m_fullIds.at(scope) + u'.' + path;
        return m_byId.value(full, -1);
    }

    void derive(int i, int chain = 0)
    {
        if (m_state[i] != 0)
            return;
        m_state[i] = 1; // visiting: a dependency back onto it is a cycle and is passed over
        ForeignTask &task = m_plan.tasks[i];
        const TaskTime &time = m_times.at(i);
        const bool leaf = m_children.at(i).isEmpty();
        QDate dependencyEnd;
        for (const QString &reference : time.depends) {
            const int other = resolve(i, reference);
            if (other < 0 || other == i || m_state[other] == 1 || isAncestor(other, i) || chain > MaxChain)
                continue;
            derive(other, chain + 1);
            if (m_plan.tasks.at(other).end.isValid() && (!dependencyEnd.isValid() || m_plan.tasks.at(other).end > dependencyEnd))
                dependencyEnd = m_plan.tasks.at(other).end;
        }
        const bool hasSpan = time.span != TaskTime::None;
        task.milestone = leaf && (time.milestone || (!hasSpan && !(time.start && time.end)));
        bool derived = false;
        if (time.start) {
            task.start = time.start->day;
        } else if (time.end && (hasSpan || task.milestone) && !dependencyEnd.isValid()) {
            task.start = task.milestone ? time.end->day : before(foreigndates::exclusiveEnd(*time.end), time);
        } else {
            task.start = dependencyEnd.isValid() ? dependencyEnd : inheritedStart(i);
            derived = leaf;
        }
        if (task.milestone) {
            task.end = task.start;
        } else if (time.end) {
            task.end = foreigndates::exclusiveEnd(*time.end);
        } else if (hasSpan) {
            task.end = after(task.start, time);
            derived = true;
        }
        if (!leaf) {
            QDate first, last;
            for (const int child : m_children.at(i)) {
                derive(child, chain + 1);
                const ForeignTask &c = m_plan.tasks.at(child);
                if (!first.isValid() || c.start < first)
                    first = c.start;
                if (!last.isValid() || c.end > last)
                    last = c.end;
            }
            if (!time.start)
                task.start = first;
            if (!time.end)
                task.end = last;
        }
        if (derived && ++m_derived == 1)
            m_firstDerived = time.where;
        foreigndates::settle(task, &m_plan.warnings, QString());
        m_state[i] = 2;
    }

    bool isAncestor(int ancestor, int of) const
    {
        for (int p = m_plan.tasks.at(of).parent; p >= 0; p = m_plan.tasks.at(p).parent) {
            if (p == ancestor)
                return true;
        }
        return false;
    }

    QDate inheritedStart(int i) const
    {
        for (int p = m_plan.tasks.at(i).parent; p >= 0; p = m_plan.tasks.at(p).parent) {
            if (m_times.at(p).start)
                return m_times.at(p).start->day;
        }
        return m_projectStart;
    }

    static qint64 spanDays(const TaskTime &time)
    {
        if (time.span == TaskTime::Duration)
            return (time.minutes + 24 * 60 - 1) / (24 * 60);
        const qint64 minutes = time.span == TaskTime::Effort ? time.minutes / std::max(1, time.allocated) : time.minutes;
        return (minutes + WorkDayMinutes - 1) / WorkDayMinutes;
    }

    static QDate after(QDate start, const TaskTime &time)
    {
        const qint64 days = std::clamp<qint64>(spanDays(time), 1, MaxSpanDays);
        return time.span == TaskTime::Duration ? start.addDays(days) : afterWorkingDays(start, days);
    }

    static QDate before(QDate end, const TaskTime &time)
    {
        // Working days back, a week for every five: an estimate, as all derived dates.
        const qint64 days = std::clamp<qint64>(spanDays(time), 1, MaxSpanDays);
        return end.addDays(-(time.span == TaskTime::Duration ? days : days / 5 * 7 + days % 5));
    }

    ForeignPlan &m_plan;
    const QList<TaskTime> &m_times;
    QDate m_projectStart;
    QList<char> m_state;
    QList<QList<int>> m_children;
    QHash<QString, int> m_byId;
    QStringList m_fullIds;
    int m_derived = 0;
    QString m_firstDerived;
};
} // namespace

std::optional<qint64> minutes(const QString &text, bool working)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,6})(?:\\.(\\d{1,3}))?(min|h|d|w|m|y)$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // Minutes per unit, times 1000 for TaskJuggler's fractional factors.
    const QString unit = m.captured(3);
    const qint64 perUnit = unit == u"min" ? 1000
                           : unit == u"h" ? 60'000
                           : unit == u"d" ? (working ? 480'000 : 1'440'000)
                           : unit == u"w" ? (working ? 2'400'000 : 10'080'000)
                           : unit == u"m" ? (working ? 10'428'560 : 43'800'048)
                                          : (working ? 125'142'720 : 525'600'000);
    const QString fraction = m.captured(2);
    qint64 scale = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const qint64 value = m.captured(1).toLongLong() * scale + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    return value * perUnit / (scale * 1000);
}

std::optional<foreigndates::DayTime> parseDate(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:-(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?:-[+-]?\\d{4})?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    return foreigndates::DayTime{day, time};
}

void derive(ForeignPlan &plan, const QList<TaskTime> &times, const QStringList &fullIds, QDate projectStart,
            const QString &file)
{
    Deriving(plan, times, fullIds, projectStart).run(file);
}

} // namespace horisont::tjdates
