#include "planimport/readers/readercommon.h"

#include "ledger/import/shownvalue.h"
#include "planimport/notmapped.h"

#include <QSet>

#include <utility>

namespace horisont::planreading {

QString shown(const QString &value)
{
    return QStringLiteral("\"%1\"").arg(shownValue(value));
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QHash<QString, int> addGroupsAndMembers(ForeignPlan &plan, const QList<ForeignResource> &groups,
                                        const QList<ForeignResource> &resources, const QStringList &groupIds)
{
    QHash<QString, int> groupIndex;
    for (const ForeignResource &g : groups) {
        groupIndex.insert(g.sourceId, int(plan.resources.size()));
        plan.resources << g;
    }
    QHash<QString, int> resourceIndex;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        ForeignResource r = resources.at(i);
        r.parent = groupIndex.value(groupIds.value(i), -1);
        if (!resourceIndex.contains(r.sourceId))
            resourceIndex.insert(r.sourceId, int(plan.resources.size()));
        plan.resources << r;
    }
    return resourceIndex;
}

void addGroups(ForeignPlan &plan, const QList<QPair<QString, QString>> &members)
{
    if (members.isEmpty())
        return;
    QList<ForeignResource> groups;
    QSet<QString> seen;
    QHash<QString, QString> groupOf;
    for (const auto &[resource, group] : members) {
        groupOf.insert(resource, group);
        if (seen.contains(group))
            continue;
        seen.insert(group);
        ForeignResource g;
        g.sourceId = group;
        g.name = group;
        g.group = true;
        groups << g;
    }
    QStringList groupIds;
    for (const ForeignResource &r : std::as_const(plan.resources))
        groupIds << groupOf.value(r.sourceId);
    addGroupsAndMembers(plan, groups, std::exchange(plan.resources, {}), groupIds);
}

void takeLeafCosts(ForeignPlan &plan, const QList<std::optional<Money>> &costs)
{
    const qsizetype n = plan.tasks.size();
    QList<bool> hasChildren(n, false), subtreeHasCost(n, false);
    QList<Money> childSum(n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        const int p = plan.tasks[i].parent;
        const Money own = costs.value(i).value_or(Money());
        const bool hasCost = own != Money();
        if (!hasChildren[i] || !subtreeHasCost[i]) {
            if (hasCost)
                plan.tasks[i].costs << ForeignCost{own, -1};
        } else if (own != Money() && own != childSum[i]) {
            ++plan.notMapped[QString::fromUtf8(notmapped::SummaryCosts)];
        }
        if (p >= 0) {
            hasChildren[p] = true;
            subtreeHasCost[p] = subtreeHasCost[p] || subtreeHasCost[i] || hasCost;
            // A summary's cost is its subtasks' costs as they show them.
            childSum[p] += own;
        }
    }
}

} // namespace horisont::planreading
