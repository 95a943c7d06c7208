#include "budget/budgetreport.h"

#include "budget/monthlyactuals.h"
#include "ledger/ledgerdays.h"
#include "model/codedname.h"
#include "model/columns.h"
#include "plan/plan.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::BudgetReport)
};
} // namespace

Id dimensionOf(const Allocation &a, BudgetDimension d)
{
    switch (d) {
    case BudgetDimension::Source:
        return a.sourceId;
    case BudgetDimension::Organisation:
        return a.organisationId;
    case BudgetDimension::Intervention:
        break;
    }
    return a.interventionId;
}

EntityKind kindOfDimension(BudgetDimension d)
{
    switch (d) {
    case BudgetDimension::Source:
        return EntityKind::FundingSource;
    case BudgetDimension::Organisation:
        return EntityKind::Organisation;
    case BudgetDimension::Intervention:
        break;
    }
    return EntityKind::Intervention;
}

QString labelOf(const Plan &plan, BudgetDimension d, Id id)
{
    switch (d) {
    case BudgetDimension::Source:
        if (const FundingSource *s = plan.find<FundingSource>(id))
            return s->name;
        break;
    case BudgetDimension::Organisation:
        if (const Organisation *o = plan.find<Organisation>(id))
            return o->name;
        break;
    case BudgetDimension::Intervention:
        if (const Intervention *i = plan.find<Intervention>(id))
            return codedName(*i);
        break;
    }
    if (id != NoId) // money still pointing at an item the plan no longer holds (a damaged file)
        return Tr::tr("(unknown, id %1)").arg(id);
    return Tr::tr("(not assigned)");
}

std::vector<Id> rowsInPlanOrder(const Plan &plan, BudgetDimension d, const QSet<Id> &used)
{
    std::vector<Id> ids;
    ids.reserve(std::size_t(used.size()));
    auto take = [&](Id id) {
        if (used.contains(id))
            ids.push_back(id);
    };
    switch (d) {
    case BudgetDimension::Source:
        for (const FundingSource &s : plan.all<FundingSource>())
            take(s.id);
        break;
    case BudgetDimension::Organisation:
        for (const Organisation &o : plan.all<Organisation>())
            take(o.id);
        break;
    case BudgetDimension::Intervention:
        for (const Intervention &i : plan.all<Intervention>())
            take(i.id);
        break;
    }
    // Ids the plan does not hold (a file damaged behind Horisont's back):
    // shown under their id rather than dropped, so that the totals still
    // hold every krona.
    std::vector<Id> unknown;
    for (Id id : used) {
        if (id != NoId && !plan.contains(kindOfDimension(d), id))
            unknown.push_back(id);
    }
    std::sort(unknown.begin(), unknown.end());
    ids.insert(ids.end(), unknown.begin(), unknown.end());
    take(NoId);
    return ids;
}

ActualsIndex ActualsIndex::load(SqliteStore &store, BudgetDimension dimension)
{
    const QString column = dimension == BudgetDimension::Source         ? QString(columns::source_id)
                           : dimension == BudgetDimension::Organisation ? QString(columns::organisation_id)
                                                                        : QString(columns::intervention_id);
    ActualsIndex index;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(%1, 0), CAST(substr(date, 1, 4) AS INTEGER), sum(amount) "
                               "FROM %2 GROUP BY 1, 2")
                    .arg(column, LedgerDaySums::table(store))))
        return index;
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        const int year = q.value(1).toInt();
        const qint64 ore = q.value(2).toLongLong();
        Money::addOre(index.m_ore[key(id, year)], ore);
        Money::addOre(index.m_byYear[year], ore);
        Money::addOre(index.m_byId[id], ore);
    }
    return index;
}

ActualsIndex ActualsIndex::fromMonthly(const MonthlyActualsIndex &monthly, BudgetDimension dimension)
{
    ActualsIndex index;
    const auto [firstYear, lastYear] = monthly.years();
    const QHash<Id, qint64> &ids = monthly.idsWithSpending(dimension);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        index.m_byId.insert(it.key(), it.value());
        for (int year = firstYear; year <= lastYear; ++year) {
            const Money spent = monthly.spentInYear(dimension, it.key(), year);
            if (!spent.isZero())
                index.m_ore.insert(key(it.key(), year), spent.ore());
        }
    }
    for (int year = firstYear; year <= lastYear; ++year) {
        const Money total = monthly.totalIn(year);
        if (!total.isZero())
            index.m_byYear.insert(year, total.ore());
    }
    return index;
}

MoneyGrid allocationsByYear(const Plan &plan, BudgetDimension rows, int firstYear, int lastYear, std::optional<Id> source)
{
    QStringList columns;
    for (int y = firstYear; y <= lastYear; ++y)
        columns << QString::number(y);
    MoneyGrid grid(columns);
    QSet<Id> used;
    for (const Allocation &a : plan.all<Allocation>()) {
        if ((!source || a.sourceId == *source) && a.year >= firstYear && a.year <= lastYear)
            used.insert(dimensionOf(a, rows));
    }
    std::map<Id, int> rowOf;
    for (Id id : rowsInPlanOrder(plan, rows, used))
        rowOf[id] = grid.addRow(labelOf(plan, rows, id), kindOfDimension(rows), id);
    for (const Allocation &a : plan.all<Allocation>()) {
        if ((source && a.sourceId != *source) || a.year < firstYear || a.year > lastYear)
            continue;
        if (const auto row = rowOf.find(dimensionOf(a, rows)); row != rowOf.end())
            grid.add(row->second, a.year - firstYear, a.amount);
    }
    return grid;
}

MoneyGrid budgetVsActual(const Plan &plan, const ActualsIndex &actuals, BudgetDimension rows,
                         std::optional<BudgetYears> years)
{
    MoneyGrid grid({Tr::tr("Allocated"), Tr::tr("Spent"), Tr::tr("Variance")});
    QSet<Id> used;
    std::map<Id, Money> allocated;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (years && !years->contains(a.year))
            continue;
        used.insert(dimensionOf(a, rows));
        allocated[dimensionOf(a, rows)] += a.amount;
    }
    // Rows with spending but no allocation matter most to a controller.
    auto spentOn = [&](Id id) {
        if (!years)
            return actuals.spentInAllYears(id);
        Money spent;
        for (int year = years->first; year <= years->last; ++year)
            spent += actuals.spent(id, year);
        return spent;
    };
    auto consider = [&](Id id) {
        if (!spentOn(id).isZero())
            used.insert(id);
    };
    for (Id id : actuals.ids())
        consider(id);
    for (Id id : rowsInPlanOrder(plan, rows, used)) {
        const int row = grid.addRow(labelOf(plan, rows, id), kindOfDimension(rows), id);
        const Money spent = spentOn(id);
        grid.set(row, 0, allocated[id]);
        grid.set(row, 1, spent);
        grid.set(row, 2, allocated[id] - spent);
    }
    return grid;
}

MoneyGrid budgetVsActual(const Plan &plan, const ActualsIndex &actuals, BudgetDimension rows, int year)
{
    return budgetVsActual(plan, actuals, rows, BudgetYears{year, year});
}

MoneyGrid budgetVsActualPerYear(const Plan &plan, const ActualsIndex &bySource, BudgetYears years)
{
    std::map<int, Money> allocated;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (years.contains(a.year))
            allocated[a.year] += a.amount;
    }
    MoneyGrid grid({Tr::tr("Allocated"), Tr::tr("Spent"), Tr::tr("Variance")});
    for (int year = years.first; year <= years.last; ++year) {
        const int row = grid.addRow(QString::number(year));
        const Money spent = bySource.spentInYear(year);
        grid.set(row, 0, allocated[year]);
        grid.set(row, 1, spent);
        grid.set(row, 2, allocated[year] - spent);
    }
    return grid;
}

} // namespace horisont
