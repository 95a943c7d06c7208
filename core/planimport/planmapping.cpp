#include "planimport/planmapping.h"

#include "model/datebounds.h"
#include "model/schema.h"
#include "model/textlimits.h"
#include "planimport/notmapped.h"
#include "planimport/planmapping_p.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace horisont {
namespace mapping {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanMapping)
};

constexpr int MaxWarnings = 300;

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString quoted(const QString &name)
{
    return QStringLiteral("«%1»").arg(elideText(name, 80));
}

/// A task's name as the plan keeps it: as written (a trailing space stays),
/// never blank, at most a short text's length.
QString nameOf(const ForeignTask &task, State &state)
{
    if (task.name.trimmed().isEmpty()) {
        const QString name = Tr::tr("Task %1").arg(task.sourceId);
        state.warn(Tr::tr("The task at %1 has no name; it is called %2.").arg(task.where, quoted(name)));
        return name;
    }
    if (task.name.size() > ShortTextMaxLength)
        state.warn(Tr::tr("The name of the task at %1 was cut to %2 characters.").arg(task.where).arg(ShortTextMaxLength));
    return elideText(task.name, ShortTextMaxLength);
}

/// Dates: a task without them takes its subtasks' span, else its parent's,
/// else the span of the whole file; a task without a day of its own gets
/// one. Returns false with *error for a date Horisont cannot hold.
bool resolveDates(State &state, QString *error, const QString &sourceName)
{
    const QList<ForeignTask> &tasks = state.plan.tasks;
    const qsizetype n = tasks.size();
    QDate fileStart, fileEnd;
    for (qsizetype i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        m.start = tasks[i].start;
        m.end = tasks[i].end;
        if (m.start.isValid() && !m.end.isValid())
            m.end = tasks[i].milestone ? m.start : m.start.addDays(1);
        if (!m.start.isValid() && m.end.isValid())
            m.start = tasks[i].milestone ? m.end : m.end.addDays(-1);
        if (!m.start.isValid())
            continue;
        if (!datebounds::contains(m.start) || !datebounds::contains(m.end) || m.end > datebounds::latest().addDays(1)) {
            *error = Tr::tr("%1: %2: the task %3 runs %4 – %5; a plan holds dates from %6 to %7.")
                         .arg(sourceName, tasks[i].where, quoted(tasks[i].name), iso(m.start), iso(m.end.addDays(-1)),
                              iso(datebounds::earliest()), iso(datebounds::latest()));
            return false;
        }
        fileStart = fileStart.isValid() ? std::min(fileStart, m.start) : m.start;
        fileEnd = fileEnd.isValid() ? std::max(fileEnd, m.end) : m.end;
    }
    if (!fileStart.isValid()) {
        *error = Tr::tr("%1: no task has a date; nothing to import.").arg(sourceName);
        return false;
    }
    // Subtasks come after their parents: backwards, a parent without dates
    // sees its subtasks' spans; forwards, a task still without them sees its parent's.
    QList<QDate> childStart(n), childEnd(n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        MappedTask &m = state.tasks[i];
        if (!m.start.isValid() && childStart[i].isValid()) {
            m.start = childStart[i];
            m.end = childEnd[i];
            state.warn(Tr::tr("%1 (%2) has no dates; it spans its subtasks, %3 – %4.")
                           .arg(quoted(tasks[i].name), tasks[i].where, iso(m.start), iso(m.end.addDays(-1))));
        }
        const int p = tasks[i].parent;
        if (p >= 0 && m.start.isValid()) {
            childStart[p] = childStart[p].isValid() ? std::min(childStart[p], m.start) : m.start;
            childEnd[p] = childEnd[p].isValid() ? std::max(childEnd[p], m.end) : m.end;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        const ForeignTask &t = tasks[i];
        if (!m.start.isValid()) {
            const int p = t.parent;
            m.start = p >= 0 ? state.tasks[p].start : fileStart;
            m.end = p >= 0 ? state.tasks[p].end : fileEnd;
            state.warn(Tr::tr("%1 (%2) has no dates; it takes %3, %4 – %5.")
                           .arg(quoted(t.name), t.where, p >= 0 ? Tr::tr("its parent's") : Tr::tr("the file's"),
                                iso(m.start), iso(m.end.addDays(-1))));
        }
        if (t.milestone) {
            m.end = m.start;
        } else if (m.end <= m.start) {
            m.end = m.start.addDays(1);
            state.warn(Tr::tr("%1 (%2) has no duration and is no milestone; it is given its first day, %3.")
                           .arg(quoted(t.name), t.where, iso(m.start)));
        }
    }
    return true;
}

/// The intervention that holds a milestone with no intervention of its own
/// (at the top level, or directly under a phase): the one among `candidates`
/// (task indices, in source order) that began last on or before its day —
/// the work under way when it falls due — or else the first to begin.
int hostOf(const State &state, const QList<int> &byStart, QDate day)
{
    auto it = std::upper_bound(byStart.cbegin(), byStart.cend(), day,
                               [&](QDate d, int task) { return d < state.tasks[task].start; });
    return it == byStart.cbegin() ? byStart.constFirst() : *(it - 1);
}

QList<int> sortedByStart(const State &state, QList<int> tasks)
{
    std::stable_sort(tasks.begin(), tasks.end(),
                     [&](int a, int b) { return state.tasks[a].start < state.tasks[b].start; });
    return tasks;
}

QString pathOf(const QList<ForeignTask> &tasks, int i)
{
    QStringList names;
    for (int t = i; t >= 0; t = tasks[t].parent)
        names.prepend(tasks[t].name.trimmed());
    return names.join(QStringLiteral(" › "));
}

/// Which task becomes what (see mapForeignPlan), with the milestones that
/// have no intervention of their own placed in one.
void assignRoles(State &state, QList<int> &depth, QList<int> &hostIntervention)
{
    const QList<ForeignTask> &tasks = state.plan.tasks;
    const int n = int(tasks.size());
    QList<bool> hasChildren(n, false);
    for (int i = 0; i < n; ++i) {
        depth[i] = tasks[i].parent < 0 ? 0 : depth[tasks[i].parent] + 1;
        if (tasks[i].parent >= 0)
            hasChildren[tasks[i].parent] = true;
    }
    QList<int> interventions;
    QHash<int, QList<int>> interventionsOfPhase;
    for (int i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        const bool milestone = tasks[i].milestone && !hasChildren[i];
        if (tasks[i].milestone && hasChildren[i]) {
            m.end = std::max(m.end, m.start.addDays(1));
            state.warn(Tr::tr("%1 (%2) is marked as a milestone but has subtasks; it is mapped as a summary task.")
                           .arg(quoted(tasks[i].name), tasks[i].where));
        }
        if (depth[i] == 0) {
            m.role = milestone ? Role::Milestone : Role::Phase;
        } else if (depth[i] == 1) {
            m.role = milestone ? Role::Milestone : Role::Intervention;
            if (!milestone) {
                interventions << i;
                interventionsOfPhase[tasks[i].parent] << i;
            }
        } else {
            m.role = milestone ? Role::Milestone : Role::Activity;
            hostIntervention[i] = hostIntervention[tasks[i].parent] >= 0 ? hostIntervention[tasks[i].parent] : tasks[i].parent;
            if (depth[i] >= 3 || hasChildren[i]) {
                m.flattenedFrom = pathOf(tasks, i);
                state.result.report.flattened << m.flattenedFrom;
            }
        }
    }
    const QList<int> allByStart = sortedByStart(state, interventions);
    QHash<int, QList<int>> phaseByStart;
    for (auto it = interventionsOfPhase.cbegin(); it != interventionsOfPhase.cend(); ++it)
        phaseByStart.insert(it.key(), sortedByStart(state, it.value()));
    for (int i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        if (m.role != Role::Milestone || depth[i] >= 2)
            continue;
        const QList<int> &candidates = depth[i] == 0 ? allByStart : phaseByStart[tasks[i].parent];
        if (candidates.isEmpty()) {
            // Nothing to hold it: it keeps its level as a one-day phase or intervention.
            m.role = depth[i] == 0 ? Role::Phase : Role::Intervention;
            m.end = m.start.addDays(1);
            state.warn(Tr::tr("The milestone %1 (%2) has no intervention to belong to; it became a one-day %3 on %4.")
                           .arg(quoted(tasks[i].name), tasks[i].where,
                                depth[i] == 0 ? Tr::tr("phase") : Tr::tr("intervention"), iso(m.start)));
            continue;
        }
        hostIntervention[i] = hostOf(state, candidates, m.start);
        state.warn(Tr::tr("The milestone %1 (%2) sits at the %3; it is a milestone of the intervention %4.")
                       .arg(quoted(tasks[i].name), tasks[i].where,
                            depth[i] == 0 ? Tr::tr("top level") : Tr::tr("level of interventions"),
                            quoted(tasks[hostIntervention[i]].name)));
    }
}

template<class T>
void add(State &state, const T &entity)
{
    state.result.changes.append(Change::insert(toRecord(entity)));
}

/// The phases, interventions and activities, parents first: a milestone may
/// belong to an intervention that comes later in the file.
void buildStructure(State &state, const QList<int> &hostIntervention)
{
    const QList<ForeignTask> &tasks = state.plan.tasks;
    const int n = int(tasks.size());
    ImportReport &report = state.result.report;
    Id nextPhase = 0, nextIntervention = 0, nextActivity = 0;
    QHash<Id, int> positions;
    for (int i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        if (m.role != Role::Phase)
            continue;
        m.phaseId = ++nextPhase;
        add(state, Phase{m.phaseId, nameOf(tasks[i], state), m.start, m.end, elideText(tasks[i].notes, LongTextMaxLength),
                         NoId, int(m.phaseId - 1)});
        ++report.phases;
    }
    for (int i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        if (m.role != Role::Intervention)
            continue;
        int top = i;
        while (tasks[top].parent >= 0)
            top = tasks[top].parent;
        m.phaseId = state.tasks[top].phaseId;
        m.interventionId = ++nextIntervention;
        Intervention in;
        in.id = m.interventionId;
        in.phaseId = m.phaseId;
        in.name = nameOf(tasks[i], state);
        in.start = m.start;
        in.end = m.end;
        in.description = elideText(tasks[i].notes, LongTextMaxLength);
        in.position = positions[-m.phaseId]++;
        add(state, in);
        ++report.interventions;
    }
    for (int i = 0; i < n; ++i) {
        MappedTask &m = state.tasks[i];
        if (m.role != Role::Activity && m.role != Role::Milestone)
            continue;
        m.interventionId = state.tasks[hostIntervention[i]].interventionId;
        m.activityId = ++nextActivity;
        Activity act;
        act.id = m.activityId;
        act.interventionId = m.interventionId;
        act.name = nameOf(tasks[i], state);
        act.start = m.start;
        act.end = m.end;
        act.milestone = m.role == Role::Milestone;
        act.position = positions[m.interventionId]++;
        QStringList description;
        if (!m.flattenedFrom.isEmpty())
            description << Tr::tr("Path in the imported plan: %1").arg(m.flattenedFrom);
        if (!tasks[i].notes.trimmed().isEmpty())
            description << tasks[i].notes.trimmed();
        act.description = elideText(description.join(QStringLiteral("\n\n")), LongTextMaxLength);
        add(state, act);
        ++(act.milestone ? report.milestones : report.activities);
    }
}

} // namespace

void State::warn(const QString &text)
{
    if (result.report.warnings.size() < MaxWarnings)
        result.report.warnings << text;
    else
        ++omittedWarnings;
}

void State::notMapped(const char *key, int count)
{
    if (count > 0)
        result.report.notMapped[QString::fromUtf8(key)] += count;
}

} // namespace mapping

std::optional<MappedPlan> mapForeignPlan(const ForeignPlan &plan, const QString &sourceName, QString *error)
{
    using namespace mapping;
    struct Tr {
        Q_DECLARE_TR_FUNCTIONS(horisont::PlanMapping)
    };
    const int n = int(plan.tasks.size());
    if (n == 0) {
        *error = Tr::tr("%1 holds no tasks; nothing to import.").arg(sourceName);
        return std::nullopt;
    }
    for (int i = 0; i < n; ++i) {
        if (plan.tasks[i].parent >= i || plan.tasks[i].parent < -1) {
            *error = Tr::tr("%1: %2: the task's parent does not come before it.").arg(sourceName, plan.tasks[i].where);
            return std::nullopt;
        }
    }
    State state(plan);
    state.tasks.resize(n);
    ImportReport &report = state.result.report;
    report.source = sourceName;
    report.format = plan.format;
    report.tasks = n;
    report.notMapped = plan.notMapped;
    for (const QString &w : plan.warnings)
        state.warn(w);
    if (!resolveDates(state, error, sourceName))
        return std::nullopt;
    QList<int> depth(n, 0), host(n, -1);
    assignRoles(state, depth, host);
    buildStructure(state, host);
    mapOwnersAndMoney(state);

    QDate first = state.tasks[0].start, lastDay = first;
    for (const MappedTask &m : std::as_const(state.tasks)) {
        first = std::min(first, m.start);
        lastDay = std::max(lastDay, m.end > m.start ? m.end.addDays(-1) : m.start);
    }
    // A cost given its own budget year (ForeignCost::year) may lie beyond
    // the tasks' days; the horizon holds its allocation too.
    for (const ForeignTask &task : plan.tasks) {
        for (const ForeignCost &cost : task.costs) {
            if (cost.year < datebounds::FirstYear || cost.year > datebounds::LastYear || cost.amount == Money())
                continue;
            first = std::min(first, QDate(cost.year, 1, 1));
            lastDay = std::max(lastDay, QDate(cost.year, 12, 31));
        }
    }
    Programme &programme = state.result.programme;
    const QString name = plan.name.trimmed().isEmpty() ? QFileInfo(sourceName).completeBaseName() : plan.name;
    programme.name = elideText(name.trimmed().isEmpty() ? Tr::tr("Imported plan") : name, ShortTextMaxLength);
    // The horizon is whole budget years, as a municipality plans them.
    programme.start = QDate(first.year(), 1, 1);
    programme.horizonEnd = QDate(lastDay.year() + 1, 1, 1);
    programme.description = Tr::tr("Brought in from %1 (%2).").arg(sourceName, plan.format);
    if (report.interventions > 0)
        state.warn(Tr::tr("%n intervention(s) have no accountable organisation: the file does not say who is "
                          "accountable; choose one for each in the responsibility matrix.",
                          nullptr, report.interventions));
    if (state.omittedWarnings > 0)
        report.warnings << Tr::tr("… and %n more note(s) like these.", nullptr, state.omittedWarnings);
    return std::move(state.result);
}

} // namespace horisont
