#include "figures/keyfigures.h"

#include "ledger/ledger.h"
#include "plan/plan.h"

#include <QHash>

namespace horisont {
namespace {

template<class T>
bool covers(const T &item, QDate day)
{
    return item.start.isValid() && item.end.isValid() && item.start <= day && day < item.end;
}

template<class T>
NamedSpan spanOf(const T &item)
{
    return {item.id, item.name, item.start, item.end};
}

template<class Items>
WorkCount countByStatus(const Items &items)
{
    WorkCount count;
    for (const auto &item : items) {
        ++count.total;
        count.ongoing += item.status == WorkStatus::Ongoing ? 1 : 0;
        count.done += item.status == WorkStatus::Done ? 1 : 0;
    }
    return count;
}

int wholeMonths(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    return to.day() < from.day() ? months - 1 : months;
}

void whereWeAre(const Plan &plan, KeyFigures &f)
{
    const Programme &p = plan.programme();
    f.horizonStart = p.start;
    f.horizonEnd = p.horizonEnd;
    f.horizonMonths = f.hasHorizon() ? wholeMonths(p.start, p.horizonEnd) : 0;
    const Phase *current = nullptr;
    const Phase *next = nullptr;
    for (const Phase &phase : plan.all<Phase>()) {
        if (covers(phase, f.today) && (!current || phase.start < current->start))
            current = &phase;
        // A phase's review gate closes it: the nearest end after today.
        if (phase.end.isValid() && phase.end > f.today && (!next || phase.end < next->end))
            next = &phase;
    }
    if (current)
        f.currentPhase = spanOf(*current);
    if (next) {
        f.nextGate = spanOf(*next);
        f.daysToGate = f.today.daysTo(next->end.addDays(-1));
    }
    for (const Period &period : plan.all<Period>()) {
        std::optional<NamedSpan> *slot = period.kind == PeriodKind::DirectionPeriod ? &f.directionPeriod
                                         : period.kind == PeriodKind::TermOfOffice  ? &f.termOfOffice
                                                                                    : nullptr;
        if (slot && !*slot && covers(period, f.today))
            *slot = spanOf(period);
    }
}

void money(const Plan &plan, const LedgerTotals &ledger, KeyFigures &f)
{
    f.budget = budgetTotals(plan, ledger);
    f.transactions = ledger.count;
    QHash<Id, Money> allocatedBySource;
    for (const Allocation &a : plan.all<Allocation>())
        allocatedBySource[a.sourceId] += a.amount;
    for (const FundingSource &s : plan.all<FundingSource>()) {
        if (s.ceiling)
            f.grants.push_back({s.id, s.name, *s.ceiling, allocatedBySource.value(s.id)});
    }
}

} // namespace

KeyFigures keyFigures(const Plan &plan, const LedgerTotals &ledger, QDate today)
{
    KeyFigures f;
    f.today = today;
    whereWeAre(plan, f);
    money(plan, ledger, f);
    f.phases = int(plan.all<Phase>().size());
    f.interventions = countByStatus(plan.all<Intervention>());
    f.activities = countByStatus(plan.all<Activity>());
    for (const Activity &a : plan.all<Activity>())
        f.milestones += a.milestone ? 1 : 0;
    f.organisations = int(plan.all<Organisation>().size());
    f.areas = int(plan.all<Area>().size());
    f.goals = int(plan.all<Goal>().size());
    f.indicators = int(plan.all<Indicator>().size());
    f.fundingSources = int(plan.all<FundingSource>().size());
    f.risks = int(plan.all<Risk>().size());
    return f;
}

} // namespace horisont
