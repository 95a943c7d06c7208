#pragma once

#include "export/exporttable.h"

namespace horisont {

class GridSource;

/// Export builders for the follow-up grids, registered in exportgrids.cpp
/// as follow-up-by-year-{source,organisation,intervention} and grant-state.

/// The state of every funding source: ceiling, allocated, spent and what is
/// left; the ceiling cells of a source without one are empty, not zero. No
/// totals row: a sum of grants and ordinary budgets would mean nothing.
ExportTable grantStateTable(GridSource &source);
/// Budget against actual per budget year (allocated, spent, variance per year and in total).
ExportTable followUpPerYearBySource(GridSource &source);
ExportTable followUpPerYearByOrganisation(GridSource &source);
ExportTable followUpPerYearByIntervention(GridSource &source);

} // namespace horisont
