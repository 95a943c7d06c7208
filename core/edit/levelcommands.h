#pragma once

#include "edit/editcommand.h"

namespace horisont {

class PlanDocument;

namespace structure {

/// Outdent: an activity becomes an intervention in its intervention's
/// phase, placed right after that intervention. Its responsibilities and
/// allocations go with it. nullptr (and *error) when it cannot be done.
EditCommand *outdent(PlanDocument &document, Id activity, QString *error);

/// Indent: an intervention becomes the last activity of the intervention
/// above it in the same phase, with its responsibilities and allocations.
/// Refused when it has what an activity cannot hold: activities of its own,
/// a project code, booked spending, targeted areas, links to causes or
/// goals, or follow-ups.
EditCommand *indent(PlanDocument &document, Id intervention, QString *error);

} // namespace structure
} // namespace horisont
