#pragma once

#include "budget/budgetreport.h"
#include "budget/followupreport.h"
#include "export/exporttable.h"

namespace horisont {

class GridSource;

/// Export builders for the follow-up grids, registered in exportgrids.cpp as
/// follow-up-by-{year,tertial}-{source,organisation,intervention} and grant-state.

/// The row header of a grid with rows by `rows`: "Funding source", "Organisation", "Intervention".
QString rowHeader(BudgetDimension rows);

/// The state of every funding source: ceiling, allocated, spent and what is
/// left; the ceiling cells of a source without one are empty, not zero. No
/// totals row: a sum of grants and ordinary budgets would mean nothing.
ExportTable grantStateTable(GridSource &source);

/// Budget against actual as the window's Budget against actual shows it:
/// allocated, spent and variance per period (a budget year, or a tertial —
/// Jan–Apr, May–Aug, Sep–Dec — budgeted an even share of its year) of every
/// year, then for the whole range, and a totals row last.
ExportTable followUpTable(GridSource &source, BudgetDimension rows, FollowUpGrain grain);

} // namespace horisont
