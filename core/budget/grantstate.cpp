#include "budget/grantstate.h"

#include "budget/budgetreport.h"
#include "budget/monthlyactuals.h"
#include "plan/plan.h"
#include "model/codedname.h"

#include <QCoreApplication>
#include <QHash>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::BudgetReport)
};
} // namespace

int wholeMonthsUntil(QDate asOf, QDate end)
{
    if (!asOf.isValid() || !end.isValid() || end <= asOf)
        return 0;
    int months = (end.year() - asOf.year()) * 12 + end.month() - asOf.month();
    if (end.day() < asOf.day())
        --months;
    return std::max(0, months);
}

GrantStates grantStates(const Plan &plan, const MonthlyActualsIndex &actuals, QDate asOf)
{
    GrantStates states;
    states.grid = MoneyGrid({Tr::tr("Ceiling"), Tr::tr("Allocated"), Tr::tr("Spent"), Tr::tr("Ceiling − spent"),
                             Tr::tr("Ceiling − allocated")});
    QHash<Id, Money> allocated;
    for (const Allocation &a : plan.all<Allocation>())
        allocated[a.sourceId] += a.amount;
    for (const FundingSource &s : plan.all<FundingSource>()) {
        GrantStates::Source info;
        info.sourceId = s.id;
        info.hasCeiling = s.ceiling.has_value();
        info.validFrom = s.validFrom;
        info.validUntil = s.validUntil;
        if (s.validUntil.isValid())
            info.monthsLeft = wholeMonthsUntil(asOf, s.validUntil);
        const int row = states.grid.addRow(codedName(s),
                                           EntityKind::FundingSource, s.id);
        const Money spent = actuals.spentInAllYears(BudgetDimension::Source, s.id);
        const Money ceiling = s.ceiling.value_or(Money());
        states.grid.set(row, GrantStates::Allocated, allocated.value(s.id));
        states.grid.set(row, GrantStates::Spent, spent);
        if (info.hasCeiling) {
            states.grid.set(row, GrantStates::Ceiling, ceiling);
            states.grid.set(row, GrantStates::LeftAfterSpent, ceiling - spent);
            states.grid.set(row, GrantStates::LeftAfterAllocated, ceiling - allocated.value(s.id));
        }
        states.sources.push_back(info);
    }
    return states;
}

} // namespace horisont
