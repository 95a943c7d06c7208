#include "planimport/readers/plannerreader.h"

#include "labels/labels.h"
#include "planimport/readers/foreigndates.h"
#include "planimport/readers/readercommon.h"
#include "planimport/readers/xmlguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlannerReader)
};

/// One pass over the document; resources and allocations are resolved at the
/// end, since Planner writes them after the tasks.
class PlannerReading
{
public:
    PlannerReading(const QByteArray &content, const QString &path) : m_xml(content, path), m_path(path) {}

    std::optional<ForeignPlan> read(QString *error)
    {
        m_plan.format = QStringLiteral("planner");
        bool sawProject = false;
        while (m_xml.next()) {
            if (!m_xml.xml().isStartElement())
                continue;
            if (m_xml.depth() == 1) {
                if (!m_xml.isStart(u"project")) {
                    m_xml.fail(Tr::tr("this is no GNOME Planner file: it begins with <%1>, not <project>.")
                                   .arg(m_xml.xml().name().toString()));
                    break;
                }
                sawProject = true;
                m_plan.name = m_xml.attribute(u"name");
                if (const auto start = foreigndates::parseCompact(m_xml.attribute(u"project-start")))
                    m_projectStart = start->day;
            } else if (m_xml.depth() == 2) {
                readSection();
            }
        }
        if (!m_xml.failed() && !sawProject)
            m_xml.fail(Tr::tr("this is no GNOME Planner file: it has no <project>."));
        if (!m_xml.failed())
            resolve();
        if (m_xml.refused(error))
            return std::nullopt;
        return m_plan;
    }

private:
    void readSection()
    {
        const QStringView name = m_xml.xml().name();
        if (name == u"tasks")
            readTasks();
        else if (name == u"resource-groups")
            readList(u"group", [this] { readGroup(); });
        else if (name == u"resources")
            readList(u"resource", [this] { readResource(); });
        else if (name == u"allocations")
            readList(u"allocation", [this] { readAllocation(); });
        else if (name == u"calendars")
            countAll(u"calendar", QStringLiteral("calendars"));
        else if (name == u"phases")
            countAll(u"phase", QStringLiteral("phases"));
        else if (name == u"properties")
            countAll(u"property", QStringLiteral("custom fields"));
        else if (name == u"day-types")
            countAll(u"day-type", QStringLiteral("calendars"));
        else
            m_xml.skipElement();
    }

    /// Counts every `element` inside the current one as not mapped.
    void countAll(QStringView element, const QString &what)
    {
        const int depth = m_xml.depth();
        while (m_xml.next() && m_xml.depth() >= depth) {
            if (m_xml.isStart(element))
                ++m_plan.notMapped[what];
        }
    }

    template <typename F>
    void readList(QStringView element, F readOne)
    {
        const int depth = m_xml.depth();
        while (m_xml.next() && m_xml.depth() >= depth) {
            if (m_xml.isStart(element))
                readOne();
        }
    }

    void readTasks()
    {
        const int depth = m_xml.depth();
        QList<int> open; // the tasks whose elements enclose the current one
        QList<int> openDepth;
        while (m_xml.next()) {
            if (m_xml.xml().isEndElement()) {
                if (!openDepth.isEmpty() && m_xml.depth() < openDepth.last()) {
                    open.removeLast();
                    openDepth.removeLast();
                }
                if (m_xml.depth() < depth)
                    return;
                continue;
            }
            if (!m_xml.xml().isStartElement())
                continue;
            const QStringView name = m_xml.xml().name();
            if (name == u"task") {
                if (!readTask(open.isEmpty() ? -1 : open.last()))
                    return;
                open << int(m_plan.tasks.size() - 1);
                openDepth << m_xml.depth();
            } else if (name == u"predecessor") {
                ++m_plan.notMapped[QStringLiteral("dependencies")];
            } else if (name == u"constraint") {
                ++m_plan.notMapped[QStringLiteral("constraints")];
            } else if (name == u"property") {
                ++m_plan.notMapped[QStringLiteral("custom field values")];
            }
        }
    }

    bool readTask(int parent)
    {
        if (m_plan.tasks.size() >= planreadlimits::MaxTasks) {
            m_xml.fail(Tr::tr("the file holds more than %1 tasks.").arg(planreadlimits::MaxTasks));
            return false;
        }
        ForeignTask task;
        task.sourceId = m_xml.attribute(u"id");
        task.name = m_xml.attribute(u"name");
        task.notes = m_xml.attribute(u"note");
        task.parent = parent;
        task.where = m_xml.where();
        task.milestone = m_xml.attribute(u"type") == u"milestone";
        const auto start = foreigndates::parseCompact(m_xml.attribute(u"start"));
        const auto finish = foreigndates::parseCompact(m_xml.attribute(u"end"));
        if (start)
            task.start = start->day;
        if (finish)
            task.end = foreigndates::exclusiveEnd(*finish);
        if (!start || (!finish && !task.milestone)) {
            const QDate fallback = parent >= 0 ? m_plan.tasks.at(parent).start : m_projectStart;
            if (!fallback.isValid()) {
                m_xml.fail(Tr::tr("the task %1 has no start and the project none either.")
                               .arg(Labels::quoted(task.name)));
                return false;
            }
            m_plan.warnings << m_xml.located(Tr::tr("the task %1 has no readable start or end; it is read as one day from %2.")
                                                 .arg(Labels::quoted(task.name), fallback.toString(Qt::ISODate)));
            task.start = start ? start->day : fallback;
            task.end = QDate();
        }
        foreigndates::settle(task, &m_plan.warnings, m_path);
        if (m_xml.attribute(u"work").toLongLong() > 0)
            ++m_plan.notMapped[QStringLiteral("work")];
        if (m_xml.attribute(u"percent-complete").toInt() > 0)
            ++m_plan.notMapped[QStringLiteral("progress")];
        if (!task.sourceId.isEmpty() && !m_taskById.contains(task.sourceId))
            m_taskById.insert(task.sourceId, int(m_plan.tasks.size()));
        m_plan.tasks << task;
        return true;
    }

    void readGroup()
    {
        ForeignResource group;
        group.sourceId = m_xml.attribute(u"id");
        group.name = m_xml.attribute(u"name");
        group.group = true;
        m_groups << group;
        if (m_groups.size() > planreadlimits::MaxResources)
            m_xml.fail(Tr::tr("the file holds more than %1 resource groups.").arg(planreadlimits::MaxResources));
    }

    void readResource()
    {
        ForeignResource resource;
        resource.sourceId = m_xml.attribute(u"id");
        resource.name = m_xml.attribute(u"name");
        m_resourceGroups << m_xml.attribute(u"group");
        m_resources << resource;
        // Planner prices work by each resource's standard rate; Horisont
        // plans money by allocation, so the rates are reported, not mapped.
        if (!m_xml.attribute(u"std-rate").isEmpty() && m_xml.attribute(u"std-rate") != u"0")
            ++m_plan.notMapped[QStringLiteral("resource rates")];
        if (m_resources.size() > planreadlimits::MaxResources)
            m_xml.fail(Tr::tr("the file holds more than %1 resources.").arg(planreadlimits::MaxResources));
    }

    void readAllocation()
    {
        m_allocations << Allocation{m_xml.attribute(u"task-id"), m_xml.attribute(u"resource-id"), m_xml.where()};
        if (m_allocations.size() > planreadlimits::MaxTasks * 4)
            m_xml.fail(Tr::tr("the file holds more than %1 allocations.").arg(planreadlimits::MaxTasks * 4));
    }

    /// Groups first, then their members; allocations onto task indices.
    void resolve()
    {
        const QHash<QString, int> resourceIndex = planreading::addGroupsAndMembers(m_plan, m_groups, m_resources, m_resourceGroups);
        for (qsizetype i = 0; i < m_resources.size(); ++i) {
            // Group "0" is Planner's "no group".
            const QString &group = m_resourceGroups.at(i);
            if (!group.isEmpty() && m_plan.resources.at(m_groups.size() + i).parent < 0 && group != u"0")
                m_plan.warnings << Tr::tr("%1: the resource %2 belongs to the group %3, which the file does not hold.")
                                       .arg(QFileInfo(m_path).fileName(), Labels::quoted(m_resources.at(i).name), group);
        }
        for (const Allocation &a : std::as_const(m_allocations)) {
            const int task = m_taskById.value(a.task, -1);
            const int resource = resourceIndex.value(a.resource, -1);
            if (task < 0 || resource < 0) {
                m_plan.warnings << Tr::tr("%1, %2: an allocation names task %3 and resource %4, and the file holds no such %5; it was left out.")
                                       .arg(QFileInfo(m_path).fileName(), a.where, a.task, a.resource,
                                            task < 0 ? Tr::tr("task") : Tr::tr("resource"));
                continue;
            }
            QList<int> &resources = m_plan.tasks[task].resources;
            if (!resources.contains(resource))
                resources << resource;
        }
    }

    struct Allocation {
        QString task;
        QString resource;
        QString where;
    };

    XmlGuard m_xml;
    QString m_path;
    ForeignPlan m_plan;
    QDate m_projectStart;
    QHash<QString, int> m_taskById;
    QList<ForeignResource> m_groups;
    QList<ForeignResource> m_resources;
    QStringList m_resourceGroups;
    QList<Allocation> m_allocations;
};
} // namespace

std::optional<ForeignPlan> readPlanner(const QByteArray &content, const QString &path, QString *error)
{
    return PlannerReading(content, path).read(error);
}

} // namespace horisont
