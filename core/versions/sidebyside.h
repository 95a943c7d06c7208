#pragma once

#include "export/exporttable.h"

#include <QList>
#include <QString>

namespace horisont {

class Plan;

/// One column of a side-by-side comparison: a state's title and its plan.
struct NamedPlan {
    QString title;
    const Plan *plan = nullptr;
};

/// Scenarios (and the plan, and versions) side by side, one column each:
/// the programme's horizon, the span and number of its interventions (not
/// counting cancelled ones), the gaps in its programme logic, and the money
/// allocated in all, per year, per funding source and per organisation. A
/// row that only some states have is empty in the others, not zero. What
/// the Scenarios ▸ Compare window and `horisont scenario compare` show.
ExportTable sideBySideTable(const QList<NamedPlan> &states);

} // namespace horisont
