#include "check/governancecheck.h"

#include "model/messagelocale.h"
#include "plan/itemname.h"
#include "plan/plan.h"
#include "versions/plancomparison.h"
#include "versions/planversions.h"

#include <QCoreApplication>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::GovernanceCheck)
};

bool decidedSince(const Plan &plan, Id decisionId, const PlanVersion &version)
{
    const Decision *decision = plan.find<Decision>(decisionId);
    return decision && decision->date.isValid() && decision->date > version.decision.date;
}

bool isGovernedKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Phase:
    case EntityKind::Intervention:
    case EntityKind::Activity:
    case EntityKind::FundingSource:
    case EntityKind::Goal:
        return true;
    default:
        return false;
    }
}

} // namespace

Findings checkAgainstDecidedVersion(const Plan &plan, const Plan &decided, const PlanVersion &version)
{
    Findings findings;
    const QLocale locale = messageLocale();
    for (const Allocation &now : plan.all<Allocation>()) {
        const Allocation *then = decided.find<Allocation>(now.id);
        if (now.status != AllocationStatus::Decided || !then || (then->amount == now.amount && then->year == now.year)
            || decidedSince(plan, now.decisionId, version))
            continue;
        findings << Finding{Finding::Severity::Warning, QStringLiteral("decided-allocation-changed"),
                            Tr::tr("%1 is marked decided, but «%2» decided %3 for %4 and it now holds %5 for %6, "
                                   "with no decision after %7")
                                .arg(itemName(plan, EntityKind::Allocation, now.id), version.name,
                                     then->amount.format(locale))
                                .arg(then->year)
                                .arg(now.amount.format(locale))
                                .arg(now.year)
                                .arg(version.decision.date.toString(Qt::ISODate)),
                            EntityKind::Allocation, now.id};
    }
    for (const PlanChange &change : comparePlans(decided, plan).changes) {
        if (change.group != PlanChange::Group::Removed || !isGovernedKind(change.kind))
            continue;
        findings << Finding{Finding::Severity::Warning, QStringLiteral("decided-item-removed"),
                            Tr::tr("%1 of the decided version «%2» is no longer in the plan")
                                .arg(itemOfChange(change, decided, plan), version.name),
                            change.kind, change.id};
    }
    return findings;
}

} // namespace horisont
