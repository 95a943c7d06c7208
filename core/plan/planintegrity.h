#pragma once

#include <QString>

namespace horisont {

class Plan;

/// The first thing in a loaded plan that no edit through Horisont can
/// produce — a reference to a row that does not exist, a parent chain that
/// loops, a second programme — named by
/// table, row and column; empty when there is none. Every figure, picture and
/// check relies on these rules, so a plan breaking them is refused as
/// damaged instead of being shown with wrong totals (or crashing a view).
/// What a user can legitimately produce (a duplicated code, an end before a
/// start) is left to the plan checks, which report it as a finding.
QString planIntegrityProblem(const Plan &plan);

} // namespace horisont
