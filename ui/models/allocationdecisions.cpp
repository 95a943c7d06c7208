#include "models/allocationdecisions.h"

#include "labels/labels.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QMap>

namespace horisont {
namespace {
// These texts were written in AllocationGridModel; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::AllocationGridModel)
};
} // namespace

AllocationDecisions::AllocationDecisions(const Plan &plan, const QList<Id> &allocations)
    : m_plan(plan), m_allocations(allocations)
{}

AllocationDecisions::State AllocationDecisions::state() const
{
    int decided = 0;
    for (Id id : m_allocations) {
        const Allocation *a = m_plan.find<Allocation>(id);
        decided += a && a->status == AllocationStatus::Decided;
    }
    return decided == 0 ? State::None : (decided == m_allocations.size() ? State::All : State::Partly);
}

QStringList AllocationDecisions::lines() const
{
    int planned = 0;
    QMap<QString, int> decisions;
    for (Id id : m_allocations) {
        const Allocation *a = m_plan.find<Allocation>(id);
        if (!a)
            continue;
        if (a->status == AllocationStatus::Decided)
            ++decisions[a->decisionId == NoId ? Tr::tr("no decision given")
                                              : Labels::entityName(m_plan, EntityKind::Decision, a->decisionId)];
        else
            ++planned;
    }
    QStringList lines;
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        lines << Tr::tr("Decided (%n allocation(s)): %1", nullptr, it.value()).arg(it.key());
    if (planned > 0)
        lines << Tr::tr("Planned: %n allocation(s)", nullptr, planned);
    return lines;
}

} // namespace horisont
