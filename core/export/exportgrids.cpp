#include "export/exportgrids.h"

#include "document/plandocument.h"
#include "export/followupgrids.h"
#include "plan/plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ExportGrids)
};

template<BudgetDimension Rows>
ExportTable allocations(GridSource &source)
{
    return tableFromGrid(allocationsByYear(source.plan(), Rows, source.years().first, source.years().last),
                         rowHeader(Rows), TotalsColumn::Yes);
}

template<BudgetDimension Rows>
ExportTable budgetAgainstActual(GridSource &source)
{
    return tableFromGrid(budgetVsActual(source.plan(), source.actuals(Rows), Rows), rowHeader(Rows), TotalsColumn::No);
}

template<BudgetDimension Rows, FollowUpGrain Grain>
ExportTable followUp(GridSource &source)
{
    return followUpTable(source, Rows, Grain);
}

// clang-format off
const std::vector<ExportGridDefinition> registry{
    {"allocations-by-source", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Allocations by source"),
     allocations<BudgetDimension::Source>},
    {"allocations-by-organisation", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Allocations by organisation"),
     allocations<BudgetDimension::Organisation>},
    {"allocations-by-intervention", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Allocations by intervention"),
     allocations<BudgetDimension::Intervention>},
    {"budget-vs-actual-by-source", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Budget vs actual, source"),
     budgetAgainstActual<BudgetDimension::Source>},
    {"budget-vs-actual-by-organisation", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Budget vs actual, organisation"),
     budgetAgainstActual<BudgetDimension::Organisation>},
    {"budget-vs-actual-by-intervention", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Budget vs actual, intervention"),
     budgetAgainstActual<BudgetDimension::Intervention>},
    // Titles are sheet names: at most 31 characters.
    {"follow-up-by-year-source", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Follow-up by year, source"),
     followUp<BudgetDimension::Source, FollowUpGrain::Year>},
    {"follow-up-by-year-organisation", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Follow-up by year, organisation"),
     followUp<BudgetDimension::Organisation, FollowUpGrain::Year>},
    {"follow-up-by-year-intervention", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Follow-up by year, intervention"),
     followUp<BudgetDimension::Intervention, FollowUpGrain::Year>},
    {"follow-up-by-tertial-source", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Tertial follow-up, source"),
     followUp<BudgetDimension::Source, FollowUpGrain::Tertial>},
    {"follow-up-by-tertial-organisation", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Tertial follow-up, organisation"),
     followUp<BudgetDimension::Organisation, FollowUpGrain::Tertial>},
    {"follow-up-by-tertial-intervention", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Tertial follow-up, intervention"),
     followUp<BudgetDimension::Intervention, FollowUpGrain::Tertial>},
    {"grant-state", QT_TRANSLATE_NOOP("horisont::ExportGrids", "Grant state"), grantStateTable},
};
// clang-format on
} // namespace

GridSource::GridSource(const Plan &plan, SqliteStore &store) : m_plan(plan), m_store(store), m_snapshot(store)
{
    m_years = BudgetCalendar::planYears(plan, {.allocations = true});
}

GridSource::GridSource(PlanDocument &document) : GridSource(document.plan(), document.store()) {}

const ActualsIndex &GridSource::actuals(BudgetDimension dimension)
{
    auto it = m_actuals.find(dimension);
    if (it == m_actuals.end())
        it = m_actuals.emplace(dimension, ActualsIndex::fromMonthly(monthlyActuals(), dimension)).first; // one pass for all
    return it->second;
}

const MonthlyActualsIndex &GridSource::monthlyActuals()
{
    if (!m_monthlyActuals)
        m_monthlyActuals = MonthlyActualsIndex::load(m_store);
    return *m_monthlyActuals;
}

const std::vector<ExportGridDefinition> &exportGrids()
{
    return registry;
}

const ExportGridDefinition *findExportGrid(const QString &name)
{
    for (const ExportGridDefinition &grid : registry) {
        if (name == QLatin1String(grid.name))
            return &grid;
    }
    return nullptr;
}

QStringList exportGridNames()
{
    QStringList names;
    for (const ExportGridDefinition &grid : registry)
        names << QString::fromLatin1(grid.name);
    return names;
}

QString exportGridTitle(const ExportGridDefinition &grid)
{
    return QCoreApplication::translate("horisont::ExportGrids", grid.title);
}

ExportTable buildExportGrid(const ExportGridDefinition &grid, GridSource &source)
{
    ExportTable table = grid.build(source);
    table.name = QString::fromLatin1(grid.name);
    table.title = exportGridTitle(grid);
    return table;
}

std::vector<ExportTable> buildExportGrids(GridSource &source)
{
    std::vector<ExportTable> tables;
    for (const ExportGridDefinition &grid : registry)
        tables.push_back(buildExportGrid(grid, source));
    return tables;
}

} // namespace horisont
