// GanttProject (.gan).
//
// Tasks nest as <task> elements with a start day (yyyy-MM-dd) and a
// duration in working days of the project's calendar: the default week's
// weekend days (unless "only show weekends" counts them as working) and the
// calendar's holidays are skipped, so a task of 10 days from a Monday ends on
// the Friday of the next week. A milestone ("meeting", "meilenstein" in old
// files) is its start day. A task's own cost is its manual cost; a calculated
// cost (from rates) is not in the file.
#include "planimport/readers/ganttprojectreader.h"

#include "planimport/notmapped.h"
#include "planimport/readers/xmlguard.h"
#include "planimport/readers/foreignamount.h"
#include "planimport/readers/readercommon.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanReader)
};

/// The longest duration read: more days than a plan's dates can hold.
constexpr qint64 MaxDurationDays = 120000;

struct Calendar {
    bool weekend[8] = {false, false, false, false, false, false, true, true}; // by Qt's day of week, 1 = Monday
    bool onlyShowWeekends = false;
    QSet<QDate> holidays;
    QSet<QDate> workingDays;
    QSet<QPair<int, int>> yearlyHolidays; // month, day

    bool isWorking(QDate d) const
    {
        if (workingDays.contains(d))
            return true;
        if (holidays.contains(d) || yearlyHolidays.contains({d.month(), d.day()}))
            return false;
        return onlyShowWeekends || !weekend[d.dayOfWeek()];
    }
};

struct RawTask {
    qint64 duration = 0;
    bool calculatedCost = false;
    std::optional<Money> cost;
};

struct Reading {
    XmlGuard &xml;
    ForeignPlan plan;
    QList<RawTask> raw; // parallel to plan.tasks
    Calendar calendar;
    QHash<QString, int> taskById;
    QHash<QString, int> resourceById;
    QList<QPair<QString, QString>> allocations; // task id, resource id

    void count(const char *key, int n = 1) { plan.notMapped[QString::fromUtf8(key)] += n; }
};

void readTask(Reading &r, int parent)
{
    if (r.plan.tasks.size() >= planreadlimits::MaxTasks) {
        r.xml.fail(Tr::tr("more than %1 tasks").arg(planreadlimits::MaxTasks));
        return;
    }
    ForeignTask task;
    RawTask raw;
    task.sourceId = r.xml.attribute(u"id");
    task.where = Tr::tr("<task id=%1> at line %2").arg(planreading::shown(task.sourceId)).arg(r.xml.line());
    task.name = r.xml.attribute(u"name");
    task.parent = parent;
    task.milestone = planreading::isTrue(r.xml.attribute(u"meeting")) || planreading::isTrue(r.xml.attribute(u"meilenstein"));
    const QString start = r.xml.attribute(u"start");
    task.start = QDate::fromString(start, Qt::ISODate);
    if (!start.isEmpty() && !task.start.isValid())
        r.plan.warnings << Tr::tr("%1: the start %2 cannot be read; the task is given dates from its context.")
                               .arg(task.where, planreading::shown(start));
    bool ok = true;
    const QString duration = r.xml.attribute(u"duration");
    raw.duration = duration.isEmpty() ? 0 : duration.toLongLong(&ok);
    if (!ok || raw.duration < 0 || raw.duration > MaxDurationDays) {
        r.xml.fail(Tr::tr("%1: the duration %2 is not a number of days a plan can hold")
                       .arg(task.where, planreading::shown(duration)));
        return;
    }
    raw.calculatedCost = planreading::isTrue(r.xml.attribute(u"cost-calculated"));
    const QString manual = r.xml.attribute(u"cost-manual-value");
    if (!raw.calculatedCost && !manual.isEmpty()) {
        raw.cost = foreignamount::units(manual);
        if (!raw.cost)
            r.plan.warnings << Tr::tr("%1: the cost %2 cannot be read; it is left out.").arg(task.where, planreading::shown(manual));
    }
    const QString complete = r.xml.attribute(u"complete");
    if (!complete.isEmpty() && complete != QLatin1String("0"))
        r.count(notmapped::Progress);
    if (r.xml.attribute(u"thirdDate-constraint") == QLatin1String("1"))
        r.count(notmapped::Constraints);
    const int index = int(r.plan.tasks.size());
    if (!task.sourceId.isEmpty())
        r.taskById.insert(task.sourceId, index);
    r.plan.tasks << task;
    r.raw << raw;

    const int depth = r.xml.depth();
    while (r.xml.nextChild(depth)) {
        const QStringView n = r.xml.name();
        if (n == u"task") {
            readTask(r, index);
        } else if (n == u"notes") {
            r.plan.tasks[index].notes = r.xml.readText().trimmed();
        } else if (n == u"depend") {
            r.count(notmapped::Dependencies);
            r.xml.skipElement();
        } else if (n == u"customproperty") {
            r.count(notmapped::CustomFields);
            r.xml.skipElement();
        } else {
            r.xml.skipElement();
        }
    }
}

void readCalendars(Reading &r)
{
    const int depth = r.xml.depth();
    while (r.xml.next()) {
        QXmlStreamReader &x = r.xml.xml();
        if (x.isEndElement() && r.xml.depth() < depth)
            return;
        if (!x.isStartElement())
            continue;
        if (r.xml.name() == u"default-week") {
            static const char16_t *const days[] = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};
            for (int d = 0; d < 7; ++d)
                r.calendar.weekend[d + 1] = r.xml.attribute(days[d]) == QLatin1String("1");
            int working = 0;
            for (int d = 1; d <= 7; ++d)
                working += !r.calendar.weekend[d];
            if (working == 0) {
                r.plan.warnings << Tr::tr("The default week at line %1 has no working day; every day is taken as one.").arg(r.xml.line());
                std::fill(std::begin(r.calendar.weekend), std::end(r.calendar.weekend), false);
            }
            if (working < 7)
                r.count(notmapped::Calendars);
        } else if (r.xml.name() == u"only-show-weekends") {
            r.calendar.onlyShowWeekends = planreading::isTrue(r.xml.attribute(u"value"));
        } else if (r.xml.name() == u"date") {
            const int year = r.xml.attribute(u"year").toInt();
            const int month = r.xml.attribute(u"month").toInt();
            const int day = r.xml.attribute(u"date").toInt();
            const bool working = r.xml.attribute(u"type") == QLatin1String("WORKING_DAY");
            r.count(notmapped::Holidays);
            if (year == 0 && !working)
                r.calendar.yearlyHolidays.insert({month, day});
            else if (QDate(year, month, day).isValid())
                (working ? r.calendar.workingDays : r.calendar.holidays).insert(QDate(year, month, day));
        }
    }
}

void readResources(Reading &r)
{
    const int depth = r.xml.depth();
    while (r.xml.nextChild(depth)) {
        if (r.xml.name() != u"resource") {
            r.xml.skipElement();
            continue;
        }
        if (r.plan.resources.size() >= planreadlimits::MaxResources) {
            r.xml.fail(Tr::tr("more than %1 resources").arg(planreadlimits::MaxResources));
            return;
        }
        ForeignResource res;
        res.sourceId = r.xml.attribute(u"id");
        res.name = r.xml.attribute(u"name");
        r.resourceById.insert(res.sourceId, int(r.plan.resources.size()));
        r.plan.resources << res;
        bool rated = false;
        const int resourceDepth = r.xml.depth();
        while (r.xml.nextChild(resourceDepth)) {
            if (r.xml.name() == u"rate") {
                rated = rated || foreignamount::units(r.xml.attribute(u"value")).value_or(Money()) != Money();
            } else if (r.xml.name() == u"custom-property") {
                r.count(notmapped::CustomFields);
            }
            r.xml.skipElement();
        }
        if (rated)
            r.count(notmapped::Rates);
    }
}

void readProjectChild(Reading &r)
{
    const QStringView n = r.xml.name();
    if (n == u"tasks") {
        const int depth = r.xml.depth();
        while (r.xml.nextChild(depth)) {
            if (r.xml.name() == u"task")
                readTask(r, -1);
            else
                r.xml.skipElement();
        }
    } else if (n == u"calendars") {
        readCalendars(r);
    } else if (n == u"resources") {
        readResources(r);
    } else if (n == u"allocations" || n == u"vacations" || n == u"previous" || n == u"roles") {
        const int depth = r.xml.depth();
        while (r.xml.next() && !(r.xml.xml().isEndElement() && r.xml.depth() < depth)) {
            if (!r.xml.xml().isStartElement())
                continue;
            if (r.xml.name() == u"allocation")
                r.allocations << qMakePair(r.xml.attribute(u"task-id"), r.xml.attribute(u"resource-id"));
            else if (r.xml.name() == u"vacation")
                r.count(notmapped::Vacations);
            else if (r.xml.name() == u"previous-tasks")
                r.count(notmapped::Baselines);
            else if (r.xml.name() == u"role")
                r.count(notmapped::Roles);
        }
    } else {
        r.xml.skipElement();
    }
}

/// The exclusive end of `days` working days from `start`: non-working days
/// are passed over, and the day after the last working day counted ends it.
QDate endOf(const Calendar &calendar, QDate start, qint64 days)
{
    QDate end = start;
    while (days > 0) {
        if (calendar.isWorking(end))
            --days;
        end = end.addDays(1);
    }
    return end;
}

} // namespace

std::optional<ForeignPlan> readGanttProject(const QByteArray &content, const QString &path, QString *error)
{
    XmlGuard xml(content, path);
    Reading r{xml, {}, {}, {}, {}, {}, {}};
    r.plan.format = QStringLiteral("ganttproject");
    bool sawProject = false;
    while (xml.next()) {
        if (!xml.xml().isStartElement())
            continue;
        if (xml.depth() == 1) {
            if (xml.name() != u"project") {
                xml.fail(Tr::tr("<%1> where GanttProject has <project>").arg(planreading::shown(xml.name().toString())));
                break;
            }
            sawProject = true;
            r.plan.name = r.xml.attribute(u"name");
        } else if (xml.depth() == 2) {
            readProjectChild(r);
        }
    }
    if (!xml.failed() && !sawProject)
        xml.fail(Tr::tr("no <project> element: not a GanttProject file"));
    if (xml.refused(error))
        return std::nullopt;
    QList<std::optional<Money>> costs;
    for (qsizetype i = 0; i < r.plan.tasks.size(); ++i) {
        ForeignTask &task = r.plan.tasks[i];
        if (task.start.isValid())
            task.end = task.milestone ? task.start : endOf(r.calendar, task.start, r.raw[i].duration);
        costs << r.raw[i].cost;
    }
    QSet<int> calculated;
    for (const auto &[taskId, resourceId] : std::as_const(r.allocations)) {
        const int task = r.taskById.value(taskId, -1);
        const int res = r.resourceById.value(resourceId, -1);
        if (task < 0 || res < 0) {
            r.count(notmapped::AssignmentsToUnknown);
            continue;
        }
        if (!r.plan.tasks[task].resources.contains(res))
            r.plan.tasks[task].resources << res;
        if (r.raw[task].calculatedCost)
            calculated.insert(task);
    }
    if (!calculated.isEmpty())
        r.count(notmapped::CalculatedCosts, int(calculated.size()));
    planreading::takeLeafCosts(r.plan, costs);
    return std::move(r.plan);
}

} // namespace horisont
