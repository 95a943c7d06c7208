#pragma once

#include "budget/budgetcalendar.h"
#include "budget/budgetreport.h"
#include "budget/monthlyactuals.h"
#include "export/exporttable.h"
#include "ledger/readsnapshot.h"

#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace horisont {

class Plan;
class PlanDocument;
class SqliteStore;

/// What the grid builders read: the plan, the budget years to show, and the
/// ledger's aggregates per dimension, each loaded once on first use — all in
/// one read transaction that lasts as long as the source (see ReadSnapshot),
/// so that the grids of one workbook agree with each other.
class GridSource
{
public:
    GridSource(const Plan &plan, SqliteStore &store);
    explicit GridSource(PlanDocument &document);

    const Plan &plan() const { return m_plan; }
    SqliteStore &store() const { return m_store; }
    const ActualsIndex &actuals(BudgetDimension dimension);
    /// Spending per month for every dimension (the follow-up grids), loaded once.
    const MonthlyActualsIndex &monthlyActuals();
    /// The programme's budget years (BudgetCalendar), widened to every
    /// allocation's year so that no allocated krona falls outside the columns.
    const BudgetYears &years() const { return m_years; }

private:
    const Plan &m_plan;
    SqliteStore &m_store;
    ReadSnapshot m_snapshot;
    std::map<BudgetDimension, ActualsIndex> m_actuals;
    std::optional<MonthlyActualsIndex> m_monthlyActuals;
    BudgetYears m_years;
};

/// A grid the exports and the command line know by name. To add one, add a
/// line to the table in exportgrids.cpp: its name, its title (wrapped in
/// QT_TRANSLATE_NOOP("horisont::ExportGrids", …)) and a builder.
struct ExportGridDefinition {
    const char *name;  ///< stable machine name, for `export-csv --grid NAME`
    const char *title; ///< English source of the translated title
    ExportTable (*build)(GridSource &source);
};

/// Every registered grid, in the order of the workbook's sheets.
const std::vector<ExportGridDefinition> &exportGrids();
/// The grid called `name`, or nullptr.
const ExportGridDefinition *findExportGrid(const QString &name);
QStringList exportGridNames();
/// The grid's title in the current language.
QString exportGridTitle(const ExportGridDefinition &grid);

/// Builds one grid, its name and title filled in.
ExportTable buildExportGrid(const ExportGridDefinition &grid, GridSource &source);
/// Builds every registered grid, in order.
std::vector<ExportTable> buildExportGrids(GridSource &source);

} // namespace horisont
