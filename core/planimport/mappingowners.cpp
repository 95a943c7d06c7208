// The owners and the money of a mapped plan: organisations from resources,
// R from assignments, funding sources, and each task's costs as planned
// allocations per budget year.
#include "budget/budgetcalendar.h"
#include "budget/spread.h"
#include "model/datebounds.h"
#include "model/schema.h"
#include "model/textlimits.h"
#include "planimport/notmapped.h"
#include "planimport/planmapping_p.h"

#include <QCoreApplication>
#include <QSet>

#include <set>
#include <tuple>

namespace horisont::mapping {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanMapping)
};

template<class T>
void add(State &state, const T &entity)
{
    state.result.changes.append(Change::insert(toRecord(entity)));
}

/// Organisation ids by resource index (NoId for none).
QList<Id> mapOrganisations(State &state)
{
    const QList<ForeignResource> &resources = state.plan.resources;
    QList<Id> ids(resources.size(), NoId);
    for (qsizetype r = 0; r < resources.size(); ++r) {
        const ForeignResource &res = resources[r];
        Organisation org;
        org.id = Id(r + 1);
        org.name = res.name.trimmed().isEmpty() ? Tr::tr("Resource %1").arg(res.sourceId) : elideText(res.name, ShortTextMaxLength);
        // A group named after its members would be refused by the file's
        // keys if it came after them; the readers list groups first.
        if (res.parent >= 0 && res.parent < r)
            org.parentId = ids[res.parent];
        else if (res.parent >= 0)
            state.warn(Tr::tr("The resource %1 names a group that comes after it; it is kept without the group.")
                           .arg(org.name));
        ids[r] = org.id;
        add(state, org);
        ++state.result.report.organisations;
    }
    return ids;
}

void mapResponsibilities(State &state, const QList<Id> &organisations)
{
    std::set<std::tuple<Id, Id, Id>> given;
    Id nextId = 0;
    for (qsizetype i = 0; i < state.plan.tasks.size(); ++i) {
        const ForeignTask &task = state.plan.tasks[i];
        const MappedTask &m = state.tasks[i];
        if (task.resources.isEmpty())
            continue;
        if (m.role == Role::Phase) {
            // A phase has no responsibilities in Horisont.
            state.notMapped(notmapped::PhaseAssignments, int(task.resources.size()));
            continue;
        }
        for (int r : task.resources) {
            if (r < 0 || r >= organisations.size()) {
                state.notMapped(notmapped::AssignmentsToUnknown);
                continue;
            }
            const auto key = std::make_tuple(m.interventionId, m.activityId, organisations[r]);
            if (given.count(key))
                continue;
            given.insert(key);
            add(state, Responsibility{++nextId, m.interventionId, m.activityId, organisations[r], RaciRole::Responsible});
            ++state.result.report.responsibilities;
        }
    }
}

/// Days of [start, end) in each budget year from `first` on; a milestone's one day.
std::vector<qint64> daysPerYear(const BudgetCalendar &calendar, QDate start, QDate end, int first, int last)
{
    std::vector<qint64> days;
    for (int year = first; year <= last; ++year) {
        const QDate from = std::max(start, calendar.firstDay(year));
        const QDate to = std::min(end, calendar.endOf(year));
        days.push_back(std::max<qint64>(0, from.daysTo(to)));
    }
    return days;
}

} // namespace

void mapOwnersAndMoney(State &state)
{
    const QList<Id> organisations = mapOrganisations(state);
    mapResponsibilities(state, organisations);

    ImportReport &report = state.result.report;
    QList<Id> accountSources(state.plan.accounts.size(), NoId);
    Id nextSource = 0;
    for (qsizetype a = 0; a < state.plan.accounts.size(); ++a) {
        FundingSource source;
        source.id = ++nextSource;
        const ForeignAccount &account = state.plan.accounts[a];
        source.name = account.name.trimmed().isEmpty() ? account.sourceId : elideText(account.name, ShortTextMaxLength);
        accountSources[a] = source.id;
        add(state, source);
        ++report.fundingSources;
    }
    Id imported = NoId;
    const BudgetCalendar calendar; // a new plan's budget years are the calendar years
    Id nextAllocation = 0;
    for (qsizetype i = 0; i < state.plan.tasks.size(); ++i) {
        const ForeignTask &task = state.plan.tasks[i];
        const MappedTask &m = state.tasks[i];
        for (const ForeignCost &cost : task.costs) {
            if (cost.amount == Money())
                continue;
            Id source = cost.account >= 0 && cost.account < accountSources.size() ? accountSources[cost.account] : NoId;
            if (source == NoId) {
                if (imported == NoId) {
                    // One ordinary budget without a ceiling holds every cost
                    // the file does not charge to an account of its own.
                    FundingSource s;
                    s.id = imported = ++nextSource;
                    s.name = Tr::tr("Imported");
                    add(state, s);
                    ++report.fundingSources;
                }
                source = imported;
            }
            const QDate end = m.end > m.start ? m.end : m.start.addDays(1);
            // A cost the file gives a budget year goes wholly to that year,
            // whatever the task's days: the source decided it, not the calendar.
            const bool ofYear = cost.year >= datebounds::FirstYear && cost.year <= datebounds::LastYear;
            const int first = ofYear ? cost.year : calendar.yearOf(m.start);
            const int last = ofYear ? cost.year : calendar.yearOf(end.addDays(-1));
            // spreadByWeights splits amounts that are not negative: a credit is
            // spread as its size and given its sign back.
            const bool credit = cost.amount < Money();
            const SpreadResult spread = spreadByWeights(
                credit ? -cost.amount : cost.amount,
                ofYear ? std::vector<qint64>{1} : daysPerYear(calendar, m.start, end, first, last));
            if (!spread.ok()) {
                state.warn(QStringLiteral("%1 (%2): %3").arg(task.name, task.where, spread.error));
                continue;
            }
            for (int year = first; year <= last; ++year) {
                const Money part = credit ? -spread.parts[std::size_t(year - first)] : spread.parts[std::size_t(year - first)];
                if (part == Money())
                    continue;
                Allocation allocation;
                allocation.id = ++nextAllocation;
                allocation.sourceId = source;
                allocation.interventionId = m.interventionId;
                allocation.activityId = m.activityId;
                // The one who carries the task, when one does; with several it is theirs to share out.
                if (task.resources.size() == 1 && task.resources[0] >= 0 && task.resources[0] < organisations.size())
                    allocation.organisationId = organisations[task.resources[0]];
                allocation.year = year;
                allocation.amount = part;
                allocation.status = AllocationStatus::Planned;
                add(state, allocation);
                ++report.allocations;
                report.allocated += part;
            }
            if (m.role == Role::Phase)
                state.warn(Tr::tr("The cost of %1 (%2), which became a phase, is allocated to no intervention.")
                               .arg(task.name, task.where));
        }
    }
    if (report.allocations > 0 && !state.plan.currency.isEmpty() && state.plan.currency != QLatin1String("SEK")
        && state.plan.currency != QLatin1String("kr"))
        state.warn(Tr::tr("The file's costs are in %1; they are taken as they are, in the plan's currency (SEK), "
                          "without conversion.")
                       .arg(state.plan.currency));
}

} // namespace horisont::mapping
