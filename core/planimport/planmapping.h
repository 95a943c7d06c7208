#pragma once

#include "edit/change.h"
#include "model/governance.h"
#include "planimport/foreignplan.h"
#include "planimport/importreport.h"

#include <optional>

namespace horisont {

/// A plan read from another tool, mapped onto a new Horisont plan: the
/// programme to create and the items to add to it in one bulk change.
struct MappedPlan {
    Programme programme;
    ChangeList changes;
    ImportReport report;
};

/// Maps a foreign plan the one way every format is mapped (README, "Bringing
/// a plan in from another tool"): top-level tasks become phases, the next
/// level interventions, deeper tasks activities (flattened, their path in
/// the report), milestones milestones; resources organisations (groups as
/// parents) with R on what they carry; costs planned allocations spread by
/// days over budget years to the öre. Every task becomes exactly one phase,
/// intervention, activity or milestone. Ids start at 1 (a new plan).
/// Returns nothing, with *error naming the file and the task, when nothing
/// can be imported: no task, or a date Horisont cannot hold.
std::optional<MappedPlan> mapForeignPlan(const ForeignPlan &plan, const QString &sourceName, QString *error);

} // namespace horisont
