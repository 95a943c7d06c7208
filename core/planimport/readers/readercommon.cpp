#include "planimport/readers/readercommon.h"

#include "ledger/import/shownvalue.h"
#include "planimport/notmapped.h"

#include <QHash>

namespace horisont::planreading {

QString shown(const QString &value)
{
    return QStringLiteral("\"%1\"").arg(shownValue(value));
}

std::optional<Money> hundredths(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    bool ok = whole.size() <= 17;
    const qint64 ore = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : fraction) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const bool roundAway = !fraction.isEmpty() && fraction.at(0) >= u'5';
    const qint64 rounded = ore + (roundAway ? (whole.startsWith(u'-') ? -1 : 1) : 0);
    if (!Money::isWithinBounds(rounded))
        return std::nullopt;
    return Money::fromOre(rounded);
}

std::optional<Money> units(const QString &text)
{
    return Money::parse(text.trimmed(), QLatin1Char('.'));
}

void addGroups(ForeignPlan &plan, const QList<QPair<QString, QString>> &members)
{
    if (members.isEmpty())
        return;
    QList<ForeignResource> groups;
    QHash<QString, int> groupIndex;
    QHash<QString, QString> groupOf;
    for (const auto &[resource, group] : members) {
        groupOf.insert(resource, group);
        if (groupIndex.contains(group))
            continue;
        groupIndex.insert(group, int(groups.size()));
        ForeignResource g;
        g.sourceId = group;
        g.name = group;
        g.group = true;
        groups << g;
    }
    for (ForeignResource r : std::as_const(plan.resources)) {
        if (groupOf.contains(r.sourceId))
            r.parent = groupIndex.value(groupOf.value(r.sourceId));
        else if (r.parent >= 0)
            r.parent += int(groupIndex.size());
        groups << r;
    }
    plan.resources = groups;
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
