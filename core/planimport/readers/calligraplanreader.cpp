#include "planimport/readers/calligraplanreader.h"

#include "labels/labels.h"
#include "planimport/readers/foreignamount.h"
#include "planimport/readers/foreigndates.h"
#include "planimport/readers/readercommon.h"
#include "planimport/readers/xmlguard.h"
#include "planimport/readers/zipmember.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextDocumentFragment>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::CalligraPlanReader)
};

struct Schedule {
    QString id;
    std::optional<foreigndates::DayTime> start, finish;
};

/// What a task needs beyond ForeignTask until the whole document is read:
/// its schedules (the chosen one is known only at the end of the file) and
/// what decides whether it is a milestone.
struct TaskExtra {
    QList<Schedule> schedules;
    std::optional<foreigndates::DayTime> constraintStart, constraintEnd;
    bool fixedInterval = false;
    bool zeroEstimate = true; // Calligra's default estimate is 0
    bool hasChildren = false;
    QString startupCost, shutdownCost;
};

struct CostPlace {
    int account;
    QString node;
    bool startup, shutdown;
};

/// Calligra writes notes as Qt rich text (escaped HTML); Horisont keeps text.
QString plainNote(const QString &description)
{
    if (description.contains(u"<html", Qt::CaseInsensitive) || description.contains(u"<!DOCTYPE", Qt::CaseInsensitive))
        return QTextDocumentFragment::fromHtml(description).toPlainText().trimmed();
    return description;
}

class CalligraReading
{
public:
    CalligraReading(const QByteArray &content, const QString &path) : m_xml(content, path), m_path(path) {}

    std::optional<ForeignPlan> read(QString *error)
    {
        m_plan.format = QStringLiteral("calligraplan");
        while (m_xml.next()) {
            if (m_xml.xml().isEndElement()) {
                if (!m_open.isEmpty())
                    m_open.removeLast();
                if (!m_tasks.isEmpty() && m_taskDepths.last() > m_xml.depth()) {
                    m_tasks.removeLast();
                    m_taskDepths.removeLast();
                }
                if (!m_accounts.isEmpty() && m_accountDepths.last() > m_xml.depth()) {
                    m_accounts.removeLast();
                    m_accountDepths.removeLast();
                }
            } else if (m_xml.xml().isStartElement()) {
                const QString parent = m_open.isEmpty() ? QString() : m_open.last();
                m_open << m_xml.xml().name().toString();
                if (!element(parent))
                    break;
            }
        }
        if (!m_xml.failed() && !m_sawProject)
            m_xml.fail(Tr::tr("this is no Calligra Plan or KPlato document: it holds no <project>."));
        if (!m_xml.failed())
            resolve();
        if (m_xml.refused(error))
            return std::nullopt;
        return m_plan;
    }

private:
    void count(const QString &what) { ++m_plan.notMapped[what]; }

    bool element(const QString &parent)
    {
        const QStringView name = m_xml.xml().name();
        if (m_xml.depth() == 1) {
            if (name != u"plan" && name != u"kplato") {
                m_xml.fail(Tr::tr("this is no Calligra Plan or KPlato document: it begins with <%1>.").arg(name.toString()));
                return false;
            }
        } else if (name == u"project" && m_xml.depth() == 2) {
            m_sawProject = true;
            m_plan.name = m_xml.attribute(u"name");
            m_projectStart = foreigndates::parseIso(m_xml.attribute(u"start-time"));
        } else if (name == u"task") {
            return task();
        } else if (name == u"estimate" && !m_tasks.isEmpty() && parent == u"task") {
            m_extra[m_tasks.last()].zeroEstimate = m_xml.attribute(u"expected").toDouble() == 0.0;
        } else if ((name == u"schedule" || name == u"task-schedule") && !m_tasks.isEmpty()
                   && (parent == u"schedules" || parent == u"task-schedules")) {
            if (m_xml.attribute(u"not-scheduled") != u"1")
                m_extra[m_tasks.last()].schedules << Schedule{m_xml.attribute(u"id"), foreigndates::parseIso(m_xml.attribute(u"start")),
                                                              foreigndates::parseIso(m_xml.attribute(u"end"))};
        } else if ((name == u"schedule" && parent == u"plan") || name == u"project-schedule") {
            // The project's schedules, the first of which the tasks' dates come from.
            if (m_scheduleId.isNull())
                m_scheduleId = m_xml.attribute(u"id");
            else
                count(QStringLiteral("other schedules"));
        } else if (name == u"resource-group") {
            group();
        } else if (name == u"resource" && (parent == u"resource-group" || parent == u"resources")) {
            return resource(parent);
        } else if (name == u"resource-group-relation") {
            m_memberships.insert(m_xml.attribute(u"resource-id"), m_xml.attribute(u"group-id"));
        } else if (name == u"resource-request") {
            const QString task = m_xml.attribute(u"task-id");
            m_requests << Request{task.isEmpty() && !m_tasks.isEmpty() ? m_plan.tasks.at(m_tasks.last()).sourceId : task,
                                  m_xml.attribute(u"resource-id"), m_xml.where()};
        } else if (name == u"account") {
            account();
        } else if (name == u"accounts") {
            m_defaultAccount = m_xml.attribute(u"default-account");
        } else if (name == u"costplace" && !m_accounts.isEmpty()) {
            m_costPlaces << CostPlace{m_accounts.last(), m_xml.attribute(u"node-id"), m_xml.attribute(u"startup-cost") == u"1",
                                      m_xml.attribute(u"shutdown-cost") == u"1"};
        } else if (name == u"relation") {
            count(QStringLiteral("dependencies"));
        } else if (name == u"calendar") {
            count(QStringLiteral("calendars"));
        } else if (name == u"completion-entry") {
            count(QStringLiteral("progress"));
        } else if (name == u"appointment") {
            count(QStringLiteral("appointments"));
        } else if (name == u"team" || name == u"resource-team") {
            count(QStringLiteral("resource teams"));
        }
        return true;
    }

    bool task()
    {
        if (m_plan.tasks.size() >= planreadlimits::MaxTasks) {
            m_xml.fail(Tr::tr("the file holds more than %1 tasks.").arg(planreadlimits::MaxTasks));
            return false;
        }
        ForeignTask task;
        task.sourceId = m_xml.attribute(u"id");
        task.name = m_xml.attribute(u"name");
        task.notes = plainNote(m_xml.attribute(u"description"));
        task.where = m_xml.where();
        task.parent = m_tasks.isEmpty() ? -1 : m_tasks.last();
        TaskExtra extra;
        extra.fixedInterval = m_xml.attribute(u"scheduling") == u"FixedInterval";
        extra.constraintStart = foreigndates::parseIso(m_xml.attribute(u"constraint-starttime"));
        extra.constraintEnd = foreigndates::parseIso(m_xml.attribute(u"constraint-endtime"));
        extra.startupCost = m_xml.attribute(u"startup-cost");
        extra.shutdownCost = m_xml.attribute(u"shutdown-cost");
        if (task.parent >= 0)
            m_extra[task.parent].hasChildren = true;
        m_tasks << int(m_plan.tasks.size());
        m_taskDepths << m_xml.depth();
        if (!task.sourceId.isEmpty() && !m_taskById.contains(task.sourceId))
            m_taskById.insert(task.sourceId, int(m_plan.tasks.size()));
        m_plan.tasks << task;
        m_extra << extra;
        return true;
    }

    void group()
    {
        ForeignResource g;
        g.sourceId = m_xml.attribute(u"id");
        g.name = m_xml.attribute(u"name");
        g.group = true;
        m_groups << g;
    }

    bool resource(const QString &parent)
    {
        if (m_resources.size() + m_groups.size() >= planreadlimits::MaxResources) {
            m_xml.fail(Tr::tr("the file holds more than %1 resources.").arg(planreadlimits::MaxResources));
            return false;
        }
        ForeignResource r;
        r.sourceId = m_xml.attribute(u"id");
        r.name = m_xml.attribute(u"name");
        if (parent == u"resource-group" && !m_groups.isEmpty())
            m_memberships.insert(r.sourceId, m_groups.last().sourceId);
        const QString rate = m_xml.attribute(u"normal-rate");
        if (!rate.isEmpty() && rate != u"0" && foreignamount::parse(rate) != Money())
            count(QStringLiteral("resource rates"));
        m_resources << r;
        return true;
    }

    void account()
    {
        ForeignAccount a;
        a.name = m_xml.attribute(u"name");
        a.sourceId = a.name; // Calligra names accounts by their names
        a.parent = m_accounts.isEmpty() ? -1 : m_accounts.last();
        m_accounts << int(m_plan.accounts.size());
        m_accountDepths << m_xml.depth();
        m_plan.accounts << a;
    }

    void resolve();
    void resolveDates(int index);
    void resolveCosts(int index);

    struct Request {
        QString task, resource, where;
    };

    XmlGuard m_xml;
    QString m_path;
    ForeignPlan m_plan;
    bool m_sawProject = false;
    std::optional<foreigndates::DayTime> m_projectStart;
    QString m_scheduleId;
    QStringList m_open; // names of the open elements, outermost first
    QList<int> m_tasks, m_taskDepths; // the open tasks, innermost last
    QList<int> m_accounts, m_accountDepths;
    QList<TaskExtra> m_extra; // beside m_plan.tasks
    QHash<QString, int> m_taskById;
    QList<ForeignResource> m_groups, m_resources;
    QHash<QString, QString> m_memberships; // resource id → group id (the first named)
    QList<Request> m_requests;
    QList<CostPlace> m_costPlaces;
    QString m_defaultAccount;
};

void CalligraReading::resolve()
{
    const QString file = QFileInfo(m_path).fileName();
    for (int i = 0; i < m_plan.tasks.size(); ++i) {
        resolveDates(i);
        resolveCosts(i);
    }
    QStringList groupIds;
    for (const ForeignResource &r : std::as_const(m_resources))
        groupIds << m_memberships.value(r.sourceId);
    const QHash<QString, int> resourceIndex = planreading::addGroupsAndMembers(m_plan, m_groups, m_resources, groupIds);
    for (const Request &request : std::as_const(m_requests)) {
        const int task = m_taskById.value(request.task, -1);
        const int resource = resourceIndex.value(request.resource, -1);
        if (task < 0 || resource < 0) {
            m_plan.warnings << Tr::tr("%1, %2: a resource request names a task or resource the file does not hold; it was left out.")
                                   .arg(file, request.where);
            continue;
        }
        if (!m_plan.tasks[task].resources.contains(resource))
            m_plan.tasks[task].resources << resource;
    }
}

void CalligraReading::resolveDates(int index)
{
    ForeignTask &task = m_plan.tasks[index];
    const TaskExtra &extra = m_extra.at(index);
    const QString file = QFileInfo(m_path).fileName();
    const Schedule *chosen = nullptr;
    for (const Schedule &s : extra.schedules) {
        if (s.id == m_scheduleId && s.start && s.finish)
            chosen = &s;
    }
    task.milestone = !extra.hasChildren
                     && (extra.fixedInterval ? extra.constraintStart && extra.constraintEnd
                                                   && extra.constraintStart->day == extra.constraintEnd->day
                                                   && extra.constraintStart->time == extra.constraintEnd->time
                                             : extra.zeroEstimate);
    if (chosen) {
        task.start = chosen->start->day;
        task.end = foreigndates::exclusiveEnd(*chosen->finish);
    } else if (extra.constraintStart && extra.constraintEnd) {
        task.start = extra.constraintStart->day;
        task.end = foreigndates::exclusiveEnd(*extra.constraintEnd);
        m_plan.warnings << Tr::tr("%1, %2: the task %3 is not scheduled; its constraint times are read as its dates.")
                               .arg(file, task.where, Labels::quoted(task.name));
    } else {
        const QDate fallback = task.parent >= 0 ? m_plan.tasks.at(task.parent).start
                                                : (m_projectStart ? m_projectStart->day : QDate());
        if (!fallback.isValid()) {
            m_xml.fail(Tr::tr("the task %1 (%2) has no dates, and the project no start.").arg(Labels::quoted(task.name), task.where));
            return;
        }
        task.start = fallback;
        m_plan.warnings << Tr::tr("%1, %2: the task %3 has no dates; it is read as one day from %4.")
                               .arg(file, task.where, Labels::quoted(task.name), fallback.toString(Qt::ISODate));
    }
    if (!extra.hasChildren && !extra.zeroEstimate)
        count(QStringLiteral("estimates"));
    foreigndates::settle(task, &m_plan.warnings, m_path);
}

void CalligraReading::resolveCosts(int index)
{
    ForeignTask &task = m_plan.tasks[index];
    const TaskExtra &extra = m_extra.at(index);
    int defaultAccount = -1;
    for (int a = 0; a < m_plan.accounts.size(); ++a) {
        if (m_plan.accounts.at(a).name == m_defaultAccount)
            defaultAccount = a;
    }
    for (const bool startup : {true, false}) {
        const QString text = startup ? extra.startupCost : extra.shutdownCost;
        if (text.isEmpty())
            continue;
        const auto amount = foreignamount::parse(text);
        if (!amount) {
            m_plan.warnings << Tr::tr("%1, %2: the %3 cost “%4” of %5 is no amount; it was left out.")
                                   .arg(QFileInfo(m_path).fileName(), task.where,
                                        startup ? Tr::tr("startup") : Tr::tr("shutdown"), text.left(40), Labels::quoted(task.name));
            continue;
        }
        if (amount->isZero())
            continue;
        ForeignCost cost{*amount, defaultAccount};
        for (const CostPlace &place : std::as_const(m_costPlaces)) {
            if (place.node == task.sourceId && (startup ? place.startup : place.shutdown))
                cost.account = place.account;
        }
        task.costs << cost;
    }
}

} // namespace

std::optional<ForeignPlan> readCalligraPlan(const QByteArray &content, const QString &path, QString *error)
{
    if (!looksLikeZip(content))
        return CalligraReading(content, path).read(error);
    const auto maindoc = readZipMember(content, QStringLiteral("maindoc.xml"), path, error);
    if (!maindoc)
        return std::nullopt;
    return CalligraReading(*maindoc, path).read(error);
}

} // namespace horisont
