// Microsoft Project XML (MSPDI, Project 2003–2019 "Save as XML").
//
// Tasks come flat in outline order; OutlineLevel gives the tree (level 0,
// UID 0, is the project's own summary task and no task). Start and Finish are
// date-times on the project's working day: a Finish at or before the day's
// start (DefaultStartTime, 08:00 unless the file says otherwise; midnight
// too) means no work that day, so the last day is the one before; any later
// time (17:00, 12:00, 09:08) makes that day the last. A milestone is its Start
// day. Costs are in hundredths of the currency unit; a summary task's Cost is
// the sum of its subtasks' and is not taken again.
#include "planimport/readers/msprojectreader.h"

#include "planimport/notmapped.h"
#include "planimport/readers/xmlguard.h"
#include "planimport/readers/foreignamount.h"
#include "planimport/readers/foreigndates.h"
#include "planimport/readers/readercommon.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanReader)
};

struct RawTask {
    ForeignTask task;
    int level = 1;
    bool levelGiven = false;
    QString uid;
    QDateTime start, finish;
    std::optional<Money> cost;
};

struct Reading {
    XmlGuard &xml;
    ForeignPlan plan;
    QList<RawTask> tasks;
    QTime dayStart{8, 0};
    QHash<QString, int> resourceByUid;
    QList<QPair<QString, QString>> resourceGroups; // resource's UID, group name
};

/// A value other than zero: "PT0H0M0S", "0", "0.0" and empty are zero.
bool isNonZero(const QString &value)
{
    for (const QChar c : value) {
        if (c.isDigit() && c != u'0')
            return true;
    }
    return false;
}

QDateTime dateTime(Reading &r, const QString &text, const QString &where)
{
    const QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!text.trimmed().isEmpty() && !dt.isValid())
        r.plan.warnings << Tr::tr("%1: the date %2 cannot be read; the task is given dates from its context.")
                               .arg(where, planreading::shown(text));
    return dt;
}

void readTask(Reading &r)
{
    const int depth = r.xml.depth();
    RawTask raw;
    const qint64 line = r.xml.line();
    bool isNull = false;
    QString start, finish, outlineNumber;
    while (r.xml.nextChild(depth)) {
        const QStringView n = r.xml.name();
        if (n == u"UID") {
            raw.uid = r.xml.readText().trimmed();
        } else if (n == u"Name") {
            raw.task.name = r.xml.readText();
        } else if (n == u"OutlineLevel") {
            raw.level = r.xml.readText().trimmed().toInt(&raw.levelGiven);
        } else if (n == u"OutlineNumber") {
            outlineNumber = r.xml.readText().trimmed();
        } else if (n == u"Start") {
            start = r.xml.readText();
        } else if (n == u"Finish") {
            finish = r.xml.readText();
        } else if (n == u"Milestone") {
            raw.task.milestone = planreading::isTrue(r.xml.readText().trimmed());
        } else if (n == u"Notes") {
            raw.task.notes = r.xml.readText();
        } else if (n == u"Cost") {
            raw.cost = foreignamount::hundredths(r.xml.readText());
        } else if (n == u"IsNull") {
            isNull = planreading::isTrue(r.xml.readText().trimmed());
        } else if (n == u"Work") {
            if (isNonZero(r.xml.readText()))
                ++r.plan.notMapped[QString::fromUtf8(notmapped::Effort)];
        } else if (n == u"PercentComplete") {
            if (isNonZero(r.xml.readText()))
                ++r.plan.notMapped[QString::fromUtf8(notmapped::Progress)];
        } else if (n == u"ConstraintType") {
            // 0 as soon as possible, 1 as late as possible: no date of its own.
            if (r.xml.readText().trimmed().toInt() >= 2)
                ++r.plan.notMapped[QString::fromUtf8(notmapped::Constraints)];
        } else if (n == u"PredecessorLink") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::Dependencies)];
            r.xml.skipElement();
        } else if (n == u"ExtendedAttribute") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::CustomFields)];
            r.xml.skipElement();
        } else if (n == u"Baseline") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::Baselines)];
            r.xml.skipElement();
        } else if (n == u"TimephasedData") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::TimephasedData)];
            r.xml.skipElement();
        } else {
            r.xml.skipElement();
        }
    }
    if (r.xml.failed())
        return;
    // Without OutlineLevel, "1.2.3" is on level 3 (the project's own task, UID 0, is still no task).
    if (!raw.levelGiven && !outlineNumber.isEmpty() && raw.uid != QLatin1String("0"))
        raw.level = int(outlineNumber.count(u'.')) + 1;
    raw.task.sourceId = raw.uid;
    raw.task.where = Tr::tr("<Task> UID %1 at line %2").arg(planreading::shown(raw.uid)).arg(line);
    if (isNull) {
        ++r.plan.notMapped[QString::fromUtf8(notmapped::BlankRows)];
        return;
    }
    raw.start = dateTime(r, start, raw.task.where);
    raw.finish = dateTime(r, finish, raw.task.where);
    if (r.tasks.size() >= planreadlimits::MaxTasks) {
        r.xml.fail(Tr::tr("more than %1 tasks").arg(planreadlimits::MaxTasks));
        return;
    }
    r.tasks << raw;
}

void readResource(Reading &r)
{
    const int depth = r.xml.depth();
    ForeignResource res;
    QString group;
    bool isNull = false, rated = false;
    const qint64 line = r.xml.line();
    while (r.xml.nextChild(depth)) {
        const QStringView n = r.xml.name();
        if (n == u"UID")
            res.sourceId = r.xml.readText().trimmed();
        else if (n == u"Name")
            res.name = r.xml.readText();
        else if (n == u"Group")
            group = r.xml.readText().trimmed();
        else if (n == u"IsNull")
            isNull = planreading::isTrue(r.xml.readText().trimmed());
        else if (n == u"StandardRate" || n == u"OvertimeRate" || n == u"CostPerUse")
            rated = isNonZero(r.xml.readText()) || rated;
        else if (n == u"ExtendedAttribute") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::CustomFields)];
            r.xml.skipElement();
        } else if (n == u"Baseline") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::Baselines)];
            r.xml.skipElement();
        } else
            r.xml.skipElement();
    }
    // Resource 0 without a name is Project's own placeholder, no one's.
    if (r.xml.failed() || isNull || (res.sourceId == QLatin1String("0") && res.name.trimmed().isEmpty()))
        return;
    if (rated)
        ++r.plan.notMapped[QString::fromUtf8(notmapped::Rates)];
    if (r.plan.resources.size() >= planreadlimits::MaxResources) {
        r.xml.fail(Tr::tr("more than %1 resources").arg(planreadlimits::MaxResources));
        return;
    }
    if (res.name.trimmed().isEmpty())
        r.plan.warnings << Tr::tr("<Resource> UID %1 at line %2 has no name.").arg(planreading::shown(res.sourceId)).arg(line);
    r.resourceByUid.insert(res.sourceId, int(r.plan.resources.size()));
    r.plan.resources << res;
    if (!group.isEmpty())
        r.resourceGroups << qMakePair(res.sourceId, group);
}

void readAssignment(Reading &r, QHash<QString, QList<QString>> &assigned)
{
    const int depth = r.xml.depth();
    QString task, resource;
    while (r.xml.nextChild(depth)) {
        const QStringView n = r.xml.name();
        if (n == u"TaskUID")
            task = r.xml.readText().trimmed();
        else if (n == u"ResourceUID")
            resource = r.xml.readText().trimmed();
        else if (n == u"TimephasedData") {
            ++r.plan.notMapped[QString::fromUtf8(notmapped::TimephasedData)];
            r.xml.skipElement();
        } else
            r.xml.skipElement();
    }
    // -65535 is Project's "no resource": an assignment of nobody.
    if (!resource.isEmpty() && resource != QLatin1String("-65535"))
        assigned[task] << resource;
}

void readProject(Reading &r, QHash<QString, QList<QString>> &assigned)
{
    const int depth = r.xml.depth();
    QString name, title;
    while (r.xml.nextChild(depth)) {
        const QStringView n = r.xml.name();
        if (n == u"Name") {
            name = r.xml.readText().trimmed();
        } else if (n == u"Title") {
            title = r.xml.readText().trimmed();
        } else if (n == u"CurrencyCode") {
            r.plan.currency = r.xml.readText().trimmed();
        } else if (n == u"DefaultStartTime") {
            const QTime t = QTime::fromString(r.xml.readText().trimmed(), Qt::ISODate);
            if (t.isValid())
                r.dayStart = t;
        } else if (n == u"Calendars" || n == u"Tasks" || n == u"Resources" || n == u"Assignments") {
            const QString list = n.toString();
            const int listDepth = r.xml.depth();
            while (r.xml.nextChild(listDepth)) {
                if (list == QLatin1String("Calendars") && r.xml.name() == u"Calendar") {
                    ++r.plan.notMapped[QString::fromUtf8(notmapped::Calendars)];
                    r.xml.skipElement();
                } else if (list == QLatin1String("Tasks") && r.xml.name() == u"Task") {
                    readTask(r);
                } else if (list == QLatin1String("Resources") && r.xml.name() == u"Resource") {
                    readResource(r);
                } else if (list == QLatin1String("Assignments") && r.xml.name() == u"Assignment") {
                    readAssignment(r, assigned);
                } else {
                    r.xml.skipElement();
                }
            }
        } else {
            r.xml.skipElement();
        }
    }
    r.plan.name = title.isEmpty() ? name : title;
}

} // namespace

std::optional<ForeignPlan> readMsProject(const QByteArray &content, const QString &path, QString *error)
{
    XmlGuard xml(content, path);
    Reading r{xml, {}, {}, {}, {}, {}};
    r.plan.format = QStringLiteral("msproject");
    QHash<QString, QList<QString>> assigned;
    bool sawProject = false;
    while (xml.next()) {
        if (!xml.xml().isStartElement())
            continue;
        if (xml.depth() != 1 || xml.name() != u"Project") {
            xml.fail(Tr::tr("<%1> where Microsoft Project XML has <Project>").arg(planreading::shown(xml.name().toString())));
            break;
        }
        sawProject = true;
        readProject(r, assigned);
    }
    if (!xml.failed() && !sawProject)
        xml.fail(Tr::tr("no <Project> element: not Microsoft Project XML"));
    if (xml.refused(error))
        return std::nullopt;
    planreading::addGroups(r.plan, r.resourceGroups);
    r.resourceByUid.clear();
    for (qsizetype i = 0; i < r.plan.resources.size(); ++i)
        r.resourceByUid.insert(r.plan.resources[i].sourceId, int(i));

    // The outline: a stack of the open tasks by level; level 0 is the project itself.
    QList<int> open; // indices into plan.tasks
    QList<int> levels;
    QHash<QString, int> taskByUid;
    QList<std::optional<Money>> costs;
    for (RawTask &raw : r.tasks) {
        if (raw.levelGiven && raw.level <= 0)
            continue;
        if (!raw.levelGiven && raw.uid == QLatin1String("0"))
            continue;
        const int level = std::max(1, raw.level);
        while (!levels.isEmpty() && levels.constLast() >= level) {
            levels.removeLast();
            open.removeLast();
        }
        if (level > (levels.isEmpty() ? 0 : levels.constLast()) + 1)
            r.plan.warnings << Tr::tr("%1 is at outline level %2 under a task of level %3; it is taken as its subtask.")
                                   .arg(raw.task.where)
                                   .arg(level)
                                   .arg(levels.isEmpty() ? 0 : levels.constLast());
        ForeignTask task = raw.task;
        task.parent = open.isEmpty() ? -1 : open.constLast();
        task.start = raw.start.date();
        if (raw.finish.isValid())
            task.end = foreigndates::exclusiveEnd({raw.finish.date(), raw.finish.time()}, r.dayStart);
        if (task.milestone)
            task.end = task.start;
        levels << level;
        open << int(r.plan.tasks.size());
        taskByUid.insert(raw.uid, int(r.plan.tasks.size()));
        costs << raw.cost;
        r.plan.tasks << task;
    }
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it) {
        const int task = taskByUid.value(it.key(), -1);
        for (const QString &uid : it.value()) {
            const int res = r.resourceByUid.value(uid, -1);
            if (task < 0 || res < 0) {
                // The project summary's assignments (task 0) carry nothing to map.
                if (it.key() != QLatin1String("0"))
                    ++r.plan.notMapped[QString::fromUtf8(notmapped::AssignmentsToUnknown)];
                continue;
            }
            if (!r.plan.tasks[task].resources.contains(res))
                r.plan.tasks[task].resources << res;
        }
    }
    planreading::takeLeafCosts(r.plan, costs);
    return std::move(r.plan);
}

} // namespace horisont
